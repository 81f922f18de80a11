package org.tradedesk.markets.importing;

import java.io.BufferedReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.Frequency;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.markets.TradeRow;

/**
 * Taiwan customs statistics portal, GA30 綜合查詢 export: {@code 進出口別,日期,貨品號列,中文貨名,英文貨名,美元(千元)}, in Big5
 * (what the portal serves) or UTF-8, detected. Dates are ROC years ({@code 102年} = 2013, {@code 102年3月} a month);
 * a cumulative partial year {@code 114年1月~114年7月(初步值)} is kept as that year, flagged preliminary and partial
 * (never a full year in growth rates). Codes are 11-digit CCC (first 6 = HS6, 11th a check digit). Values in
 * thousands of USD are multiplied by 1000 exactly ({@link TradeRow#THOUSANDS_RULE}). The reporter is Taiwan
 * (Comtrade 490, TWN), the partner the World (the export holds no partner column). When the export also has the columns
 * {@code 數量} and {@code 數量單位} (the portal offers them), each row keeps its quantity with the unit as written (KGM, PCE,
 * 千個…); a quantity without a unit is not kept (a quantity without its unit is meaningless).
 */
final class TwGa30Reader {

    static final Pattern PERIOD = Pattern.compile(
            "(\\d{2,3})年(?:(\\d{1,2})月)?(?:\\s*[~～至-]\\s*(\\d{2,3})年(\\d{1,2})月)?\\s*(\\(初步值\\)|（初步值）)?");
    static final Pattern CCC = Pattern.compile("\\d{11}|\\d{8}|\\d{6}|\\d{4}|\\d{2}");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private TwGa30Reader() {
    }

