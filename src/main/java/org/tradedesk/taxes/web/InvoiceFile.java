package org.tradedesk.taxes.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.tradedesk.platform.importing.CsvTable;
import org.tradedesk.platform.importing.DecodedText;

/**
 * Reads an uploaded invoice, one row per line, from CSV (comma-separated, double quotes
 * around text with commas; UTF-8 with or without a byte-order mark, UTF-16 with one, or Big5 —
 * the encoding is detected and reported) or XLSX (first sheet). The first row names the columns, in any order:
 * {@link #COLUMNS}; {@code description} and {@code value} are required. {@code draught} (UK draught relief, a
 * container of at least 20 litres) is a yes/no cell: empty, no, false, 0 or 否 is no claim; yes, true, 1 or 是 a claim
 * (an XLSX TRUE/FALSE cell reads as true/false). Every problem is collected
 * with its row number (as a spreadsheet shows it, the header being row 1) and column, so a user
 * fixes the file in one go.
 */
final class InvoiceFile {

    static final List<String> COLUMNS = List.of("description", "tariffCode", "origin", "value", "quantity", "unit",
            "netMassKg", "litres", "alcoholByVolume", "measures", "optionScheme", "optionReference", "optionDuty", "retailPrice", "annualProductionHl", "draught");
    private static final List<String> NUMBERS = List.of("value", "quantity", "netMassKg", "litres", "alcoholByVolume", "retailPrice", "annualProductionHl");
    static final int MAX_ROWS = org.tradedesk.platform.validation.Bounds.MAX_BATCH_ROWS;

    /** A problem of the file: row 0 is the file as a whole. */
    record Problem(int row, String field, MessageText message) {

        Problem(int row, String field, String code, Arg... args) {
            this(row, field, MessageText.of(code, args));
        }
    }

    /** The lines read, with the file row each came from, and how the file was read ({@code UTF-8}, {@code Big5}, {@code XLSX}). */
    record Parsed(List<QuotationForm.LineForm> lines, List<Integer> rows, List<Problem> problems, String encoding,
            boolean encodingDetected) {

        Parsed(List<QuotationForm.LineForm> lines, List<Integer> rows, List<Problem> problems) {
            this(lines, rows, problems, null, false);
        }

        Parsed readAs(String how, boolean detected) {
            return new Parsed(lines, rows, problems, how, detected);
        }
    }

    private InvoiceFile() {
    }

    static Parsed read(String fileName, byte[] content) {
        boolean workbook = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (workbook) {
            return readTable(fileName, content, true).readAs("XLSX", false);
        }
        DecodedText text = DecodedText.of(content);
        return readTable(fileName, content, false).readAs(text.encoding(), text.detected());
    }

