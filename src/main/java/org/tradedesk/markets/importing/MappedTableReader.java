package org.tradedesk.markets.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tradedesk.markets.ColumnMapping;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.Frequency;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.markets.TradeRow;
import org.tradedesk.platform.importing.DecodedText;

/**
 * Reads any CSV (encoding detected from its bytes, delimiter {@code , ; tab |} from the header row) or XLSX (first sheet)
 * with a {@link ColumnMapping}. Each rejected row names its row number and the column (header and letter) with the
 * cell; a header row without a mapped column refuses the whole file, naming the row and the column. Numbers typed in
 * the spreadsheet as numbers are read as such; text cells with the mapping's separators.
 */
public final class MappedTableReader {

    /** A preview: the header row's cells and the first rows after it, as text. */
    public record Preview(String encoding, String kind, List<String> headers, List<List<String>> rows) {
    }

    private MappedTableReader() {
    }

    /** A row of the table: its 1-based row number and the cells (String, or BigDecimal for a spreadsheet number). */
    private record TableRow(long number, List<Object> cells) {
    }

    private interface Table extends AutoCloseable {
        String encoding();

        String kind();

        Iterator<TableRow> rows();

        @Override
        void close() throws IOException;
    }

    public static Preview preview(InputStream in, int headerRow, int rows) {
        return preview(in, headerRow, rows, (char) 0);
    }

