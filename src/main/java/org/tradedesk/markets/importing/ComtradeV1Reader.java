package org.tradedesk.markets.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.Frequency;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.markets.TradeRow;

/**
 * UN Comtrade v1 (Comtrade Plus), 47 columns, as the portal downloads it (every cell quoted, CRLF, a trailing comma
 * giving 48 cells a row, Windows-1252) and as the API returns it (unquoted, reporter ISO and names empty).
 * Annual rows carry refMonth 52 (no month). The classification may change (H4 → H5 → H6) inside one series: the
 * code is kept with each row. Rows broken down by second partner, mode of transport ({@code motCode} "0 " with
 * a space is the total) or customs procedure are kept but marked {@code breakdown} so they never add to totals.
 */
final class ComtradeV1Reader {

    static final List<String> REQUIRED = List.of("freqCode", "refYear", "refMonth", "reporterCode", "flowCode", "partnerCode",
            "cmdCode", "primaryValue");

    private ComtradeV1Reader() {
    }

    static TradeFileReader.Outcome read(Reader reader, TailTrackingInputStream tail, String encoding, RowSink sink,
                                        TradeFileReader.Progress ticks) {
        BufferedReader lines = (BufferedReader) reader;
        List<String> header = headerOf(lines);
        Map<String, Integer> at = columns(header, REQUIRED, "the Comtrade header");
        int width = header.size();
        long rows = CsvStream.forEach(lines, tail, width, 2, (cells, line) -> {
            ticks.tick();
            try {
                sink.row(Cells.stored(row(cells, width, at)), line, breakdownKey(cells, at));
            } catch (RowProblem p) {
                sink.rejected(new Rejection(line, p.code, p.detail));
            }
        });
        return new TradeFileReader.Outcome(SourceFormat.COMTRADE_V1, encoding, "UN Comtrade", rows, "USD");
    }

    /** The header line, read on its own (the records after it are streamed). */
    static List<String> headerOf(BufferedReader lines) {
        try {
            String first = lines.readLine();
            if (first == null) {
                throw new TradeFileRefused("markets.import.empty", "the file is empty", 0, "");
            }
            try (CSVParser p = CSVParser.parse(first, CSVFormat.RFC4180)) {
                return p.getRecords().get(0).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each column's place in the header (by its name stripped), for this reader and the legacy one; a required column the
     * header lacks refuses the file on line 1, naming the column ({@code what}: the header, in the log's words).
     */
    static Map<String, Integer> columns(List<String> header, List<String> required, String what) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).strip(), i);
        }
        for (String column : required) {
            if (!at.containsKey(column)) {
                throw new TradeFileRefused("markets.import.missing-column", what + " lacks the column " + column, 1, column);
            }
        }
        return at;
    }

