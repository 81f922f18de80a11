package org.tradedesk.clearance.messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tradedesk.shared.MessageText;

/**
 * An XLSX invoice line list (Apache POI): the first sheet, the first non-empty row as header (English or
 * Traditional Chinese names, {@link LineListColumns}), one line per following non-empty row. Numbers are
 * taken as the text Excel shows for the stored value ({@link NumberToTextConverter}), never through a
 * binary fraction. POI's zip-bomb guard (inflate ratio) applies; rows beyond {@link MessageLimits#MAX_LINES}
 * refuse the file.
 */
final class XlsxLineListReader {

    private XlsxLineListReader() {
    }

    static CapturedInvoice read(byte[] content) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (wb.getNumberOfSheets() == 0) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.no-header"), "sheet 1", "no sheet");
            }
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getLastRowNum() > MessageLimits.MAX_LINES + 1) {
                throw new UnreadableMessage(MessageText.of("clearance.document.too-many-lines",
                        MessageText.Arg.number(MessageLimits.MAX_LINES)), "sheet " + sheet.getSheetName(), "too many rows");
            }
            DataFormatter formatter = new DataFormatter();
            Map<Integer, LineListColumns.Column> columns = null;
            List<String> header = List.of();
            InvoiceBuilder inv = new InvoiceBuilder();
            String currency = null;
            boolean agrees = true;
            for (Row row : sheet) {
                List<String> values = values(row, formatter);
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String where = "sheet " + sheet.getSheetName() + ", row " + (row.getRowNum() + 1);
                if (columns == null) {
                    columns = LineListColumns.map(values, where);
                    header = values;
                    continue;
                }
                String c = LineListColumns.apply(inv.newLine(where), columns, header, values, where);
                if (c != null) {
                    agrees &= currency == null || currency.equals(c);
                    currency = currency == null ? c : currency;
                }
            }
            if (columns == null) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.no-header"), "sheet " + sheet.getSheetName(), "no header");
            }
            if (inv.lines.isEmpty()) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.no-lines"), "sheet " + sheet.getSheetName(), "no rows");
            }
            inv.currency = agrees ? currency : null;
            return inv.build("XLSX", false);
        } catch (UnreadableMessage e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a broken package or sheet with several runtime exception types
            throw new UnreadableMessage(MessageText.of("clearance.xlsx.malformed"), "", String.valueOf(e));
        }
    }

    private static List<String> values(Row row, DataFormatter formatter) {
        int last = Math.min(row.getLastCellNum(), MessageLimits.MAX_CSV_COLUMNS + 1);
        List<String> values = new ArrayList<>(Math.max(last, 0));
        for (int i = 0; i < last; i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : text(cell, formatter));
        }
        return values;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())).toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }
}