    /** As {@link #preview(InputStream, int, int)}, with the CSV delimiter chosen ({@code 0}: counted on the header row). */
    public static Preview preview(InputStream in, int headerRow, int rows, char delimiter) {
        try (Table t = open(in, headerRow, delimiter)) {
            Iterator<TableRow> it = t.rows();
            List<String> headers = null;
            List<List<String>> out = new ArrayList<>();
            while (it.hasNext() && out.size() < rows) {
                TableRow r = it.next();
                if (r.number() < headerRow) {
                    continue;
                }
                List<String> texts = r.cells().stream().map(MappedTableReader::text).toList();
                if (headers == null) {
                    headers = texts;
                } else {
                    out.add(texts);
                }
            }
            if (headers == null) {
                throw new TradeFileRefused("markets.mapping.no-header", "the file has no row " + headerRow, headerRow, Integer.toString(headerRow));
            }
            return new Preview(t.encoding(), t.kind(), headers, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TradeFileReader.Outcome read(InputStream in, ColumnMapping m, RowSink sink, IntConsumer progress) {
        try (Table t = open(in, m.headerRow(), m.csvDelimiter())) {
            Iterator<TableRow> it = t.rows();
            Map<String, Integer> at = null;
            long read = 0;
            while (it.hasNext()) {
                TableRow r = it.next();
                if (r.number() < m.headerRow()) {
                    continue;
                }
                if (at == null) {
                    at = columns(r, m);
                    continue;
                }
                if (r.cells().stream().allMatch(c -> text(c).isBlank())) {
                    continue;
                }
                read++;
                try {
                    sink.row(Cells.stored(row(r, at, m)), r.number(), null);
                } catch (RowProblem p) {
                    sink.rejected(new Rejection(r.number(), p.code, p.detail));
                }
            }
            if (at == null) {
                throw new TradeFileRefused("markets.mapping.no-header", "the file has no row " + m.headerRow(), m.headerRow(),
                        Integer.toString(m.headerRow()));
            }
            return new TradeFileReader.Outcome(SourceFormat.GENERIC_MAPPED, t.encoding(), "Mapped table (" + m.name() + ")", read, "USD");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> columns(TableRow header, ColumnMapping m) {
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            byHeader.putIfAbsent(normal(text(header.cells().get(i))), i);
        }
        Map<String, Integer> at = new HashMap<>();
        for (Map.Entry<String, String> c : m.columns().entrySet()) {
            Integer i = byHeader.get(normal(c.getValue()));
            if (i == null) {
                throw new TradeFileRefused("markets.import.missing-column", "the header row lacks the column " + c.getValue(), header.number(),
                        c.getValue());
            }
            at.put(c.getKey(), i);
        }
        return at;
    }

    private static String normal(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Column letter of a 0-based index: 0 → A, 26 → AA (as a spreadsheet heads it: the rejections and the mapping page). */
    public static String letter(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    private static TradeRow row(TableRow r, Map<String, Integer> at, ColumnMapping m) {
        String reporterText = required(r, at, m, "reporter");
        String[] reporter = country(reporterText, where(at, m, "reporter"), false);
        // no partner column mapped ("— none: World —"): every row is the reporter's trade with the World (0)
        String partnerText = at.containsKey("partner") ? cell(r, at, "partner") : "";
        String partner = partnerText.isBlank() ? ComtradeCountries.WORLD : country(partnerText, where(at, m, "partner"), true)[0];
        String product = required(r, at, m, "product").replace(".", "").replace(" ", "");
        if (!product.matches("[0-9]{2,11}|TOTAL")) {
            throw new RowProblem("markets.reject.code", where(at, m, "product") + " = \"" + product + "\"");
        }
        String period = required(r, at, m, "period");
        java.util.regex.Matcher pm = java.util.regex.Pattern.compile("(\\d{4})(?:[-/.M]?(\\d{1,2}))?").matcher(period.toUpperCase(Locale.ROOT));
        if (!pm.matches()) {
            throw new RowProblem("markets.reject.period", where(at, m, "period") + " = \"" + period + "\"");
        }
        int year = Cells.year(pm.group(1), where(at, m, "period"));
        Integer month = pm.group(2) == null ? null : Integer.parseInt(pm.group(2));
        if (month != null && (month < 1 || month > 12)) {
            throw new RowProblem("markets.reject.month", where(at, m, "period") + " = \"" + period + "\"");
        }
        Flow flow = switch (required(r, at, m, "flow").toUpperCase(Locale.ROOT)) {
            case "M", "I", "1", "IMPORT", "IMPORTS", "進口" -> Flow.M;
            case "X", "E", "2", "EXPORT", "EXPORTS", "出口" -> Flow.X;
            default -> throw new RowProblem("markets.reject.flow", where(at, m, "flow") + " = \"" + cell(r, at, "flow") + "\"");
        };
        BigDecimal value = number(r, at, m, "value");
        if (value == null) {
            throw new RowProblem("markets.reject.value-missing", where(at, m, "value"));
        }
        if (value.signum() < 0) {
            throw new RowProblem("markets.reject.negative", where(at, m, "value") + " = " + value.toPlainString());
        }
        BigDecimal q = at.containsKey("quantity") ? number(r, at, m, "quantity") : null;
        if (q != null && q.signum() < 0) {
            throw new RowProblem("markets.reject.negative", where(at, m, "quantity") + " = " + q.toPlainString());
        }
        Double quantity = q == null || q.signum() == 0 ? null : q.doubleValue();
        String unit = at.containsKey("unit") ? Cells.text(cell(r, at, "unit")) : null;
        return new TradeRow("Mapped table (" + m.name() + ")", SourceFormat.GENERIC_MAPPED, reporter[0], reporter[1], partner, null, flow,
                product, null, year, month, month == null ? Frequency.A : Frequency.M, value, null, quantity, quantity == null ? null : unit,
                false, null, null, false);
    }

    /** {code, iso3} of a reporter or partner: ISO3 or a Comtrade number; the World (0, WLD, World) for a partner. */
    private static String[] country(String text, String where, boolean partner) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (partner && (t.equals("0") || t.equals("WLD") || t.equals("W00") || t.equals("WORLD") || t.equals("世界"))) {
            return new String[] {ComtradeCountries.WORLD, null};
        }
        if (t.matches("[A-Z]{3}")) {
            String code = ComtradeCountries.code(t);
            return new String[] {code == null ? t : code, t};
        }
        if (t.matches("[0-9]{1,4}")) {
            String code = t.replaceFirst("^0+(?=.)", "");
            return new String[] {code, ComtradeCountries.iso3(code)};
        }
        throw new RowProblem("markets.reject.country", where + " = \"" + text.strip() + "\"");
    }

    private static String where(Map<String, Integer> at, ColumnMapping m, String field) {
        return m.columns().get(field) + " (" + letter(at.get(field)) + ")";
    }

    private static String cell(TableRow r, Map<String, Integer> at, String field) {
        int i = at.get(field);
        return i < r.cells().size() ? text(r.cells().get(i)) : "";
    }

    private static String required(TableRow r, Map<String, Integer> at, ColumnMapping m, String field) {
        String t = cell(r, at, field).strip();
        if (t.isEmpty()) {
            throw new RowProblem("markets.reject.missing", where(at, m, field));
        }
        return t;
    }

    /** A number: a spreadsheet number as it is; text with the mapping's separators (1.234,5 or 1,234.5 or 1 234,5). */
    private static BigDecimal number(TableRow r, Map<String, Integer> at, ColumnMapping m, String field) {
        int i = at.get(field);
        Object c = i < r.cells().size() ? r.cells().get(i) : null;
        if (c instanceof BigDecimal d) {
            return d;
        }
        String t = c == null ? "" : ((String) c).strip();
        if (t.isEmpty()) {
            return null;
        }
        String s = t;
        char thousands = m.thousands();
        if (thousands == ' ') {
            s = s.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        } else if (thousands != 0) {
            s = s.replace(String.valueOf(thousands), "");
        }
        if (m.decimal() == ',') {
            s = s.replace(',', '.');
        }
        if (!s.matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw new RowProblem("markets.reject.number", where(at, m, field) + " = \"" + t + "\"");
        }
        return Cells.bounded(new BigDecimal(s), where(at, m, field), t);
    }

    static String text(Object cell) {
        return cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : (String) cell;
    }

    private static Table open(InputStream raw, int headerRow, char chosenDelimiter) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(TradeFileReader.SNIFF + 1);
        byte[] head = in.readNBytes(TradeFileReader.SNIFF);
        in.reset();
        if (head.length == 0) {
            throw new TradeFileRefused("markets.import.empty", "the file is empty", 0, "");
        }
        if (head.length > 3 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return xlsx(in);
        }
        if (binary(head)) {
            throw new TradeFileRefused("markets.mapping.not-text", "neither a text (CSV) file nor an XLSX workbook", 0, "");
        }
        return csv(in, head, headerRow, chosenDelimiter);
    }

    /** A NUL byte outside UTF-16 text, or a PNG/PDF/GIF/JPEG signature: not a CSV. */
    static boolean binary(byte[] head) {
        boolean utf16 = head.length > 1 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        if (utf16) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return head.length > 3 && ((head[0] == (byte) 0x89 && head[1] == 'P' && head[2] == 'N')
                || (head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F')
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xD8));
    }

    private static Table xlsx(InputStream in) throws IOException {
        Workbook book;
        try {
            book = new XSSFWorkbook(in);
        } catch (RuntimeException | IOException e) {
            throw new TradeFileRefused("markets.mapping.unreadable", "not a readable XLSX workbook: " + e.getMessage(), 0, "XLSX");
        }
        Sheet sheet = book.getSheetAt(0);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Iterator<Row> rows = sheet.iterator();
        return new Table() {
            public String encoding() {
                return "XLSX";
            }

            public String kind() {
                return "XLSX";
            }

            public Iterator<TableRow> rows() {
                return new Iterator<>() {
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    public TableRow next() {
                        Row row = rows.next();
                        List<Object> cells = new ArrayList<>();
                        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                            Cell c = row.getCell(i);
                            cells.add(c == null ? "" : value(c, formatter));
                        }
                        return new TableRow(row.getRowNum() + 1L, cells);
                    }
                };
            }

            public void close() throws IOException {
                book.close();
            }
        };
    }

    private static Object value(Cell c, DataFormatter formatter) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(c)) {
                LocalDateTime d = c.getLocalDateTimeCellValue();
                return "%d-%02d".formatted(d.getYear(), d.getMonthValue());
            }
            BigDecimal d = new BigDecimal(Double.toString(c.getNumericCellValue()));
            return d.scale() > 0 ? d.stripTrailingZeros() : d;
        }
        return formatter.formatCellValue(c);
    }