    static TradeRow row(List<String> cells, int width, Map<String, Integer> at) {
        // the portal ends every data row with a comma: 48 cells against 47 names, the last one empty
        if (!(cells.size() == width || (cells.size() == width + 1 && cells.get(width).isBlank()))) {
            throw new RowProblem("markets.reject.cells", cells.size() + "/" + width);
        }
        Frequency frequency = switch (String.valueOf(Cells.text(get(cells, at, "freqCode")))) {
            case "A" -> Frequency.A;
            case "M" -> Frequency.M;
            default -> throw new RowProblem("markets.reject.frequency", "freqCode = " + get(cells, at, "freqCode"));
        };
        int year = Cells.year(get(cells, at, "refYear"), "refYear");
        Integer month = null;
        String refMonth = Cells.text(get(cells, at, "refMonth"));
        if (frequency == Frequency.M) {
            try {
                month = Integer.parseInt(refMonth);
            } catch (NumberFormatException | NullPointerException e) {
                month = 0;
            }
            if (month < 1 || month > 12) {
                throw new RowProblem("markets.reject.month", "refMonth = " + refMonth);
            }
        }
        Flow flow = switch (String.valueOf(Cells.text(get(cells, at, "flowCode")))) {
            case "M" -> Flow.M;
            case "X" -> Flow.X;
            default -> throw new RowProblem("markets.reject.flow", "flowCode = " + get(cells, at, "flowCode"));
        };
        String reporter = Cells.required(get(cells, at, "reporterCode"), "reporterCode");
        String reporterIso = Cells.text(get(cells, at, "reporterISO"));
        if (reporterIso == null || !reporterIso.matches("[A-Z]{3}")) {
            reporterIso = ComtradeCountries.iso3(reporter);
        }
        String partner = Cells.required(get(cells, at, "partnerCode"), "partnerCode");
        String partner2 = Cells.text(get(cells, at, "partner2Code"));
        partner2 = partner2 == null ? "0" : partner2;
        String product = Cells.required(get(cells, at, "cmdCode"), "cmdCode");
        // codes checked one by one (review t2fixL 8): a commodity code is 2 to 6 digits or TOTAL (85ZZ is none), a country
        // a Comtrade (M49-like) number of at most 3 digits (99999 is none; 0 = World, 490 = Taiwan as a partner)
        if (!product.matches("[0-9]{2,6}|TOTAL")) {
            throw new RowProblem("markets.reject.code", "cmdCode = " + product);
        }
        if (!reporter.matches("[0-9]{1,3}")) {
            throw new RowProblem("markets.reject.country", "reporterCode = " + reporter);
        }
        if (!partner.matches("[0-9]{1,3}")) {
            throw new RowProblem("markets.reject.country", "partnerCode = " + partner);
        }
        BigDecimal value = Cells.value(get(cells, at, "primaryValue"), "primaryValue");
        BigDecimal cif = Cells.decimal(get(cells, at, "cifvalue"), "cifvalue");
        BigDecimal fob = Cells.decimal(get(cells, at, "fobvalue"), "fobvalue");
        String basis = null;
        if (cif != null && cif.signum() > 0 && cif.compareTo(value) == 0) {
            basis = "CIF";
        } else if (fob != null && fob.signum() > 0 && fob.compareTo(value) == 0) {
            basis = "FOB";
        }
        String unit = Cells.text(get(cells, at, "qtyUnitAbbr"));
        if (unit == null || "N/A".equals(unit)) {
            // the API's CSV may leave qtyUnitAbbr empty and give only qtyUnitCode (5 with an empty abbreviation in the real
            // CHN imports file): Comtrade's quantity unit list (the same codes as comtrade_legacy_qty_units.csv) names it;
            // an unlisted code is kept as the code (-1 N/A, 1 no quantity: none)
            String code = Cells.text(get(cells, at, "qtyUnitCode"));
            unit = code == null || code.equals("-1") || code.equals("1") ? null : ComtradeLegacyReader.UNITS.getOrDefault(code, code);
        }
        Double quantity = Cells.positive(get(cells, at, "qty"), "qty");
        Double mass = Cells.positive(get(cells, at, "netWgt"), "netWgt");
        if (quantity == null && unit == null && mass != null) {
            // qtyUnit N/A (-1) but a net weight given (the portal file): the unit value is per kg of net weight, labelled so
            // (ComtradeLegacyReader: the same rule)
            quantity = mass;
            unit = TradeRow.NET_WEIGHT_KG;
        }
        boolean breakdown = !"0".equals(partner2) || notTotal(get(cells, at, "motCode"), "0")
                || notTotal(get(cells, at, "mosCode"), "0") || notTotal(get(cells, at, "customsCode"), "C00");
        return new TradeRow("UN Comtrade", SourceFormat.COMTRADE_V1, reporter, reporterIso, partner, partner2, flow, product,
                Cells.text(get(cells, at, "classificationCode")), year, month, frequency, value, mass, quantity,
                quantity == null ? null : unit, false, null, basis, breakdown);
    }

    /** The dimensions beyond the row's own fields (t2fixS): mode of transport, mode of supply, customs procedure, as in the file. */
    static String breakdownKey(List<String> cells, Map<String, Integer> at) {
        return Cells.text(get(cells, at, "motCode")) + "|" + Cells.text(get(cells, at, "mosCode")) + "|"
                + Cells.text(get(cells, at, "customsCode"));
    }

    private static boolean notTotal(String cell, String total) {
        String t = Cells.text(cell); // "0 " with a trailing space is the total
        return t != null && !t.equals(total);
    }

    private static String get(List<String> cells, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null || i >= cells.size() ? null : cells.get(i);
    }
}