    static TradeFileReader.Outcome read(Reader reader, TailTrackingInputStream tail, String encoding, RowSink sink,
                                        TradeFileReader.Progress ticks) {
        BufferedReader lines = (BufferedReader) reader;
        List<String> header = ComtradeV1Reader.headerOf(lines).stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
        int flowAt = header.indexOf("進出口別");
        int dateAt = header.indexOf("日期");
        int codeAt = header.indexOf("貨品號列");
        int quantityAt = header.indexOf("數量");
        int unitAt = header.indexOf("數量單位");
        int valueAt = -1;
        BigDecimal multiplier = null;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace('（', '(').replace('）', ')');
            if (h.equals("美元(千元)")) {
                valueAt = i;
                multiplier = THOUSAND;
            } else if (h.equals("美元(元)") && valueAt < 0) {
                valueAt = i;
                multiplier = BigDecimal.ONE;
            }
        }
        if (flowAt < 0 || dateAt < 0 || codeAt < 0) {
            throw new TradeFileRefused("markets.import.missing-column", "the GA30 header lacks 進出口別, 日期 or 貨品號列", 1, "進出口別/日期/貨品號列");
        }
        if (valueAt < 0) {
            throw new TradeFileRefused("markets.import.missing-column", "the GA30 header has no value in US dollars (美元(千元))", 1, "美元(千元)");
        }
        int width = header.size();
        int v = valueAt;
        BigDecimal m = multiplier;
        String units = m == THOUSAND ? TradeRow.THOUSANDS_RULE : "USD";
        // the file's code level, decided from its first rows (review: the first row alone decided it, and a file opening with a
        // stray 4-digit total then lost every 11-digit row); rows are held until it is known, then read in their order
        int[] codeLength = {0};
        List<Object[]> held = new java.util.ArrayList<>();
        CsvStream.RecordHandler each = (cells, line) -> {
            ticks.tick();
            try {
                if (cells.size() != width) {
                    throw new RowProblem("markets.reject.cells", cells.size() + "/" + width);
                }
                sink.row(Cells.stored(withQuantity(row(cells, flowAt, dateAt, codeAt, v, m, codeLength[0]), cells, quantityAt, unitAt)), line, null);
            } catch (RowProblem p) {
                sink.rejected(new Rejection(line, p.code, p.detail));
            }
        };
        long rows = CsvStream.forEach(lines, tail, width, 2, (cells, line) -> {
            if (codeLength[0] != 0) {
                each.record(cells, line);
                return;
            }
            held.add(new Object[] {cells, line});
            if (held.size() == LEVEL_ROWS) {
                release(held, codeAt, width, codeLength, each);
            }
        });
        release(held, codeAt, width, codeLength, each);
        return new TradeFileReader.Outcome(SourceFormat.TW_GA30, encoding, "Taiwan customs GA30", rows, units);
    }

    /** How many rows at most decide the file's code level ({@link #level}). */
    static final int LEVEL_ROWS = 1000;

    /** Decides the code level from the held rows, then reads them in their order. */
    @SuppressWarnings("unchecked")
    private static void release(List<Object[]> held, int codeAt, int width, int[] codeLength, CsvStream.RecordHandler each) {
        if (codeLength[0] == 0) {
            codeLength[0] = level(held.stream().map(h -> (List<String>) h[0]).toList(), codeAt, width);
        }
        for (Object[] h : held) {
            each.record((List<String>) h[0], (Long) h[1]);
        }
        held.clear();
    }

    /**
     * The file's code level: the most common length among the valid codes (2, 4, 6, 8 or 11 digits) of its first
     * {@link #LEVEL_ROWS} rows, the longer on a tie (a GA30 export is at one level; a stray total among its lines is the odd
     * one out, wherever it stands); -1 when none of them has a valid code (every row is then rejected for its code).
     */
    static int level(List<List<String>> rows, int codeAt, int width) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (List<String> cells : rows) {
            if (cells.size() != width) {
                continue;
            }
            String code = cells.get(codeAt).strip().replace(".", "").replace(" ", "");
            if (CCC.matcher(code).matches()) {
                counts.merge(code.length(), 1, Integer::sum);
            }
        }
        int best = -1;
        int most = 0;
        for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The row with its 數量 in its 數量單位 when the export has both columns and the row both cells; else as it is. */
    private static TradeRow withQuantity(TradeRow r, List<String> cells, int quantityAt, int unitAt) {
        if (quantityAt < 0 || unitAt < 0) {
            return r;
        }
        String unit = Cells.text(cells.get(unitAt));
        Double quantity = Cells.positive(cells.get(quantityAt), "數量");
        if (unit == null || quantity == null) {
            return r;
        }
        return new TradeRow(r.dataset(), r.format(), r.reporterCode(), r.reporterIso3(), r.partnerCode(), r.partner2Code(), r.flow(),
                r.productCode(), r.classification(), r.year(), r.month(), r.frequency(), r.valueUsd(), r.netMassKg(), quantity, unit,
                r.preliminary(), r.partialToMonth(), r.valuationBasis(), r.breakdown());
    }

    /** {@code codeLength}: the file's code level ({@link #level}). */
    private static TradeRow row(List<String> cells, int flowAt, int dateAt, int codeAt, int valueAt, BigDecimal multiplier,
                                int codeLength) {
        String flowText = Cells.required(cells.get(flowAt), "進出口別");
        Flow flow;
        if (flowText.contains("出口")) {
            flow = Flow.X;
        } else if (flowText.contains("進口")) {
            flow = Flow.M;
        } else {
            throw new RowProblem("markets.reject.flow", "進出口別 = " + flowText);
        }
        String date = Cells.required(cells.get(dateAt), "日期");
        Matcher p = PERIOD.matcher(date);
        if (!p.matches()) {
            throw new RowProblem("markets.reject.period", "日期 = " + date);
        }
        int year = Integer.parseInt(p.group(1)) + 1911;
        if (year < Cells.FIRST_YEAR || year > Cells.LAST_YEAR) {
            // acceptance review: 999年 would be 2910
            throw new RowProblem("markets.reject.year-range", "日期 = " + date + " → " + year);
        }
        Integer month = p.group(2) == null ? null : Integer.parseInt(p.group(2));
        Integer partialTo = null;
        Frequency frequency = Frequency.A;
        if (p.group(3) != null) {
            // a cumulative span 114年1月~114年7月: that year, partial up to the last month
            if (Integer.parseInt(p.group(3)) + 1911 != year) {
                throw new RowProblem("markets.reject.period", "日期 = " + date);
            }
            partialTo = Integer.parseInt(p.group(4));
            month = null;
            if (partialTo == 12 && (month == null)) {
                partialTo = null;
            }
        } else if (month != null) {
            frequency = Frequency.M;
        }
        if (month != null && (month < 1 || month > 12) || partialTo != null && (partialTo < 1 || partialTo > 12)) {
            throw new RowProblem("markets.reject.month", "日期 = " + date);
        }
        boolean preliminary = p.group(5) != null;
        String code = Cells.required(cells.get(codeAt), "貨品號列").replace(".", "").replace(" ", "");
        if (!code.matches("\\d+")) {
            throw new RowProblem("markets.reject.code", "貨品號列 = " + code);
        }
        if (!CCC.matcher(code).matches()) {
            // digits, but no length a CCC code has (2, 4, 6, 8 or 11)
            throw new RowProblem("markets.reject.code-digits", "貨品號列 = " + code);
        }
        if (code.length() != codeLength) {
            // a GA30 export is at one code level (11-digit CCC, or 2/4/6/8 digits): a stray 8542 among 11-digit codes is no row of it
            throw new RowProblem("markets.reject.code-length", "貨品號列 = " + code + " ≠ " + codeLength);
        }
        BigDecimal value = Cells.value(cells.get(valueAt), "美元(千元)").multiply(multiplier);
        return new TradeRow("Taiwan customs GA30", SourceFormat.TW_GA30, ComtradeCountries.TAIWAN, "TWN", ComtradeCountries.WORLD, null,
                flow, code, code.length() == 11 ? "CCC" : "HS", year, month, frequency, value, null, null, null, preliminary, partialTo,
                flow == Flow.X ? "FOB" : "CIF", false);
    }
}
