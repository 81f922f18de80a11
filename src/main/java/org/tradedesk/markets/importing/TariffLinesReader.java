package org.tradedesk.markets.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TradeFileRefused;

/**
 * Reads a tariff-line file: one row per tariff line and year with its MFN (general) ad valorem rate, as a US HTS extract gives
 * it ({@code Year,HS Code,Description,MFN Duty Rate (%),General Duty Rate (%),General Applies To}). The columns are found by
 * their names (any order, any case; Description optional); the file does not name its country, which the importer is told.
 * A rate "Free" is 0 %; a rate that is not a number (a specific duty, 2.5¢/kg) is rejected with the row, as a bad year or code
 * is, while the other rows are kept; a row repeating the year and code of an earlier row is rejected too (the first is kept), so
 * no tariff line counts twice in an average. A year outside 1900–2100 is rejected as out of range. A file without those columns is refused naming its first line.
 */
public final class TariffLinesReader {

    /** At most this many rows: a tariff extract holds thousands, not millions. */
    public static final int MAX_ROWS = 200_000;

    private TariffLinesReader() {
    }

    /** One tariff line of one year: the HS code's digits and its MFN rate in percent ad valorem. */
    public record Line(int lineNo, int year, String hsCode, String description, BigDecimal mfnPercent) {
    }

    /** The lines kept, how many rows were read, and the rows rejected with their reasons. */
    public record Outcome(List<Line> lines, int rowsRead, List<Rejection> rejections) {
    }

    public static Outcome read(InputStream in) {
        String text = decode(in);
        List<String> rows = text.lines().toList();
        if (rows.isEmpty() || rows.get(0).isBlank()) {
            throw new TradeFileRefused("markets.import.empty", "the file is empty", 0, "");
        }
        List<String> header = split(rows.get(0));
        int year = -1;
        int code = -1;
        int mfn = -1;
        int description = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (h.equals("year")) {
                year = i;
            } else if (h.equals("hs code") || h.equals("hts code") || h.equals("tariff line")) {
                code = i;
            } else if (h.startsWith("mfn") && (h.contains("rate") || h.contains("duty"))) {
                mfn = i;
            } else if (h.equals("description")) {
                description = i;
            }
        }
        if (year < 0 || code < 0 || mfn < 0) {
            String start = rows.get(0).strip();
            throw new TradeFileRefused("markets.tariff-file.not-tariff-lines", "not a tariff-line file", 1,
                    start.length() > 80 ? start.substring(0, 80) + "…" : start);
        }
        List<Line> lines = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        int read = 0;
        for (int n = 1; n < rows.size(); n++) {
            String row = rows.get(n);
            if (row.isBlank()) {
                continue;
            }
            int lineNo = n + 1;
            if (++read > MAX_ROWS) {
                throw new TradeFileRefused("markets.tariff-file.too-many-rows", "more than " + MAX_ROWS + " rows", lineNo,
                        String.valueOf(MAX_ROWS));
            }
            List<String> cells = split(row);
            String y = cell(cells, year);
            String c = cell(cells, code).replace(".", "").replace(" ", "");
            String r = cell(cells, mfn).replace("%", "").strip();
            if (!y.matches("[0-9]{4}")) {
                rejections.add(new Rejection(lineNo, "markets.reject.year", y));
                continue;
            }
            if (Integer.parseInt(y) < 1900 || Integer.parseInt(y) > 2100) {
                rejections.add(new Rejection(lineNo, "markets.reject.year-range", y));
                continue;
            }
            if (!c.matches("[0-9]{2,12}")) {
                rejections.add(new Rejection(lineNo, "markets.reject.code", cell(cells, code)));
                continue;
            }
            BigDecimal rate;
            if (r.equalsIgnoreCase("free")) {
                rate = BigDecimal.ZERO;
            } else {
                try {
                    rate = new BigDecimal(r);
                } catch (NumberFormatException e) {
                    rejections.add(new Rejection(lineNo, "markets.reject.tariff-rate", cell(cells, mfn)));
                    continue;
                }
                if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(1000)) > 0) {
                    rejections.add(new Rejection(lineNo, "markets.reject.tariff-rate", cell(cells, mfn)));
                    continue;
                }
            }
            Integer first = firstRow.putIfAbsent(y + " " + c, lineNo);
            if (first != null) {
                // the same tariff line twice in one year would count twice in the average: the first row is kept
                rejections.add(new Rejection(lineNo, "markets.reject.tariff-duplicate", y + " " + c + " (" + first + ")"));
                continue;
            }
            String d = description < 0 ? null : cell(cells, description);
            lines.add(new Line(lineNo, Integer.parseInt(y), c, d == null || d.isBlank() ? null
                    : d.length() > 500 ? d.substring(0, 500) : d, rate));
        }
        return new Outcome(lines, read, rejections);
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i).strip() : "";
    }

    /** Decoded as every trade file is ({@link TradeFileEncoding}: byte-order mark, UTF-8, else Big5 or Windows-1252). */
    private static String decode(InputStream in) {
        try {
            return TradeFileEncoding.of(in.readAllBytes()).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV row's cells: quoted cells may hold commas and doubled quotes. */
    static List<String> split(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    b.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        cells.add(b.toString());
        return cells;
    }
}
