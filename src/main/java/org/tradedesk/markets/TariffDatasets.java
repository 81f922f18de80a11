package org.tradedesk.markets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.tradedesk.markets.importing.ComtradeCountries;
import org.tradedesk.markets.importing.TariffLinesReader;
import org.tradedesk.markets.persistence.TariffDatasetStore;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * Tariff-line datasets (issue 9, t2fixN): a market's tariff file (e.g. {@code usa_tariffs_HS8542_2013_2025.csv}, a US HTS
 * extract of the MFN rates of HS 8542's lines by year) imported for the market the user declares — the file does not name its
 * country —, and the average it gives: the simple average of the MFN ad valorem rates of a product's tariff lines in a year.
 * The research scoring takes that average for a market whose project chooses it ({@code tariffAverages}), marked as the
 * dataset's average with its provenance ({@link TariffAverage}).
 */
@Service
public class TariffDatasets {

    /** The largest tariff file read (in memory: tariff extracts are small). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final TariffDatasetStore store;
    private final Clock clock;

    public TariffDatasets(TariffDatasetStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Imports a tariff-line file for {@code market} (ISO alpha-3, required: the file does not say): its lines are kept, rows
     * that cannot be read are rejected one by one with their reasons; the same file imported for the same market before is
     * recognised (its dataset, {@code duplicate}), nothing imported again — also when two requests import it at the same moment
     * (t2fixP: the one that loses the race on the uniqueness of market and SHA-256 answers the winner's dataset).
     */
    public TariffDatasetView importFile(String fileName, InputStream in, String market, String user) {
        String m = market(market);
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw new ParameterInvalid("file", "", "markets.query.reason.file-empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TradeFileRefused("markets.tariff-file.too-large", "the tariff file is larger than " + MAX_BYTES + " bytes", 0,
                    String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        String sha = sha256(bytes);
        var earlier = store.find(m, sha);
        if (earlier.isPresent()) {
            return earlier.get().asDuplicate();
        }
        TariffLinesReader.Outcome o = TariffLinesReader.read(new ByteArrayInputStream(bytes));
        if (o.lines().isEmpty()) {
            throw new TradeFileRefused("markets.tariff-file.no-lines", "no tariff line could be read", 0, String.valueOf(o.rowsRead()));
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        long id;
        try {
            id = store.create(m, name, sha, o, user, clock.instant());
        } catch (DuplicateKeyException e) { // the same file imported for the market at the same moment by another request
            return store.find(m, sha).orElseThrow(() -> e).asDuplicate();
        }
        return dataset(id);
    }

    public TariffDatasetView dataset(long id) {
        return store.find(id).orElseThrow(() -> new TradedeskException(TradedeskException.Kind.NOT_FOUND,
                "markets.tariff-dataset.not-found", "no tariff dataset " + id, String.valueOf(id)));
    }

    public List<TariffDatasetView> datasets() {
        return store.list(200);
    }

    /**
     * The simple average of the MFN rates of the product's lines (codes beginning with its digits; one level, the most detailed
     * codes only, a heading whose sub-lines the file holds that year left out) in {@code year}, or in the
     * latest earlier year the file holds a line of it (the latest year of all when {@code year} is null). A product the file
     * holds no line of by then is a 400 naming the market, the product, the year and the years the file holds.
     */
    public TariffAverage average(long id, String product, Integer year) {
        TariffDatasetView d = dataset(id);
        String p = product == null ? "" : product.strip().replace(".", "");
        if (p.isEmpty()) {
            throw new ParameterInvalid("product", "", "markets.query.reason.required");
        }
        if (!p.matches("[0-9]{2,12}")) {
            throw new ParameterInvalid("product", product, "markets.query.reason.hs-code");
        }
        TariffDatasetStore.YearLines lines = store.lines(id, p, year).orElseThrow(() -> new TradedeskException(
                TradedeskException.Kind.INVALID, MessageText.of("markets.tariff-file.no-lines-for", ResearchProjects.marketArg(d.market()),
                        MessageText.Arg.literal(p), MessageText.Arg.literal(year == null ? "—" : String.valueOf(year)),
                        MessageText.Arg.literal(String.valueOf(id)), MessageText.Arg.literal(d.fileName()),
                        MessageText.Arg.literal(d.firstYear() == null ? "—" : d.firstYear() + "–" + d.lastYear())),
                "tariff dataset " + id + " holds no line of " + p + " by " + year));
        BigDecimal average = lines.sum().divide(BigDecimal.valueOf(lines.lines()), 6, RoundingMode.HALF_EVEN);
        return new TariffAverage(id, d.market(), d.fileName(), d.sha256(), p, lines.year(), lines.lines(), average.doubleValue(), year);
    }

    /** The market a tariff file is declared for: an ISO alpha-3 code of the Comtrade country list. */
    static String market(String market) {
        if (market == null || market.isBlank()) {
            throw new ParameterInvalid("market", "", "markets.query.reason.required");
        }
        String m = market.strip().toUpperCase(Locale.ROOT);
        if (!m.matches("[A-Z]{3}")) {
            throw new ParameterInvalid("market", market.strip(), "markets.query.reason.iso3");
        }
        if (ComtradeCountries.code(m) == null) {
            throw new ParameterInvalid("market", m, "markets.query.reason.iso3-unknown");
        }
        return m;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
