package org.tradedesk.markets.importing;

import java.io.BufferedReader;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.Frequency;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeRow;

/**
 * Legacy (pre-2023) Comtrade extract: {@code Year,Reporter Code,Trade Flow Code,Partner Code,Classification,Commodity
 * Code,Quantity Unit Code,Supplementary Quantity,Netweight (kg),Value,Estimation Code}. Flows 1 = import, 2 = export
 * (3 and 4, re-export and re-import, are rejected: not imported). Codes at 2, 4 and 6 digits are mixed in one
 * file: each row keeps its own code, and queries take one level only, never a sum across levels.
 */
final class ComtradeLegacyReader {

    /** Comtrade's quantity unit codes (the reference list {@code comtrade_legacy_qty_units.csv}). */
    static final Map<String, String> UNITS = Map.ofEntries(Map.entry("2", "m2"), Map.entry("3", "1000 kWh"), Map.entry("4", "m"),
            Map.entry("5", "u"), Map.entry("6", "2u"), Map.entry("7", "l"), Map.entry("8", "kg"), Map.entry("9", "1000u"),
            Map.entry("10", "U (jeu/pack)"), Map.entry("11", "12u"), Map.entry("12", "m3"));

    static final List<String> REQUIRED = List.of("Year", "Reporter Code", "Trade Flow Code", "Partner Code", "Commodity Code", "Value");

    private ComtradeLegacyReader() {
    }

    static TradeFileReader.Outcome read(Reader reader, TailTrackingInputStream tail, String encoding, RowSink sink,
                                        TradeFileReader.Progress ticks) {
        BufferedReader lines = (BufferedReader) reader;
        List<String> header = ComtradeV1Reader.headerOf(lines);
        Map<String, Integer> at = ComtradeV1Reader.columns(header, REQUIRED, "the legacy Comtrade header");
        int width = header.size();
        long rows = CsvStream.forEach(lines, tail, width, 2, (cells, line) -> {
            ticks.tick();
            try {
                if (cells.size() != width) {
                    throw new RowProblem("markets.reject.cells", cells.size() + "/" + width);
                }
                sink.row(Cells.stored(row(cells, at)), line, null);
            } catch (RowProblem p) {
                sink.rejected(new Rejection(line, p.code, p.detail));
            }
        });
        return new TradeFileReader.Outcome(SourceFormat.COMTRADE_LEGACY, encoding, "UN Comtrade (legacy)", rows, "USD");
    }

    private static TradeRow row(List<String> cells, Map<String, Integer> at) {
        int year = Cells.year(cells.get(at.get("Year")), "Year");
        String flowCode = Cells.text(cells.get(at.get("Trade Flow Code")));
        Flow flow = switch (String.valueOf(flowCode)) {
            case "1" -> Flow.M;
            case "2" -> Flow.X;
            default -> throw new RowProblem("markets.reject.flow", "Trade Flow Code = " + flowCode);
        };
        String reporter = Cells.required(cells.get(at.get("Reporter Code")), "Reporter Code");
        String partner = Cells.required(cells.get(at.get("Partner Code")), "Partner Code");
        String product = Cells.required(cells.get(at.get("Commodity Code")), "Commodity Code");
        String classification = at.containsKey("Classification") ? Cells.text(cells.get(at.get("Classification"))) : null;
        String unitCode = at.containsKey("Quantity Unit Code") ? Cells.text(cells.get(at.get("Quantity Unit Code"))) : null;
        Double quantity = at.containsKey("Supplementary Quantity")
                ? Cells.positive(cells.get(at.get("Supplementary Quantity")), "Supplementary Quantity") : null;
        String unit = unitCode == null ? null : UNITS.get(unitCode);
        if (unit == null) {
            quantity = null; // unit 1 = "No quantity"
        }
        Double mass = at.containsKey("Netweight (kg)") ? Cells.positive(cells.get(at.get("Netweight (kg)")), "Netweight (kg)") : null;
        if (quantity == null && unit == null && mass != null) {
            // unit 1 "No quantity" (or none) but a net weight given: the unit value is per kg of net weight, labelled so. The
            // same rule as ComtradeV1Reader: a row whose file names a unit but gives no quantity in it has no quantity (its
            // net weight would put a second unit into the series)
            quantity = mass;
            unit = TradeRow.NET_WEIGHT_KG;
        }
        return new TradeRow("UN Comtrade (legacy)", SourceFormat.COMTRADE_LEGACY, reporter, ComtradeCountries.iso3(reporter), partner,
                null, flow, product, classification, year, null, Frequency.A, Cells.value(cells.get(at.get("Value")), "Value"), mass,
                quantity, quantity == null ? null : unit, false, null, null, false);
    }
}
