package org.tradedesk.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this running instance among those sharing one database, for the work it owns (import
 * jobs). {@code TRADEDESK_INSTANCE_ID} (property {@code tradedesk.instance.id}) sets it and should,
 * when several instances run: it must stay the same across a restart of the instance, so that the
 * restart finds its own unfinished work, and differ between instances. Without it: host name and
 * HTTP port ({@code tradedesk-1:8080}), or host name and a random suffix when the port is chosen at start.
 */
@Component
public class InstanceId {

    private final String value;

    InstanceId(@Value("${tradedesk.instance.id:}") String configured, @Value("${server.port:8080}") int port) {
        String id = configured == null || configured.isBlank() ? host() + ":" + (port > 0 ? String.valueOf(port)
                : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())) : configured.trim();
        this.value = id.length() > 100 ? id.substring(0, 100) : id;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
