package org.tradedesk.markets.domain.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the real files copied from {@code ../shared/data/markets/} into test resources (just what the tests need). */
final class RealFiles {

    static final String PORTAL = "/markets/stats/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    private RealFiles() {
    }

    /** The portal file's export rows to the World as observations (Windows-1252, trailing comma, quoted values). */
    static List<Observation> portalExports() {
        List<Observation> out = new ArrayList<>();
        for (CSVRecord r : read(PORTAL, Charset.forName("windows-1252"))) {
            Double qty = r.get("netWgt").isBlank() ? null : Double.valueOf(r.get("netWgt"));
            out.add(new Observation(Integer.parseInt(r.get("refYear")), r.get("reporterISO"), r.get("partnerCode"),
                    r.get("cmdCode"), "X".equals(r.get("flowCode")) ? TradeFlow.EXPORT : TradeFlow.IMPORT,
                    Double.parseDouble(r.get("primaryValue")), qty));
        }
        return out;
    }

    /** Year → value of one reporter's exports to the World. */
    static TreeMap<Integer, Double> portalSeries(String iso) {
        TreeMap<Integer, Double> s = new TreeMap<>();
        portalExports().stream().filter(o -> o.reporter().equals(iso)).forEach(o -> s.put(o.year(), o.value()));
        return s;
    }

    /** Year → value of one World Bank indicator of one country. */
    static TreeMap<Integer, Double> worldBank(String country, String indicator) {
        TreeMap<Integer, Double> s = new TreeMap<>();
        for (CSVRecord r : read("/markets/stats/worldbank_macro_CHN_USA.csv", StandardCharsets.UTF_8)) {
            if (r.get("country").equals(country) && r.get("indicator").equals(indicator)) {
                s.put(Integer.parseInt(r.get("year")), Double.parseDouble(r.get("value")));
            }
        }
        return s;
    }

    static double[] co2Monthly() {
        return read("/markets/stats/co2_monthly_1980_1999.csv", StandardCharsets.UTF_8).stream()
                .mapToDouble(r -> Double.parseDouble(r.get("co2"))).toArray();
    }

    static double[] values(TreeMap<Integer, Double> s, int from, int to) {
        return s.subMap(from, true, to, true).values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] years(int from, int to) {
        double[] y = new double[to - from + 1];
        for (int i = 0; i < y.length; i++) {
            y[i] = from + i;
        }
        return y;
    }

    private static List<CSVRecord> read(String resource, Charset charset) {
        try (InputStream in = RealFiles.class.getResourceAsStream(resource); Reader reader = new InputStreamReader(in, charset)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                    .setIgnoreSurroundingSpaces(false).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
