package org.tradedesk.tariff.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tradedesk.platform.InstanceId;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.domain.ScheduleData;
import org.tradedesk.tariff.persistence.TariffStore;
import org.tradedesk.tariff.search.TariffSearchIndex;

/**
 * Runs imports as background jobs: the job row is written at once (the page polls it), the files are
 * read off the request thread, and the new schedule version is written and switched on in one
 * transaction — a file that fails leaves the catalogue exactly as it was.
 */
@Service
public class TariffImporter {

    private static final Logger log = LoggerFactory.getLogger(TariffImporter.class);

    private final TariffStore store;
    private final TariffSearchIndex index;
    private final TaskExecutor executor;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final InstanceId instance;
    private final org.tradedesk.platform.BusinessCalendar calendar;

    public TariffImporter(TariffStore store, TariffSearchIndex index, @Qualifier("tariffImportExecutor") TaskExecutor executor,
                          PlatformTransactionManager transactions, Clock clock, InstanceId instance,
                          org.tradedesk.platform.BusinessCalendar calendar) {
        this.store = store;
        this.index = index;
        this.executor = executor;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.instance = instance;
        this.calendar = calendar;
    }

    /**
     * AU: {@code main} = Schedule 3 JSON, {@code extras} = the FTA schedules JSON (optional).
     * TW: {@code main} = the .xls, {@code extras} = note_8_C.txt then note_8_E.txt (optional).
     */
    public long submit(Jurisdiction jurisdiction, ImportFile main, List<ImportFile> extras, String user) {
        List<ImportFile> others = extras.stream().filter(f -> f != null && f.content().length > 0).toList();
        List<String> names = new ArrayList<>();
        names.add(main.name());
        others.forEach(f -> names.add(f.name()));
        // the job's file_name column is VARCHAR(300): the names together, shortened to fit
        long job = store.createJob(jurisdiction, org.tradedesk.platform.importing.FileNames.forRecord(String.join(" + ", names), 300),
                user, clock.instant(), instance.value());
        executor.execute(() -> run(job, jurisdiction, main, others));
        return job;
    }

    /** Queues the schedule shipped with the application: AU Schedule 3 with the FTA schedules, or the TW sample. */
    public long submitBundled(Jurisdiction jurisdiction, String user) {
        return switch (jurisdiction) {
            case AU -> submit(jurisdiction, bundled(AU_DIR + "au-customs-tariff-schedule3.json"),
                    List.of(bundled(AU_DIR + "au-customs-tariff-fta-schedules.json")), user);
            case TW -> submit(jurisdiction, bundled(TW_DIR + "tw-tariff-sample.xls"),
                    List.of(bundled(TW_DIR + "note_8_C.txt"), bundled(TW_DIR + "note_8_E.txt")), user);
        };
    }

    static final String AU_DIR = "/reference-data/tariff/au/";
    static final String TW_DIR = "/reference-data/tariff/tw/";

