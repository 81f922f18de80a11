package org.tradedesk.clearance.lodgement;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tradedesk.clearance.domain.LodgementChannel;

/**
 * Which channel lodges declarations: {@code tradedesk.clearance.lodgement.channel} = {@code outbox} (default; the
 * directory {@code tradedesk.clearance.lodgement.outbox}, default {@code <data-dir>/clearance-outbox}) or
 * {@code http} (the endpoint {@code tradedesk.clearance.lodgement.url}, timeout {@code ...timeout}, default 30 s).
 */
@Configuration(proxyBeanMethods = false)
class LodgementConfig {

    @Bean
    LodgementChannel lodgementChannel(@Value("${tradedesk.clearance.lodgement.channel:outbox}") String channel,
            @Value("${tradedesk.clearance.lodgement.outbox:${tradedesk.data-dir:./data}/clearance-outbox}") String outbox,
            @Value("${tradedesk.clearance.lodgement.url:}") String url,
            @Value("${tradedesk.clearance.lodgement.timeout:30s}") Duration timeout) {
        return switch (channel.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "http" -> {
                if (url.isBlank()) {
                    throw new IllegalStateException("tradedesk.clearance.lodgement.channel=http needs tradedesk.clearance.lodgement.url");
                }
                yield new HttpLodgementChannel(URI.create(url), timeout);
            }
            case "outbox" -> new OutboxLodgementChannel(Path.of(outbox));
            default -> throw new IllegalStateException("tradedesk.clearance.lodgement.channel: outbox or http, not " + channel);
        };
    }
}
