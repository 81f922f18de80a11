package org.tradedesk.tariff.importing;

import java.time.Clock;
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
import org.tradedesk.platform.InstanceId;
import org.tradedesk.tariff.persistence.TariffStore;

/**
 * Import jobs of several instances on one database. Every {@code tradedesk.jobs.heartbeat-interval}
 * (default 10 s) this instance renews the heartbeat of the jobs it owns (queued or running) and
 * marks as failed ({@code tariff.import.abandoned}) any instance's unfinished job whose heartbeat is
 * older than {@code tradedesk.jobs.stale-after} (default 60 s): its instance died, the job will never
 * finish. A job so marked that still finishes keeps the mark and its result is rolled back.
 */
@Component
class ImportJobWatch {

    private static final Logger log = LoggerFactory.getLogger(ImportJobWatch.class);

    private final TariffStore store;
    private final InstanceId instance;
    private final Clock clock;
    private final Duration interval;
    private final Duration staleAfter;
    private ScheduledExecutorService timer;

    ImportJobWatch(TariffStore store, InstanceId instance, Clock clock,
            @Value("${tradedesk.jobs.heartbeat-interval:10s}") Duration interval,
            @Value("${tradedesk.jobs.stale-after:60s}") Duration staleAfter) {
        if (staleAfter.compareTo(interval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("tradedesk.jobs.stale-after (" + staleAfter
                    + ") must be at least twice tradedesk.jobs.heartbeat-interval (" + interval + ")");
        }
        this.store = store;
        this.instance = instance;
        this.clock = clock;
        this.interval = interval;
        this.staleAfter = staleAfter;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tariff-job-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** One round: renew this instance's jobs, then mark the dead instances' ones. */
    void beat() {
        try {
            java.time.Instant now = clock.instant();
            store.heartbeat(instance.value(), now);
            int marked = store.failAbandonedJobs(now.minus(staleAfter), now);
            if (marked > 0) {
                log.warn("{} tariff import job(s) marked failed: their instance gave no heartbeat for {} s", marked,
                        staleAfter.toSeconds());
            }
        } catch (RuntimeException e) {
            log.debug("Import job heartbeat skipped: {}", e.toString());
        }
    }
}
