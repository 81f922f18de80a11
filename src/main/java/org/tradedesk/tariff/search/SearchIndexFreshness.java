package org.tradedesk.tariff.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Each instance holds its own in-memory search index; an import on another instance sharing the
 * database switches the active data version without this one knowing. Every
 * {@code tradedesk.tariff.search.refresh-interval} (default 5 s) this asks the database which version
 * is active (one indexed row per jurisdiction) and rebuilds the index when it is not the indexed one,
 * so every instance's word search follows a new version within the interval plus the rebuild time.
 */
@Component
class SearchIndexFreshness {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexFreshness.class);

    private final TariffSearchIndex index;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private boolean warned;

    SearchIndexFreshness(TariffSearchIndex index,
            @Value("${tradedesk.tariff.search.refresh-interval:5s}") Duration interval) {
        this.index = index;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (timer != null || interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tariff-search-freshness");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    void check() {
        for (Jurisdiction j : Jurisdiction.values()) {
            try {
                if (index.refreshIfStale(j)) {
                    log.info("Tariff search index {} rebuilt: another instance activated version {}", j,
                            index.indexedVersion(j).orElse(null));
                }
                warned = false;
            } catch (RuntimeException e) {
                // the database is away or the context is closing: the next round tries again
                if (!warned) {
                    log.warn("Tariff search index {} freshness check failed: {}", j, e.toString());
                    warned = true;
                }
            }
        }
    }
}
