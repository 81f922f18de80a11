package org.tradedesk.markets.importing;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.persistence.ComtradeFetchStore;

/**
 * Live fetch from the UN Comtrade API ({@link ComtradeClient}) into a dataset: the records are written as the API's
 * CSV and imported like an uploaded file (provenance, checksum, the same file twice recognised). Settings under
 * {@code tradedesk.markets.comtrade.*}: {@code base-url}, {@code key} (blank: the public preview endpoint), {@code timeout},
 * {@code max-bytes}, {@code max-records}, {@code periods-per-call}, {@code retries}, {@code min-interval}. Each fetch is a job
 * ({@link ComtradeFetchStore}) keeping the pages it has done: a fetch that fails part-way can be resumed from the first page
 * not done, and the dataset is imported once from all its pages (no record twice).
 */
@Service
public class ComtradeFetcher {

    private final ComtradeClient client;
    private final DatasetImporter importer;
    private final ComtradeFetchStore jobs;
    private final java.time.Clock clock;

    public ComtradeFetcher(DatasetImporter importer, ComtradeFetchStore jobs, java.time.Clock clock,
                           @Value("${tradedesk.markets.comtrade.base-url:" + ComtradeClient.PUBLIC_BASE + "}") String baseUrl,
                           @Value("${tradedesk.markets.comtrade.key:}") String key,
                           @Value("${tradedesk.markets.comtrade.timeout:30s}") Duration timeout,
                           @Value("${tradedesk.markets.comtrade.max-bytes:50000000}") long maxBytes,
                           @Value("${tradedesk.markets.comtrade.max-records:250000}") int maxRecords,
                           @Value("${tradedesk.markets.comtrade.periods-per-call:12}") int periodsPerCall,
                           @Value("${tradedesk.markets.comtrade.retries:3}") int retries,
                           @Value("${tradedesk.markets.comtrade.min-interval:1s}") Duration minInterval) {
        this.importer = importer;
        this.jobs = jobs;
        this.clock = clock;
        this.client = new ComtradeClient(new ComtradeClient.Settings(baseUrl, key, timeout, maxBytes, maxRecords, periodsPerCall, retries,
                minInterval));
    }

    /** What was fetched and the dataset it became: the fetch job, its pages and the records of all its pages. */
    public record Outcome(DatasetImporter.Submitted submitted, ComtradeClient.Fetched fetched, long fetch, int pages) {
    }

    /** Fetches (one fetch at a time per instance: the service's rate limit is per key) and imports in the request. */
    public synchronized Outcome fetch(ComtradeClient.Query query, String user) {
        int pages = client.pages(query).size();
        long job = jobs.create(query.frequency(), query.reporter(), query.partner(), query.flow(), query.product(), query.from(), query.to(),
                pages, user, clock.instant());
        return run(job, query, user);
    }

    /**
     * Continues a fetch that failed or was broken off: asks only for the pages not done and imports the records of all its
     * pages once (a fetch done before: its dataset again, recognised as the same file).
     */
    public synchronized Outcome resume(long fetch, String user) {
        ComtradeFetchStore.Job job = job(fetch);
        return run(fetch, new ComtradeClient.Query(job.frequency(), job.reporter(), job.partner(), job.flow(), job.product(), job.from(),
                job.to()), user);
    }

    public ComtradeFetchStore.Job job(long fetch) {
        return jobs.find(fetch).orElseThrow(() -> new org.tradedesk.shared.TradedeskException(
                org.tradedesk.shared.TradedeskException.Kind.NOT_FOUND, "markets.comtrade.fetch-not-found", "no Comtrade fetch " + fetch, fetch));
    }

    /** A fetch still marked running but untouched this long stopped with its instance (a fetch runs within one request). */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    /** The fetches that stopped unfinished, newest first (at most 20): each can be resumed. */
    public java.util.List<ComtradeFetchStore.Stopped> stopped() {
        return jobs.stopped(clock.instant().minus(STALE_AFTER), 20);
    }

    public java.util.List<ComtradeFetchStore.Page> pagesDone(long fetch) {
        return jobs.pages(fetch);
    }

    private Outcome run(long job, ComtradeClient.Query query, String user) {
        java.util.List<ComtradeFetchStore.Page> before = jobs.pages(job);
        java.util.Set<Integer> done = new java.util.HashSet<>();
        int records = 0;
        for (ComtradeFetchStore.Page p : before) {
            done.add(p.pageNo());
            records += p.records();
        }
        int pages = client.pages(query).size();
        jobs.status(job, "RUNNING", null, clock.instant());
        ComtradeClient.Fetched now;
        try {
            now = client.fetchPages(query, done, records,
                    (page, periods, csv, n) -> jobs.pageDone(job, page, String.join(",", periods), n, csv, clock.instant()));
        } catch (org.tradedesk.shared.TradedeskException e) {
            jobs.failed(job, e, clock.instant()); // the cause's code and arguments, worded when read (code read R11)
            throw new org.tradedesk.markets.ComtradeFetchBrokenOff(e, job, jobs.pages(job).size(), pages);
        } catch (RuntimeException e) {
            // t2fixM R6: any other failure (a bug, a database error storing a page) marks the fetch FAILED at once, so it is
            // listed and can be resumed, rather than left RUNNING until it turns stale
            unexpected(job, e);
            throw e;
        }
        ComtradeClient.Fetched fetched = new ComtradeClient.Fetched(records + now.records(), now.calls(),
                now.firstUrl() == null ? client.uri(query, client.pages(query).get(0)).toString() : now.firstUrl());
        if (fetched.records() == 0) {
            jobs.failed(job, ComtradeFetchStore.NO_RECORDS_CODE, java.util.List.of(fetched.firstUrl()), clock.instant());
            throw new org.tradedesk.markets.ComtradeUnavailable("markets.comtrade.no-data", "Comtrade has no records for " + query,
                    fetched.firstUrl());
        }
        String name = "comtrade-api-%s-%s-r%s-p%s-%s-%d-%d.csv".formatted(client.settings().keyed() ? "get" : "preview", query.frequency(),
                query.reporter(), query.partner(), query.flow() + query.product(), query.from(), query.to());
        // the API's header and every page's lines straight from the database into the upload (t2duck: no temporary copy before it)
        DatasetImporter.Submitted submitted;
        try {
            DatasetImporter.Upload upload = DatasetImporter.spool(name, out -> {
                out.write(ComtradeClient.header().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try {
                    jobs.writeContent(job, out);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            });
            submitted = importer.submit(upload, SourceFormat.COMTRADE_V1, user, false);
        } catch (RuntimeException e) {
            // t2fixG: the pages are kept; the fetch is FAILED with the reason (queue full, disk), so it is listed and can be resumed
            if (e instanceof org.tradedesk.shared.TradedeskException t) {
                jobs.failed(job, t, clock.instant());
            } else {
                unexpected(job, e);
            }
            throw e;
        }
        jobs.done(job, submitted.id(), clock.instant());
        return new Outcome(submitted, fetched, job, pages);
    }

    /** A fetch FAILED on an error that is not a worded one: its id and the error's class kept (t2fixM R6), no English text. */
    private void unexpected(long job, RuntimeException e) {
        jobs.failed(job, "markets.comtrade.failure.unexpected-class", java.util.List.of(String.valueOf(job), e.getClass().getSimpleName()),
                clock.instant());
    }
}
