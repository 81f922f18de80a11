package org.tradedesk.tariff.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.tradedesk.tariff.domain.MeasureType;
import org.tradedesk.tariff.domain.NodeLevel;
import org.tradedesk.tariff.domain.ScheduleData;
import org.tradedesk.tariff.domain.TwDutyRateParser;

/**
 * Reads the Taiwan customs import tariff in the layout of the customs portal's download
 * ({@code 海關進口稅則資料YYYY.xls}, legacy BIFF) and the hierarchy files {@code note_8_C.txt} /
 * {@code note_8_E.txt}. The header row must be exactly the published one; a file whose header differs
 * is refused as a whole, naming what was expected.
 */
public final class TwTariffReader {

    /** The header row of the official download, in order. */
    public static final List<String> HEADER = List.of("貨品分類號列", "中文貨名", "英文貨名", "第一欄稅率", "第二欄稅率",
            "第三欄稅率", "統計數量單位", "統計重量單位", "稽徵規定", "輸入規定", "輸出規定");

    private TwTariffReader() {
    }

    public static ScheduleData read(InputStream xls, InputStream noteChinese, InputStream noteEnglish, IntConsumer progress) {
        ScheduleData data = new ScheduleData();
        Map<String, String> zh = noteChinese == null ? Map.of() : readNote(noteChinese);
        Map<String, String> en = noteEnglish == null ? Map.of() : readNote(noteEnglish);
        Map<String, Boolean> codes = new LinkedHashMap<>();
        zh.keySet().forEach(c -> codes.put(c, true));
        en.keySet().forEach(c -> codes.put(c, true));
        for (String code : codes.keySet()) {
            NodeLevel level = code.startsWith("S") ? NodeLevel.SECTION : NodeLevel.ofDigits(code.length());
            data.addNode(new ScheduleData.Node(code, level, null, null, en.get(code), zh.get(code), null, null, null, null));
        }
        progress.accept(10);
        try (HSSFWorkbook book = new HSSFWorkbook(xls)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            checkHeader(sheet.getRow(sheet.getFirstRowNum()), fmt);
            int last = sheet.getLastRowNum();
            for (int r = sheet.getFirstRowNum() + 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null || fmt.formatCellValue(row.getCell(0)).isBlank()) {
                    continue;
                }
                readRow(row, r + 1, fmt, data);
                if (r % 50 == 0) {
                    progress.accept(10 + 85 * r / Math.max(1, last));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            // the reader's words ("Invalid header signature; read 0x7470…") go to the log, not to the user
            // a wrong file is the user's everyday mistake, not a fault: one line, the trace only when debugging
            org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TwTariffReader.class);
            log.info("Taiwan tariff file unreadable: {}", e.toString());
            log.debug("Taiwan tariff file unreadable", e);
            throw ImportRejected.because("tariff.import.tw.unreadable",
                    "not a legacy Excel (.xls, BIFF8) workbook of the Taiwan tariff: open it in a spreadsheet and save it as "
                            + "\"Excel 97-2003 (.xls)\", as the customs portal publishes it");
        }
        progress.accept(95);
        return data;
    }

    private static void checkHeader(Row header, DataFormatter fmt) {
        for (int i = 0; i < HEADER.size(); i++) {
            String found = header == null ? "" : fmt.formatCellValue(header.getCell(i)).trim();
            if (!HEADER.get(i).equals(found)) {
                throw ImportRejected.because("tariff.import.tw.header",
                        "header column " + (i + 1) + " is '" + found + "', expected '" + HEADER.get(i)
                                + "'; the header row must be exactly: " + String.join(", ", HEADER));
            }
        }
    }

