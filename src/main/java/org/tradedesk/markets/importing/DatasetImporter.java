package org.tradedesk.markets.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tradedesk.markets.DatasetStatus;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.markets.TradeRow;
import org.tradedesk.markets.persistence.DatasetStore;
import org.tradedesk.markets.persistence.TradeTable;
import org.tradedesk.shared.TradedeskException;

/**
 * Imports trade files as jobs, after the tariff import's pattern: the dataset row (with its raw file and checksum) is
 * written at once, the file is read off the request thread, and the rows go into DuckDB in one transaction — a
 * refused file leaves no rows. Files up to {@link #IN_REQUEST_LIMIT} can be run in the request instead (the API does),
 * where a refusal deletes the dataset again: nothing of the file is stored. Each job records its owner instance and
 * beats a heartbeat; a job whose heartbeat stopped for {@link #STALE_AFTER} is marked interrupted.
 */
@Service
public class DatasetImporter {

    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

    /** Files up to this size may be imported within the request (the API's {@code POST /datasets}). */
    public static final long IN_REQUEST_LIMIT = 2L * 1024 * 1024;
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private final DatasetStore store;
    private final TradeTable table;
    private final TaskExecutor executor;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    /**
     * The rebuild under way per dataset (t2fixG): every reader of a dataset not yet in this instance's DuckDB file shares one
     * load with one deadline, instead of each waiting in turn for the import turn (the k-th reader k times the wait).
     */
    private final ConcurrentHashMap<Long, java.util.concurrent.CompletableFuture<Void>> reloading = new ConcurrentHashMap<>();

    /**
     * The background jobs of this instance still QUEUED (in the executor's queue or at the gate): their heartbeat is renewed
     * every {@link #queuedBeat} (t2fixG), so that no instance's start takes them for the jobs of a dead instance.
     */
    private final java.util.Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final Duration queuedBeat;

    /** Where a column mapping is saved: in the transaction that records its import's success, never for a failed import. */
    private final org.tradedesk.markets.persistence.MappingStore mappings;

    /**
     * One import at a time per instance (t2duck): the request's imports, the background jobs and the rebuilds of a dataset
     * imported on another instance all load this instance's one DuckDB file, each within its memory limit; two at once would
     * only share that memory and the cores. A background job waits its turn (status QUEUED, the page says so); an import in
     * the request or a rebuild waits at most {@link #importWait}, then answers 409 {@code markets.import.busy}.
     */
    private final java.util.concurrent.Semaphore gate = new java.util.concurrent.Semaphore(1, true);
    private final Duration importWait;

    /**
     * t2fixI: the background jobs accepted on this instance and not yet finished (storing, queued, running). The bound is
     * enforced before the file is stored (409 {@code markets.import.queue-full}), not after: 24 uploads at once each stored
     * their file first and held a pooled connection meanwhile, exhausting the pool (503s, and the running import failed).
     */
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int queueBound = 20;
    /** t2fixI: at most this many uploads write their file into the database at once, the others wait holding no connection. */
    private final java.util.concurrent.Semaphore storing = new java.util.concurrent.Semaphore(2, true);

    /** The most background jobs accepted and not finished on this instance (the executor queues 20 besides the running one). */
    @org.springframework.beans.factory.annotation.Value("${tradedesk.markets.import-queue:20}")
    void setQueueBound(int bound) {
        this.queueBound = Math.max(1, Math.min(20, bound));
    }

