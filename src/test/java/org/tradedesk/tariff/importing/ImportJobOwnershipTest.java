package org.tradedesk.tariff.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.tradedesk.platform.InstanceId;
import org.tradedesk.tariff.DataVersion;
import org.tradedesk.tariff.ImportJobView;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.domain.ScheduleData;
import org.tradedesk.tariff.persistence.TariffStore;
import org.tradedesk.tariff.search.TariffSearchIndex;

/**
 * Issue 12, item 5 of what was seen: a restart of one instance marked the other instance's running
 * jobs as interrupted, a dead instance's job showed RUNNING 95 % for ever, and a job marked while it
 * ran still ended SUCCEEDED with the "interrupted" message.
 */
@SpringBootTest(properties = {"tradedesk.instance.id=here", "tradedesk.jobs.heartbeat-interval=25s",
        "tradedesk.jobs.stale-after=60s"})
class ImportJobOwnershipTest {

    @Autowired
    TariffStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportJobWatch watch;
    @Autowired
    InstanceId instance;
    @Autowired
    TariffSearchIndex index;
    @Autowired
    PlatformTransactionManager transactions;

    long runningJob(String owner) {
        long job = store.createJob(Jurisdiction.TW, "x.xls", "test", Instant.now(), owner);
        assertThat(store.jobStarted(job, "0".repeat(64), "test")).isTrue();
        return job;
    }

    ImportJobView job(long id) {
        return store.job(id).orElseThrow();
    }

    void heartbeatAgo(long job, Duration ago) {
        jdbc.update("update tariff_import_job set heartbeat_at = ? where id = ?", Timestamp.from(Instant.now().minus(ago)), job);
    }

    @Test
    void aRestartMarksOnlyItsOwnUnfinishedJobs() {
        assertThat(instance.value()).isEqualTo("here");
        long mine = runningJob("here");
        long queuedMine = store.createJob(Jurisdiction.AU, "y.json", "test", Instant.now(), "here");
        long theirs = runningJob("there");

        store.failInterruptedJobs(instance.value(), Instant.now());

        assertThat(job(mine).status()).isEqualTo("FAILED");
        assertThat(job(mine).messageCode()).isEqualTo("tariff.import.interrupted");
        assertThat(job(queuedMine).status()).isEqualTo("FAILED");
        assertThat(job(theirs).status()).isEqualTo("RUNNING");
        assertThat(job(theirs).messageCode()).isNull();
    }

    @Test
    void aJobWhoseInstanceStoppedBeatingIsMarkedByAnyInstanceAndALiveOneIsNot() {
        long dead = runningJob("dead-instance");
        store.jobProgress(dead, 95);
        heartbeatAgo(dead, Duration.ofSeconds(61));
        long alive = runningJob("other-instance");
        heartbeatAgo(alive, Duration.ofSeconds(20));
        long mine = runningJob("here");
        heartbeatAgo(mine, Duration.ofSeconds(300)); // this instance renews its own before it judges

        watch.beat();

        assertThat(job(dead).status()).isEqualTo("FAILED");
        assertThat(job(dead).messageCode()).isEqualTo("tariff.import.abandoned");
        assertThat(job(alive).status()).isEqualTo("RUNNING");
        assertThat(job(mine).status()).isEqualTo("RUNNING");
    }

    @Test
    void aJobMarkedWhileItRunsDoesNotEndSucceededAndLeavesTheCatalogueAsItWas() {
        Optional<DataVersion> before = store.activeVersionNow(Jurisdiction.TW);
        // the store as this instance sees it, while another instance marks the job just before it finishes
        TariffStore markedMeanwhile = new TariffStore(jdbc) {
            @Override
            public void jobSucceeded(long job, ScheduleData data, long dataVersion, Instant at) {
                // another instance, on its own connection and transaction (this one is inside the import's)
                Thread other = new Thread(() -> {
                    heartbeatAgo(job, Duration.ofMinutes(5));
                    new TariffStore(jdbc).failAbandonedJobs(Instant.now().minusSeconds(60), Instant.now());
                });
                other.start();
                try {
                    other.join(30_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                super.jobSucceeded(job, data, dataVersion, at);
            }
        };
        TariffImporter importer = new TariffImporter(markedMeanwhile, index, Runnable::run, transactions,
                Clock.systemUTC(), instance, new org.tradedesk.platform.BusinessCalendar(Clock.systemUTC(), null));

        long job = importer.submitBundled(Jurisdiction.TW, "test");

        ImportJobView view = job(job);
        assertThat(view.status()).isEqualTo("FAILED");
        assertThat(view.messageCode()).isEqualTo("tariff.import.abandoned");
        assertThat(view.dataVersion()).isNull();
        assertThat(store.activeVersionNow(Jurisdiction.TW).map(DataVersion::id)).isEqualTo(before.map(DataVersion::id));
        assertThat(jdbc.queryForObject("select count(*) from tariff_data_version where import_job_id = ?", Long.class, job))
                .isZero();
        assertThat(List.of(view.status())).doesNotContain("SUCCEEDED");
    }
}