    private static void readRow(Row row, int rowNumber, DataFormatter fmt, ScheduleData data) {
        data.rowRead();
        String[] c = new String[HEADER.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = fmt.formatCellValue(row.getCell(i)).trim();
        }
        String where = "row " + rowNumber;
        String code = code(row.getCell(0), c[0]);
        if (!code.matches("\\d{11}")) {
            data.reject(where, c[0], "tariff.import.reject.tw-code", "貨品分類號列 must be an 11-digit CCC code");
            return;
        }
        if (c[1].isEmpty() && c[2].isEmpty()) {
            data.reject(where + " " + code, "", "tariff.import.reject.tw-no-name", "neither 中文貨名 nor 英文貨名 is given");
            return;
        }
        String column1;
        List<TwDutyRateParser.PartnerRate> column2;
        String column3;
        try {
            column1 = TwDutyRateParser.parse(c[3]);
            if (column1 == null) {
                throw new IllegalArgumentException("第一欄稅率 is empty");
            }
        } catch (IllegalArgumentException e) {
            reject(data, where, code, c[3], "第一欄稅率", 1, e);
            return;
        }
        try {
            column2 = TwDutyRateParser.parsePartners(c[4]);
        } catch (IllegalArgumentException e) {
            reject(data, where, code, c[4], "第二欄稅率", 2, e);
            return;
        }
        try {
            column3 = TwDutyRateParser.parse(c[5]);
        } catch (IllegalArgumentException e) {
            reject(data, where, code, c[5], "第三欄稅率", 3, e);
            return;
        }
        String unit = !c[6].isEmpty() ? c[6] : c[7].isEmpty() ? null : c[7];
        data.addNode(new ScheduleData.Node(code, NodeLevel.STATISTICAL, code.substring(8, 10), unit,
                c[2].isEmpty() ? null : c[2], c[1].isEmpty() ? null : c[1], c[3], blankToNull(c[8]),
                blankToNull(c[9]), blankToNull(c[10])));
        data.rateRead(true);
        data.addMeasure(new ScheduleData.Measure(code, MeasureType.GENERAL, "第一欄 column I", null, ScheduleData.OPEN_START,
                null, column1, c[3], "column I"));
        for (TwDutyRateParser.PartnerRate p : column2) {
            for (String partner : p.partners()) {
                data.addMeasure(new ScheduleData.Measure(code, MeasureType.PREFERENTIAL, partner, partner,
                        ScheduleData.OPEN_START, null, p.expression(), c[4], "column II",
                        org.tradedesk.tariff.domain.PublishedParties.of(partner)));
            }
        }
        if (column3 != null) {
            data.addMeasure(new ScheduleData.Measure(code, MeasureType.NON_MFN, "第三欄 column III", null,
                    ScheduleData.OPEN_START, null, column3, c[5], "column III"));
        }
        data.rowImported();
    }

    /**
     * The CCC code as text. Opened and saved again in a spreadsheet, the column often turns numeric and a
     * code of chapters 01–09 loses its leading zero (9023000002 for 09023000002): such a number is given
     * its zeros back; a text cell is taken as written, without the dots or spaces some copies carry.
     */
    private static String code(org.apache.poi.ss.usermodel.Cell cell, String formatted) {
        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            String digits = new java.math.BigDecimal(cell.getNumericCellValue()).toPlainString();
            return digits.length() == 10 ? "0" + digits : digits;
        }
        return formatted.replaceAll("[\\s.-]", "");
    }

    private static void reject(ScheduleData data, String where, String code, String text, String column, int columnNumber,
            IllegalArgumentException e) {
        data.rateRead(false);
        data.reject(where + " " + code, text, "tariff.import.reject.tw-rate." + columnNumber, column + ": " + e.getMessage(), e.getMessage());
    }

    /**
     * The hierarchy file: a fixed 9-character code column, then the description; a line with a blank
     * code column continues the description above; dash markers (─) are presentation only.
     */
    static Map<String, String> readNote(InputStream in) {
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            String current = null;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String codePart = line.length() >= 9 ? line.substring(0, 9).trim() : line.trim();
                // the description may start with dash markers and ideographic spaces (U+3000), presentation only
                String text = line.length() > 9 ? line.substring(9).replaceAll("^[\\s\\u3000─－-]+", "").replaceAll("[\\s\\u3000]+$", "") : "";
                if (codePart.isEmpty()) {
                    if (current == null) {
                        throw ImportRejected.because("tariff.import.tw.note", "note file line " + n + ": continuation before any code");
                    }
                    out.merge(current, text, (a, b) -> a + (a.matches(".*[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]$") ? "" : " ") + b);
                    continue;
                }
                if (!codePart.matches("\\d{2}|\\d{4,6}|\\d{8}|S\\d{2}")) {
                    throw ImportRejected.because("tariff.import.tw.note",
                            "note file line " + n + ": '" + codePart + "' is not a code of 2, 4, 5, 6 or 8 digits or a section S01–S21");
                }
                current = codePart;
                out.put(codePart, text);
            }
        } catch (IOException e) {
            throw ImportRejected.because("tariff.import.tw.note", "note file cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