    /** The line the delimiter is counted on: the chosen header row (1-based) if the sample reaches it, else the first line. */
    static String headerLine(String text, int headerRow) {
        String[] lines = text.split("\r?\n", -1);
        int wanted = Math.max(1, headerRow);
        return wanted <= lines.length ? lines[wanted - 1] : lines[0];
    }

    private static Table csv(InputStream in, byte[] head, int headerRow, char chosenDelimiter) throws IOException {
        // the same detection as every trade file (review t2fixF: a Latin-1 CSV was read as Big5), on whole lines only
        DecodedText decoded = TradeFileEncoding.of(head.length == TradeFileReader.SNIFF ? TradeFileReader.upToLastLineBreak(head) : head);
        String text = decoded.text();
        String first = headerLine(text, headerRow);
        char delimiter = ',';
        int best = -1;
        for (char d : new char[] {',', ';', '\t', '|'}) {
            int n = (int) first.chars().filter(ch -> ch == d).count();
            if (n > best) {
                best = n;
                delimiter = d;
            }
        }
        if (chosenDelimiter != 0) {
            delimiter = chosenDelimiter; // the mapping's own (t2fixR): a header's commas cannot outcount it
        }
        if (decoded.encoding().contains("BOM")) {
            in.skipNBytes(decoded.charset().equals(java.nio.charset.StandardCharsets.UTF_8) ? 3 : 2);
        }
        CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(in, decoded.charset()))
                .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()).get();
        Iterator<CSVRecord> records = parser.iterator();
        String shown = decoded.encoding() + ", " + (delimiter == '\t' ? "tab" : String.valueOf(delimiter));
        return new Table() {
            public String encoding() {
                return shown;
            }

            public String kind() {
                return "CSV";
            }

            public Iterator<TableRow> rows() {
                return new Iterator<>() {
                    long number;

                    public boolean hasNext() {
                        try {
                            return records.hasNext();
                        } catch (UncheckedIOException e) {
                            throw new TradeFileRefused("markets.mapping.unreadable", "the CSV cannot be read after row " + number + ": "
                                    + e.getMessage(), number + 1, "CSV");
                        }
                    }

                    public TableRow next() {
                        CSVRecord r = records.next();
                        number++;
                        return new TableRow(number, new ArrayList<>(r.toList()));
                    }
                };
            }

            public void close() throws IOException {
                parser.close();
            }
        };
    }
}