    private static Parsed readTable(String fileName, byte[] content, boolean workbook) {
        List<List<String>> table;
        try {
            table = workbook ? xlsx(content) : csv(content);
        } catch (CsvTable.Malformed e) {
            return new Parsed(List.of(), List.of(), List.of(new Problem(0, "file", "taxes.batch.reason.csv-malformed", Arg.literal(e.line()))));
        } catch (IOException | RuntimeException e) {
            // the reader's own message ("Can't open workbook - unsupported file type: UNKNOWN") helps nobody at the desk
            org.slf4j.LoggerFactory.getLogger(InvoiceFile.class).info("invoice file {} unreadable", fileName, e);
            boolean xlsx = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
            return new Parsed(List.of(), List.of(), List.of(new Problem(0, "file", xlsx
                    ? "taxes.batch.reason.xlsx-unreadable" : "taxes.batch.reason.csv-unreadable")));
        }
        List<Problem> problems = new ArrayList<>();
        if (table.isEmpty()) {
            return new Parsed(List.of(), List.of(), List.of(new Problem(0, "file", "taxes.batch.reason.empty")));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = table.get(0);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim();
            String known = COLUMNS.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (known != null) {
                columns.put(known, c);
            } else if (!name.isEmpty()) {
                problems.add(new Problem(1, name, "taxes.batch.reason.column-unknown", Arg.literal(name), Arg.literal(String.join(", ", COLUMNS))));
            }
        }
        for (String required : List.of("description", "value")) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(1, required, "taxes.batch.reason.column-missing", Arg.literal(required)));
            }
        }
        if (table.size() - 1 > MAX_ROWS) {
            problems.add(new Problem(0, "file", "taxes.batch.reason.too-many-rows", Arg.number(MAX_ROWS)));
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), List.of(), problems);
        }
        List<QuotationForm.LineForm> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = r + 1;
            Map<String, String> v = new LinkedHashMap<>();
            columns.forEach((name, c) -> v.put(name, c < cells.size() ? unquoted(cells.get(c).trim()) : ""));
            Map<String, BigDecimal> n = new LinkedHashMap<>();
            for (String name : NUMBERS) {
                String text = v.getOrDefault(name, "");
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    n.put(name, new BigDecimal(text.replace(",", "")));
                } catch (NumberFormatException e) {
                    problems.add(new Problem(rowNumber, name, "taxes.batch.reason.not-a-number", Arg.literal(text)));
                }
            }
            Boolean draught = null;
            String draughtText = v.getOrDefault("draught", "");
            if (!draughtText.isEmpty()) {
                draught = yesNo(draughtText);
                if (draught == null) {
                    problems.add(new Problem(rowNumber, "draught", "taxes.batch.reason.not-yes-no", Arg.literal(draughtText)));
                }
            }
            if (v.getOrDefault("description", "").isEmpty()) {
                problems.add(new Problem(rowNumber, "description", "taxes.batch.reason.required"));
            }
            if (v.getOrDefault("value", "").isEmpty()) {
                problems.add(new Problem(rowNumber, "value", "taxes.batch.reason.required"));
            }
            lines.add(new QuotationForm.LineForm(v.get("description"), v.getOrDefault("tariffCode", ""),
                    v.getOrDefault("origin", "").toUpperCase(Locale.ROOT), n.get("value"), n.get("quantity"),
                    v.getOrDefault("unit", ""), n.get("netMassKg"), n.get("litres"), n.get("alcoholByVolume"),
                    v.getOrDefault("measures", ""), v.getOrDefault("optionScheme", ""), v.getOrDefault("optionDuty", ""), "",
                    v.getOrDefault("optionReference", ""), n.get("retailPrice"), n.get("annualProductionHl"),
                    Boolean.TRUE.equals(draught) ? Boolean.TRUE : null));
            rows.add(rowNumber);
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "file", "taxes.batch.reason.no-lines"));
        }
        return new Parsed(lines, rows, problems);
    }

    /** A yes/no cell as true or false, or null when it is neither. */
    static Boolean yesNo(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "是" -> Boolean.TRUE;
            case "no", "n", "false", "0", "否" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** RFC 4180 CSV in whatever encoding {@link DecodedText} finds (Commons CSV reads it). */
    static List<List<String>> csv(byte[] content) {
        return CsvTable.read(content).rows();
    }

    private static List<List<String>> xlsx(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            cells.add("");
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            // the shortest text that reads back as the cell's double, as Excel shows it
                            cells.add(NumberToTextConverter.toText(cell.getNumericCellValue()));
                        } else {
                            cells.add(formatter.formatCellValue(cell));
                        }
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * Lines as an invoice file this reader reads back to the same lines (RFC 4180, UTF-8, the header naming
     * {@link #COLUMNS}): a saved calculation too long for the form goes on through the batch upload with every line kept.
     * What a line holds without a column is not carried: {@link #notCarried} names it on the page offering the file.
     */
    static String csv(List<QuotationForm.LineForm> lines) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (QuotationForm.LineForm l : lines) {
            List<Object> cells = java.util.Arrays.asList(l.description(), l.tariffCode(), l.origin(), l.value(), l.quantity(), l.unit(),
                    l.netMassKg(), l.litres(), l.alcoholByVolume(), l.measures(), l.optionScheme(), l.optionReference(), l.optionDuty(),
                    l.retailPrice(), l.annualProductionHl(), Boolean.TRUE.equals(l.draught()) ? "yes" : "");
            out.append(cells.stream().map(InvoiceFile::cell).collect(java.util.stream.Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /**
     * What each of these lines holds that {@link #csv} has no column for, so that the page offering the file says so
     * (a line's own label, "line 3, Sucrose content %", in the reader's language): duty options after the first, the
     * first option's requirements, the line's scheme, sucrose and soluble-solids contents, the fuel-efficiency claim.
     */
    static List<MessageText> notCarried(List<org.tradedesk.taxes.TaxRequestLine> lines) {
        List<MessageText> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            org.tradedesk.taxes.TaxRequestLine l = lines.get(i);
            String at = "lines[" + i + "].";
            if (l.options() != null && l.options().size() > 1) {
                out.add(MessageText.of("taxes.page.batch.not-carried.options", Arg.literal(i + 1), Arg.number(l.options().size() - 1)));
            }
            if (l.options() != null && !l.options().isEmpty() && l.options().get(0).requires() != null
                    && !l.options().get(0).requires().isBlank()) {
                out.add(org.tradedesk.taxes.FieldLabel.of(at + "optionRequires"));
            }
            if (l.scheme() != null && !l.scheme().isBlank() && !"GENERAL".equalsIgnoreCase(l.scheme().strip())) {
                out.add(org.tradedesk.taxes.FieldLabel.of(at + "lineScheme"));
            }
            if (l.sucrosePercent() != null) {
                out.add(org.tradedesk.taxes.FieldLabel.of(at + "sucrosePercent"));
            }
            if (l.totalSolubleSolidsPercent() != null) {
                out.add(org.tradedesk.taxes.FieldLabel.of(at + "totalSolubleSolidsPercent"));
            }
            if (Boolean.TRUE.equals(l.fuelEfficient())) {
                out.add(org.tradedesk.taxes.FieldLabel.of(at + "fuelEfficient"));
            }
        }
        return out;
    }

    /**
     * A text cell a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or carriage
     * return first; OWASP "CSV injection"), possibly behind apostrophes already: {@link #csv} writes it behind one more
     * apostrophe, which the spreadsheet shows as text and {@link #read} takes off again, so the round trip is exact.
     * Numbers are written as they are: {@code -5} in a number column is a number, not a formula.
     */
    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("'*[=+\\-@\t\r].*", java.util.regex.Pattern.DOTALL);

    /** A cell as read: one apostrophe {@link #cell} put before formula-like text taken off. */
    static String unquoted(String text) {
        return text.startsWith("'") && FORMULA.matcher(text.substring(1)).matches() ? text.substring(1) : text;
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value instanceof BigDecimal n ? n.toPlainString() : value.toString();
        if (!(value instanceof BigDecimal) && FORMULA.matcher(text).matches()) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*") || text.startsWith(" ") || text.endsWith(" ")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static String sampleCsv() {
        return String.join(",", COLUMNS) + "\n"
                + "\"Used passenger car, 3.0 L\",8703.23,DE,25000,1,pcs,1800,,,duty=17.5%; commodityTax=30%,,,\n"
                + "Car parts,8708.99,DE,1200,10,pcs,120,,,duty=10%,,,\n";
    }
}