    public DatasetImporter(DatasetStore store, TradeTable table, @Qualifier("marketsImportExecutor") TaskExecutor executor,
                           PlatformTransactionManager transactions, Clock clock,
                           org.tradedesk.markets.persistence.MappingStore mappings,
                           @org.springframework.beans.factory.annotation.Value("${tradedesk.markets.import-wait:30s}") Duration importWait,
                           @org.springframework.beans.factory.annotation.Value("${tradedesk.markets.queued-heartbeat-ms:60000}") long queuedBeatMs) {
        this.queuedBeat = Duration.ofMillis(Math.max(10, queuedBeatMs));
        this.importWait = importWait == null || importWait.isNegative() ? Duration.ZERO : importWait;
        this.mappings = mappings;
        this.store = store;
        this.table = table;
        this.executor = executor;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The upload as a temporary file with its SHA-256 (streamed: the file is never held in memory whole). */
    public record Upload(String name, Path file, long size, String sha256) {
    }

    public static Upload spool(String name, InputStream content) {
        return spool(name, out -> content.transferTo(out));
    }

    /** Content written straight into the upload's one temporary file (no copy of its own before it). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The upload as one temporary file with its SHA-256 and size, from content written to it as it comes (t2duck: a Comtrade
     * fetch writes its header and its pages straight from the database into it, with no temporary file of its own before).
     */
    public static Upload spool(String name, Content content) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("markets-upload-", ".dat");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (java.security.DigestOutputStream digest = new java.security.DigestOutputStream(Files.newOutputStream(tmp), sha);
                 CountingOutputStream out = new CountingOutputStream(digest)) {
                content.writeTo(out);
                out.flush();
                size = out.count;
            }
            return new Upload(name == null || name.isBlank() ? "upload" : name, tmp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(tmp);
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** The outcome of a submission: the dataset id and whether it is an earlier import of the same file. */
    public record Submitted(long id, boolean duplicate) {
    }

    /**
     * Registers the upload as a dataset and imports it: in the request when {@code inRequest} and the file is small
     * (a refusal then throws and nothing stays), else as a background job. The same file (SHA-256) twice gives the
     * earlier dataset back, marked duplicate, and imports nothing (unless the earlier import failed: then it is tried again).
     */
    public Submitted submit(Upload upload, SourceFormat format, String user, boolean inRequest) {
        return submit(upload, format, null, user, inRequest);
    }

    /** {@link #submit} of a CSV/XLSX table read with a column mapping (kept with the dataset, to read it again). */
    public Submitted submitMapped(Upload upload, org.tradedesk.markets.ColumnMapping mapping, String user, boolean inRequest) {
        return submit(upload, SourceFormat.GENERIC_MAPPED, mapping, user, inRequest);
    }

    private Submitted submit(Upload upload, SourceFormat format, org.tradedesk.markets.ColumnMapping mapping, String user,
                             boolean inRequest) {
        if (upload.size() == 0) {
            deleteQuietly(upload.file());
            throw new TradeFileRefused("markets.import.empty", "the file is empty", 0, "");
        }
        Optional<Long> earlier = store.findBySha(upload.sha256());
        if (earlier.isPresent() && store.find(earlier.get()).map(d -> d.status() == DatasetStatus.FAILED).orElse(false)) {
            store.delete(earlier.get()); // a refused or interrupted import of the same file: it may be tried again
            earlier = Optional.empty();
        }
        if (earlier.isPresent()) {
            deleteQuietly(upload.file());
            if (mapping != null && store.find(earlier.get()).map(d -> d.status() == DatasetStatus.SUCCEEDED).orElse(false)) {
                // the file was imported before: the mapping the user named for it is still kept under its name
                mappings.save(mapping, user, clock.instant());
            }
            return new Submitted(earlier.get(), true);
        }
        boolean background = !(inRequest && upload.size() <= IN_REQUEST_LIMIT);
        if (background && accepted.incrementAndGet() > queueBound) { // t2fixI: refused before anything is stored
            accepted.decrementAndGet();
            deleteQuietly(upload.file());
            throw queueFull();
        }
        boolean handedOver = false;
        try {
            Submitted s = store(upload, format, mapping, user, inRequest, background);
            handedOver = background && !s.duplicate();
            return s;
        } finally {
            if (background && !handedOver) {
                accepted.decrementAndGet();
            }
        }
    }

    private static TradedeskException queueFull() {
        return new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.import.queue-full",
                "the queue of import jobs waiting on this instance is full");
    }

    private Submitted store(Upload upload, SourceFormat format, org.tradedesk.markets.ColumnMapping mapping, String user,
                            boolean inRequest, boolean background) {
        long id;
        // t2fixI: the file is written into the database by at most two uploads at once; the others wait here holding no
        // pooled connection (the wait is bounded: the store of one file takes well under a second)
        try {
            if (!storing.tryAcquire(Math.max(60_000, importWait.toMillis()), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                deleteQuietly(upload.file());
                throw busy("markets.import.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(upload.file());
            throw busy("markets.import.busy");
        }
        try {
            id = tx.execute(s -> {
                long created = store.create(upload.name(), upload.sha256(), upload.size(), user, clock.instant(), instance);
                store.saveFile(created, upload.file());
                if (mapping != null) {
                    store.saveMapping(created, org.tradedesk.markets.persistence.MappingStore.json(mapping));
                }
                return created;
            });
        } catch (DuplicateKeyException e) { // the same file uploaded at the same moment on another instance
            deleteQuietly(upload.file());
            return new Submitted(store.findBySha(upload.sha256()).orElseThrow(), true);
        } finally {
            storing.release();
        }
        if (!background) {
            try {
                if (!enter()) {
                    store.delete(id);
                    throw busy("markets.import.busy");
                }
                try {
                    run(id, upload.file(), upload.size(), format, mapping, user, true);
                } finally {
                    gate.release();
                }
            } finally {
                deleteQuietly(upload.file());
            }
        } else {
            queued.add(id);
            try {
                executor.execute(() -> {
                    try {
                        // a job waits its turn, QUEUED (the executor runs one job at a time anyway), its heartbeat renewed meanwhile
                        if (!awaitTurn(id)) {
                            // interrupted while waiting (the instance shuts down): the job is left QUEUED without a heartbeat,
                            // so the next start of an instance marks it interrupted, as a job cut off while running is
                            return;
                        }
                        try {
                            run(id, upload.file(), upload.size(), format, mapping, user, false);
                        } finally {
                            gate.release();
                        }
                    } finally {
                        queued.remove(id);
                        deleteQuietly(upload.file());
                        accepted.decrementAndGet();
                    }
                });
            } catch (org.springframework.core.task.TaskRejectedException e) { // the queue of waiting jobs is full
                queued.remove(id);
                store.delete(id);
                deleteQuietly(upload.file());
                throw queueFull();
            }
        }
        return new Submitted(id, false);
    }

    /**
     * A background job's wait for the import turn, in slices of {@link #queuedBeat}, renewing its QUEUED row's heartbeat after
     * each (t2fixG: a queued row never beat, so any instance's start marked a job waiting more than 5 minutes interrupted).
     * False when the thread is interrupted while waiting: the turn is not taken and the interrupt is kept.
     */
    private boolean awaitTurn(long id) {
        while (true) {
            try {
                if (gate.tryAcquire(queuedBeat.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                // code read R12: the interrupt used to be swallowed and the wait went on, so a shutdown waited for the gate
                Thread.currentThread().interrupt();
                return false;
            }
            store.queuedHeartbeat(id, clock.instant());
        }
    }

    /** Renews the heartbeat of this instance's jobs still waiting in the executor's queue or at the gate (t2fixG). */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${tradedesk.markets.queued-heartbeat-ms:60000}")
    public void beatQueued() {
        for (Long id : queued) {
            store.queuedHeartbeat(id, clock.instant());
        }
    }

    /** Takes this instance's one import turn, waiting at most {@link #importWait}; false when another import keeps it. */
    private boolean enter() {
        try {
            return gate.tryAcquire(importWait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * 409: another import runs on this instance (worded in the reader's language, the wait in seconds as its first argument):
     * {@code markets.import.busy} for an upload, {@code markets.dataset.load-busy} for a reader whose dataset was to be loaded.
     */
    private TradedeskException busy(String code, Object... more) {
        Object[] args = new Object[1 + more.length];
        args[0] = Math.max(1, importWait.toSeconds());
        System.arraycopy(more, 0, args, 1, more.length);
        return new TradedeskException(TradedeskException.Kind.CONFLICT, code,
                "another import is running on this instance; waited " + importWait.toMillis() + " ms", args);
    }

    /** This instance's import turn (tests hold it to see an import wait and give up). */
    java.util.concurrent.Semaphore gate() {
        return gate;
    }

    /** Collects what the reader sends: rows into DuckDB, the counts, years, rejections (the first 1000 with reasons). */
    private static final class Collector implements RowSink {
        final TradeTable.Loader loader;
        long kept;
        long rejected;
        final List<Rejection> rejections = new ArrayList<>();
        final TreeSet<String> preliminary = new TreeSet<>();
        final TreeSet<String> bases = new TreeSet<>();
        Integer firstYear;
        Integer lastYear;

        Collector(TradeTable.Loader loader) {
            this.loader = loader;
        }

        @Override
        public void row(TradeRow row) {
            row(row, 0, null);
        }

        @Override
        public void row(TradeRow row, long line, String breakdownKey) {
            loader.append(row, line, breakdownKey);
            kept++;
            firstYear = firstYear == null ? row.year() : Math.min(firstYear, row.year());
            lastYear = lastYear == null ? row.year() : Math.max(lastYear, row.year());
            if (row.preliminary() || row.partialToMonth() != null) {
                preliminary.add(row.partialToMonth() == null ? row.period() : "%d-01..%02d".formatted(row.year(), row.partialToMonth()));
            }
            if (row.valuationBasis() != null) {
                bases.add(row.valuationBasis());
            }
        }

        @Override
        public void rejected(Rejection rejection) {
            rejected++;
            if (rejections.size() < DatasetStore.KEPT_REJECTIONS) {
                rejections.add(rejection);
            }
        }

        /**
         * t2fixS (review MAJOR 1): the rows repeating another's full key taken out of the load (see {@link TradeTable.Loader#repeats})
         * and counted as rejected, their reasons merged into the kept rejections by line. A file left with no row refuses.
         */
        void leaveOutRepeats() {
            TradeTable.Repeats repeats = loader.repeats(DatasetStore.KEPT_REJECTIONS);
            if (repeats.count() == 0) {
                return;
            }
            kept -= repeats.count();
            rejected += repeats.count();
            rejections.addAll(repeats.first());
            rejections.sort(java.util.Comparator.comparingLong(Rejection::line));
            if (rejections.size() > DatasetStore.KEPT_REJECTIONS) {
                rejections.subList(DatasetStore.KEPT_REJECTIONS, rejections.size()).clear();
            }
        }
    }

    void run(long id, Path file, long size, SourceFormat format, boolean inRequest) {
        run(id, file, size, format, null, null, inRequest);
    }

    /** Reads the file with its format's reader, or with the column mapping when there is one. */
    private static TradeFileReader.Outcome read(InputStream in, long size, SourceFormat format, org.tradedesk.markets.ColumnMapping mapping,
                                                RowSink sink, java.util.function.IntConsumer progress) {
        return mapping == null ? TradeFileReader.read(in, size, format, sink, progress) : MappedTableReader.read(in, mapping, sink, progress);
    }

    /** {@code mappingUser}: save {@code mapping} under its name for this user once the import succeeds (null: do not save). */
    void run(long id, Path file, long size, SourceFormat format, org.tradedesk.markets.ColumnMapping mapping, String mappingUser,
             boolean inRequest) {
        if (!store.started(id, instance, clock.instant())) {
            // t2fixG: no longer QUEUED (marked interrupted, or deleted by an upload of the same file since): nothing to import
            log.info("Markets import {} dropped: its dataset is no longer queued", id);
            return;
        }
        try (TradeTable.Loader loader = table.loader(id); InputStream in = Files.newInputStream(file)) {
            Collector sink = new Collector(loader);
            TradeFileReader.Outcome outcome = read(in, size, format, mapping, sink, p -> store.progress(id, p, clock.instant()));
            if (sink.kept > 0) {
                sink.leaveOutRepeats();
            }
            if (sink.kept == 0) {
                throw new TradeFileRefused("markets.import.no-rows", "no row of the file could be used", 0, sink.rejected);
            }
            loader.commit();
            try {
                tx.executeWithoutResult(s -> {
                    store.succeeded(id, new DatasetStore.Finished(outcome.format(), outcome.source(),
                            outcome.encoding(), outcome.rowsRead(), sink.kept, sink.rejected, outcome.units(), String.join(", ", sink.bases),
                            String.join(", ", sink.preliminary), sink.firstYear, sink.lastYear, sink.rejections), clock.instant());
                    if (mapping != null && mappingUser != null) {
                        // the mapping is kept with its import's success, in one transaction: a failed import saves nothing
                        mappings.save(mapping, mappingUser, clock.instant());
                    }
                });
            } catch (RuntimeException e) {
                table.drop(id);
                throw e;
            }
            log.info("Markets import {} ({}): {} rows read, {} kept, {} rejected", id, outcome.format(), outcome.rowsRead(), sink.kept,
                    sink.rejected);
        } catch (TradedeskException e) {
            log.info("Markets import {} refused: {}", id, e.getMessage());
            if (inRequest) {
                store.delete(id);
                throw e;
            }
            // the refusal's code and arguments (never its English message): worded in the reader's language when read
            Long line = e instanceof TradeFileRefused r && r.line() > 0 ? r.line() : null;
            store.failed(id, e.messageCode(), java.util.Arrays.asList(e.arguments()), line, clock.instant());
        } catch (IOException | RuntimeException e) {
            log.warn("Markets import {} failed", id, e);
            if (inRequest) {
                store.delete(id);
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
            // no exception text for the reader: the import's number, under which the log holds the stack trace
            store.failed(id, "markets.import.internal-error", java.util.List.of(0L, String.valueOf(id)), null, clock.instant());
        }
    }

    /**
     * Makes sure this instance's DuckDB file holds the dataset: one imported on another instance (or before this
     * file was replaced) is read again from the raw file kept in the relational database.
     */
    public void ensureLoaded(long id) {
        if (table.holds(id)) {
            return;
        }
        // t2fixG: one load per dataset, shared by every reader asking meanwhile, with one deadline for the import turn
        java.util.concurrent.CompletableFuture<Void> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Void> load = reloading.putIfAbsent(id, mine);
        if (load != null) {
            try {
                load.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            return;
        }
        try {
            if (!table.holds(id)) {
                rebuild(id);
            }
            mine.complete(null);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            reloading.remove(id, mine);
        }
    }

    private void rebuild(long id) {
        if (!enter()) {
            throw busy("markets.dataset.load-busy", String.valueOf(id));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("markets-rebuild-", ".dat");
            store.copyFile(id, tmp);
            try (TradeTable.Loader loader = table.loader(id); InputStream in = Files.newInputStream(tmp)) {
                Collector sink = new Collector(loader);
                org.tradedesk.markets.ColumnMapping mapping = store.mapping(id).map(org.tradedesk.markets.persistence.MappingStore::parse)
                        .orElse(null);
                read(in, Files.size(tmp), null, mapping, sink, null);
                sink.leaveOutRepeats(); // the same rows as the import kept
                loader.commit();
                log.info("Markets dataset {} rebuilt in this instance's DuckDB from its stored file: {} rows", id, sink.kept);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gate.release();
            deleteQuietly(tmp);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void interruptStaleJobs() {
        int n = store.interruptStale(clock.instant().minus(STALE_AFTER), clock.instant());
        if (n > 0) {
            log.info("{} markets import(s) without a heartbeat for {} marked interrupted", n, STALE_AFTER);
        }
    }

    public String instance() {
        return instance;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("temporary file {} not deleted: {}", file, e.getMessage());
        }
    }
}