    static ImportFile bundled(String path) {
        try (InputStream in = TariffImporter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled tariff file missing: " + path);
            }
            return new ImportFile(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /*
     * Shutdown: the context publishes ContextClosedEvent before it stops the executor and closes the
     * database, so the import is told then, stops at its next step (a progress report, or before its
     * transaction), and the context waits for it. Without this the executor interrupted the job while
     * the pool was closing, and a stack trace ended every build and every stop of the application.
     */
    private volatile boolean closing;
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();
    static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofSeconds(30);

    /** Raised inside a job when the application is closing; never leaves this class. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("the application is shutting down", null, false, false);
        }
    }

    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void applicationClosing() {
        closing = true;
        try {
            // the running job notices at its next step; a queued one is not started (marked interrupted at the next start)
            if (running.tryLock(SHUTDOWN_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                running.unlock();
            } else {
                log.info("Tariff import still running after {} s at shutdown; it is left to be marked interrupted at the next start",
                        SHUTDOWN_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once the application has begun to close: background work should stop, not start. */
    boolean closing() {
        return closing;
    }

    private void checkNotClosing() {
        if (closing) {
            throw new Cancelled();
        }
    }

    void run(long job, Jurisdiction jurisdiction, ImportFile main, List<ImportFile> extras) {
        if (closing) {
            return;
        }
        running.lock();
        try {
            runJob(job, jurisdiction, main, extras);
        } finally {
            running.unlock();
        }
    }

    /** Raised inside a job that another instance marked interrupted (its heartbeat looked stale); never leaves this class. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the job was marked interrupted meanwhile", null, false, false);
        }
    }

    private void runJob(long job, Jurisdiction jurisdiction, ImportFile main, List<ImportFile> extras) {
        try {
            checkNotClosing();
            if (!store.jobStarted(job, sha256(main.content()), jurisdiction == Jurisdiction.AU ? "UTF-8 (JSON)"
                    : "BIFF8 .xls; note_8 UTF-8")) {
                throw new Abandoned();
            }
            IntConsumer progress = p -> {
                checkNotClosing();
                if (!store.jobProgress(job, p)) {
                    throw new Abandoned();
                }
            };
            ScheduleData data = read(jurisdiction, main, extras, progress);
            if (data.nodes().isEmpty()) {
                throw ImportRejected.because("tariff.import.empty", main.name() + " holds no tariff line");
            }
            checkNotClosing();
            long version = tx.execute(status -> {
                long v = store.createVersion(jurisdiction, label(jurisdiction, main), job, clock.instant());
                store.insertSchedule(v, data);
                checkNotClosing(); // rolls the new version back: the catalogue stays as it was
                store.activate(jurisdiction, v);
                store.jobSucceeded(job, data, v, clock.instant());
                return v;
            });
            log.info("Tariff import {} ({}): version {}, {} lines, {} measures, {} of {} rate texts parsed", job, jurisdiction,
                    version, data.nodes().size(), data.measures().size(), data.ratesParsed(), data.ratesRead());
            if (!closing) { // the version is in; a closing application needs no index
                index.rebuild(jurisdiction);
            }
        } catch (Abandoned | TariffStore.JobNoLongerRunning e) {
            // the row already says interrupted, and the version was rolled back with the job's transaction
            log.warn("Tariff import {} ({}) was marked interrupted while it ran on this instance; its result is not kept, "
                    + "the catalogue is unchanged", job, jurisdiction);
        } catch (Cancelled e) {
            log.info("Tariff import {} ({}) stopped: the application is shutting down; the catalogue is unchanged", job, jurisdiction);
            store.jobFailed(job, "tariff.import.interrupted", "interrupted by an application shutdown; the catalogue was not changed",
                    clock.instant());
        } catch (RuntimeException e) {
            if (closing) {
                // the database or pool went away under the job: the same orderly message, nothing more to record
                log.info("Tariff import {} ({}) stopped: the application is shutting down; the catalogue is unchanged", job, jurisdiction);
                return;
            }
            if (e instanceof ImportRejected rejected) {
                log.warn("Tariff import {} ({}) failed: {}", job, jurisdiction, e.getMessage());
                store.jobFailed(job, rejected.messageCode(), e.getMessage(), clock.instant());
            } else {
                // unforeseen (a file shaped unlike the schedule, a value the database refused): the report says so with an
                // incident number, the log keeps the exception under it (issue 11: the report showed JsonNodeException,
                // DataIntegrityViolationException and the SQL)
                String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
                log.error("Tariff import {} ({}) failed, incident {}", job, jurisdiction, incident, e);
                store.jobFailed(job, "tariff.import.failed", "incident " + incident, clock.instant());
            }
        }
    }

    private static ScheduleData read(Jurisdiction jurisdiction, ImportFile main, List<ImportFile> extras, IntConsumer progress) {
        InputStream first = new ByteArrayInputStream(main.content());
        InputStream second = extras.size() > 0 ? new ByteArrayInputStream(extras.get(0).content()) : null;
        InputStream third = extras.size() > 1 ? new ByteArrayInputStream(extras.get(1).content()) : null;
        return switch (jurisdiction) {
            case AU -> AuTariffReader.read(first, second, progress);
            case TW -> TwTariffReader.read(first, second, third, progress);
        };
    }

    private String label(Jurisdiction jurisdiction, ImportFile main) {
        // names, dates and digests only: the label is shown as a code in every language
        // the label's column is VARCHAR(300): the rest of the label takes 40 characters, the name at most 250
        return jurisdiction + " " + org.tradedesk.platform.importing.FileNames.forRecord(main.name(), 250) + " " + calendar.todayIn(jurisdiction.name()) + " (sha256 "
                + sha256(main.content()).substring(0, 12) + ")";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
