package org.tradedesk.markets.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.tradedesk.markets.SourceFormat;

/**
 * Live fetch from the UN Comtrade API ({@link ComtradeClient}) into a dataset: the records are written as the API's
 * CSV and imported like an uploaded file (provenance, checksum, the same file twice recognised). Settings under
 * {@code tradedesk.markets.comtrade.*}: {@code base-url}, {@code key} (blank: the public preview endpoint), {@code timeout},
 * {@code max-bytes}, {@code max-records}, {@code periods-per-call}, {@code retries}, {@code min-interval}.
 */
@Service
public class ComtradeFetcher {

    private final ComtradeClient client;
    private final DatasetImporter importer;

    public ComtradeFetcher(DatasetImporter importer,
                           @Value("${tradedesk.markets.comtrade.base-url:" + ComtradeClient.PUBLIC_BASE + "}") String baseUrl,
                           @Value("${tradedesk.markets.comtrade.key:}") String key,
                           @Value("${tradedesk.markets.comtrade.timeout:30s}") Duration timeout,
                           @Value("${tradedesk.markets.comtrade.max-bytes:50000000}") long maxBytes,
                           @Value("${tradedesk.markets.comtrade.max-records:250000}") int maxRecords,
                           @Value("${tradedesk.markets.comtrade.periods-per-call:12}") int periodsPerCall,
                           @Value("${tradedesk.markets.comtrade.retries:3}") int retries,
                           @Value("${tradedesk.markets.comtrade.min-interval:1s}") Duration minInterval) {
        this.importer = importer;
        this.client = new ComtradeClient(new ComtradeClient.Settings(baseUrl, key, timeout, maxBytes, maxRecords, periodsPerCall, retries,
                minInterval));
    }

    /** What was fetched and the dataset it became. */
    public record Outcome(DatasetImporter.Submitted submitted, ComtradeClient.Fetched fetched) {
    }

    /** Fetches (one fetch at a time per instance: the service's rate limit is per key) and imports in the request. */
    public synchronized Outcome fetch(ComtradeClient.Query query, String user) {
        Path tmp;
        ComtradeClient.Fetched fetched;
        try {
            tmp = Files.createTempFile("markets-comtrade-", ".csv");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                fetched = client.fetch(query, out);
            } catch (RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fetched.records() == 0) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a temporary file
            }
            throw new org.tradedesk.markets.ComtradeUnavailable("markets.comtrade.no-data", "Comtrade has no records for " + query,
                    fetched.firstUrl());
        }
        String name = "comtrade-api-%s-%s-r%s-p%s-%s-%d-%d.csv".formatted(client.settings().keyed() ? "get" : "preview", query.frequency(),
                query.reporter(), query.partner(), query.flow() + query.product(), query.from(), query.to());
        DatasetImporter.Upload upload;
        try (InputStream in = Files.newInputStream(tmp)) {
            upload = DatasetImporter.spool(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
        return new Outcome(importer.submit(upload, SourceFormat.COMTRADE_V1, user, false), fetched);
    }
}
