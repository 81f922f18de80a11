package org.tradedesk.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;

/**
 * One row being filled left to right. Each typed method writes the next cell and returns the
 * row, so a line reads as {@code row.text("Duty").amount(duty, 0).formula("C5*D5", amount(0))}.
 */
public final class XlsxRow {

    private final XlsxWorkbook book;
    private final XlsxSheet sheet;
    private final XSSFRow row;
    private final XlsxEmphasis emphasis;
    private int nextColumn;

    XlsxRow(XlsxWorkbook book, XlsxSheet sheet, XSSFRow row, XlsxEmphasis emphasis) {
        this.book = book;
        this.sheet = sheet;
        this.row = row;
        this.emphasis = emphasis;
    }

    /** The 1-based row number, as formulas write it. */
    public int number() {
        return row.getRowNum() + 1;
    }

    /** The 0-based index of the next cell this row will write. */
    public int nextColumn() {
        return nextColumn;
    }

    /** A reference to a cell of this row: {@code ref(3)} on row 7 is {@code D7}. */
    public String ref(int columnIndex) {
        return XlsxSheet.ref(columnIndex, number());
    }

    /** The most characters Excel holds in one cell (POI throws past it); a writer with more says so in its own words. */
    public static final int MAX_CELL_TEXT = 32_767;

    public XlsxRow text(String value) {
        XSSFCell cell = next(XlsxFormat.text(), false);
        if (value != null) {
            cell.setCellValue(fitting(value));
        }
        return this;
    }

    /** Text that wraps inside its column (long legal references, remarks). */
    public XlsxRow wrappedText(String value) {
        XSSFCell cell = next(XlsxFormat.text(), true);
        if (value != null) {
            cell.setCellValue(fitting(value));
        }
        return this;
    }

    /** A text past Excel's cell limit is cut with an ellipsis rather than making the whole workbook fail. */
    static String fitting(String value) {
        return value.length() <= MAX_CELL_TEXT ? value : value.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    /** An amount shown with {@code decimals} decimals; {@code null} leaves the cell empty. */
    public XlsxRow amount(BigDecimal value, int decimals) {
        return number(value, XlsxFormat.amount(decimals));
    }

    /** A number in the given format; see {@link XlsxWorkbook} on why the double underneath is safe. */
    public XlsxRow number(BigDecimal value, XlsxFormat format) {
        XSSFCell cell = next(format, false);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    /** A rate given as a fraction (0.05), shown as a percentage (5.00%). */
    public XlsxRow percent(BigDecimal fraction, int decimals) {
        return number(fraction, XlsxFormat.percent(decimals));
    }

    public XlsxRow date(LocalDate value) {
        return date(value, XlsxFormat.date());
    }

    /** A date shown in the reader's format ({@link XlsxFormat#date(java.util.Locale)}). */
    public XlsxRow date(LocalDate value, java.util.Locale reader) {
        return date(value, XlsxFormat.date(reader));
    }

    private XlsxRow date(LocalDate value, XlsxFormat format) {
        XSSFCell cell = next(format, false);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /**
     * A live formula, written without the leading {@code =} (e.g. {@code SUM(D3:D20)}). A
     * formula the parser rejects fails here, naming the sheet and cell.
     */
    public XlsxRow formula(String formula, XlsxFormat format) {
        XSSFCell cell = next(format, false);
        try {
            cell.setCellFormula(formula);
        } catch (FormulaParseException | IllegalArgumentException e) {
            throw ReportingException.invalidWorkbook(sheet.name() + "!" + ref(cell.getColumnIndex()),
                    "formula " + formula + " is not valid: " + e.getMessage());
        }
        return this;
    }

    /** Leaves the next cell empty (styled like the row). */
    public XlsxRow blank() {
        next(XlsxFormat.text(), false);
        return this;
    }

    /** Jumps to a column (0-based), leaving the cells in between empty. */
    public XlsxRow at(int columnIndex) {
        if (columnIndex < nextColumn) {
            throw ReportingException.invalidWorkbook(sheet.name() + "!" + ref(columnIndex),
                    "cells are written left to right; column " + columnIndex + " is already behind");
        }
        while (nextColumn < columnIndex) {
            blank();
        }
        return this;
    }

    private XSSFCell next(XlsxFormat format, boolean wrap) {
        XSSFCell cell = row.createCell(nextColumn++);
        cell.setCellStyle(book.style(format, emphasis, wrap));
        return cell;
    }
}
