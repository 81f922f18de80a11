package org.tradedesk.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds one XLSX workbook: sheets, header rows, typed cells and live formulas, then
 * {@link #toBytes()}.
 *
 * <p>Numbers: POI (like Excel itself) stores every numeric cell as an IEEE 754 double. An amount
 * arrives here as {@link java.math.BigDecimal} and is converted once, when the cell is written; a
 * double holds 15 significant digits exactly, so any amount below 10<sup>13</sup> with two
 * decimals is shown without loss through the cell's fixed-decimals format. The authoritative
 * figure stays the calculation's BigDecimal: the workbook is a view that recomputes its totals
 * with formulas, and {@link XlsxFormulas#rounded} applies the law's rounding in the spreadsheet.
 *
 * <p>Formulas are evaluated once before writing so viewers that do not calculate (previews, mail
 * clients) show the values, and the workbook is flagged to recalculate fully when opened, so the
 * spreadsheet program recomputes them itself. Not thread-safe: one builder per document.
 */
public final class XlsxWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private boolean written;

    private XlsxWorkbook() {
    }

    public static XlsxWorkbook create() {
        return new XlsxWorkbook();
    }

    /** Adds a sheet; the name must satisfy Excel's rules (1–31 characters, none of {@code []:*?/\}) and be unique. */
    public XlsxSheet sheet(String name) {
        try {
            WorkbookUtil.validateSheetName(name);
        } catch (IllegalArgumentException e) {
            throw ReportingException.invalidWorkbook("sheet \"" + name + "\"", e.getMessage());
        }
        if (workbook.getSheet(name) != null) {
            throw ReportingException.invalidWorkbook("sheet \"" + name + "\"",
                    "a sheet with this name (ignoring case) already exists");
        }
        return new XlsxSheet(this, workbook.createSheet(name));
    }

    /**
     * Sets the document's title and language in its properties, shown by file managers and
     * screen readers.
     */
    public XlsxWorkbook properties(String title, Locale language) {
        workbook.getProperties().getCoreProperties().setTitle(title);
        workbook.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language.toLanguageTag());
        return this;
    }

    /**
     * Evaluates all formulas (cached results), flags full recalculation on open and returns the
     * file. Releases the workbook: call it once.
     */
    public byte[] toBytes() {
        if (written) {
            throw ReportingException.invalidWorkbook("toBytes", "the workbook was already written and released");
        }
        written = true;
        try {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        } catch (FormulaParseException | IllegalStateException | IllegalArgumentException e) {
            throw ReportingException.invalidWorkbook("formula evaluation", e.getMessage());
        }
        workbook.setForceFormulaRecalculation(true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024); workbook) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing an in-memory workbook", e);
        }
    }

    XSSFWorkbook poi() {
        return workbook;
    }

    /** One style per (format, emphasis, wrap): POI workbooks hold at most 64,000 styles, so they are shared. */
    CellStyle style(XlsxFormat format, XlsxEmphasis emphasis, boolean wrap) {
        String key = format.pattern() + '|' + emphasis + '|' + wrap;
        return styles.computeIfAbsent(key, k -> newStyle(format, emphasis, wrap));
    }

    private CellStyle newStyle(XlsxFormat format, XlsxEmphasis emphasis, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern()));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(wrap);
        XSSFFont font = workbook.createFont();
        font.setFontName("Arial");
        font.setFontHeightInPoints((short) 10);
        switch (emphasis) {
            case TITLE -> {
                font.setBold(true);
                font.setFontHeightInPoints((short) 13);
            }
            case HEADER -> {
                font.setBold(true);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setWrapText(true);
            }
            case HEADER_SECONDARY -> {
                font.setFontHeightInPoints((short) 8);
                font.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setBorderBottom(BorderStyle.THIN);
                style.setWrapText(true);
            }
            case TOTAL -> {
                font.setBold(true);
                style.setBorderTop(BorderStyle.THIN);
            }
            case NOTE -> {
                font.setItalic(true);
                font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            }
            case NORMAL -> {
                // defaults
            }
        }
        style.setFont(font);
        return style;
    }
}
