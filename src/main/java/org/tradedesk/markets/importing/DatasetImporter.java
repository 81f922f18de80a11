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
    private final ConcurrentHashMap<Long, Object> reloading = new ConcurrentHashMap<>();

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

    public DatasetImporter(DatasetStore store, TradeTable table, @Qualifier("marketsImportExecutor") TaskExecutor executor,
                           PlatformTransactionManager transactions, Clock clock,
                           org.tradedesk.markets.persistence.MappingStore mappings,
                           @org.springframework.beans.factory.annotation.Value("${tradedesk.markets.import-wait:30s}") Duration importWait) {
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
        long id;
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
        }
        if (inRequest && upload.size() <= IN_REQUEST_LIMIT) {
            try {
                if (!enter()) {
                    store.delete(id);
                    throw busy();
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
            try {
                executor.execute(() -> {
                    try {
                        gate.acquireUninterruptibly(); // a job waits its turn, QUEUED (the executor runs one job at a time anyway)
                        try {
                            run(id, upload.file(), upload.size(), format, mapping, user, false);
                        } finally {
                            gate.release();
                        }
                    } finally {
                        deleteQuietly(upload.file());
                    }
                });
            } catch (org.springframework.core.task.TaskRejectedException e) { // the queue of waiting jobs is full
                store.delete(id);
                deleteQuietly(upload.file());
                throw busy();
            }
        }
        return new Submitted(id, false);
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

    /** 409: another import runs on this instance (worded in the reader's language, the wait in seconds as its argument). */
    private TradedeskException busy() {
        return new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.import.busy",
                "another import is running on this instance; waited " + importWait.toMillis() + " ms", Math.max(1, importWait.toSeconds()));
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
            loader.append(row);
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
        store.started(id, instance, clock.instant());
        try (TradeTable.Loader loader = table.loader(id); InputStream in = Files.newInputStream(file)) {
            Collector sink = new Collector(loader);
            TradeFileReader.Outcome outcome = read(in, size, format, mapping, sink, p -> store.progress(id, p, clock.instant()));
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
        synchronized (reloading.computeIfAbsent(id, k -> new Object())) {
            if (table.holds(id)) {
                return;
            }
            if (!enter()) {
                throw busy();
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
