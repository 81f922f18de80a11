package org.tradedesk.tariff.importing;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.persistence.TariffStore;
import org.tradedesk.tariff.search.TariffSearchIndex;

/**
 * After start-up, off the main thread: rebuild the search indexes from the stored schedules, and in
 * demo mode queue the bundled AU schedule and TW sample as import jobs if the catalogue has none yet.
 */
@Component
class TariffStartup {

    private final TariffStore store;
    private final TariffSearchIndex index;
    private final TariffImporter importer;
    private final TaskExecutor executor;
    private final boolean demo;
    private final org.tradedesk.platform.InstanceId instance;

    TariffStartup(TariffStore store, TariffSearchIndex index, TariffImporter importer,
                  @Qualifier("tariffImportExecutor") TaskExecutor executor, @Value("${tradedesk.demo.enabled:false}") boolean demo,
                  @Value("${tradedesk.demo.tariff:true}") boolean demoTariff, org.tradedesk.platform.InstanceId instance) {
        this.instance = instance;
        this.store = store;
        this.index = index;
        this.importer = importer;
        this.executor = executor;
        // tradedesk.demo.tariff=false keeps the demo users without the schedule import (load tests)
        this.demo = demo && demoTariff;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        // only this instance's own unfinished jobs: the others' are theirs (see ImportJobWatch for dead instances)
        store.failInterruptedJobs(instance.value(), java.time.Instant.now());
        executor.execute(() -> {
            for (Jurisdiction j : Jurisdiction.values()) {
                if (importer.closing()) {
                    return;
                }
                try {
                    index.rebuild(j);
                } catch (RuntimeException e) {
                    // searches answer "index being built" until the next import or start; no trace for a closing pool
                    org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TariffStartup.class);
                    if (importer.closing()) {
                        log.info("Tariff search index {} not built: the application is shutting down", j);
                        return;
                    }
                    log.warn("Tariff search index {} not built: {}", j, e.toString());
                }
            }
        });
        if (demo) {
            for (Jurisdiction j : Jurisdiction.values()) {
                if (store.activeVersion(j).isEmpty()) {
                    importer.submitBundled(j, "demo");
                }
            }
        }
    }
}
