package org.tradedesk.reporting;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tradedesk.shared.LocalizedText;

/**
 * One sheet of an {@link XlsxWorkbook}. Rows are appended top to bottom; {@link XlsxRow#number()}
 * gives the 1-based row number to use in formulas. Column widths are in characters.
 */
public final class XlsxSheet {

    private final XlsxWorkbook book;
    private final XSSFSheet sheet;
    private int nextRow;

    XlsxSheet(XlsxWorkbook book, XSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
    }

    public String name() {
        return sheet.getSheetName();
    }

    /** Column widths in characters, from column A onwards. */
    public XlsxSheet columnWidths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            // POI counts width in 1/256 of a character; CJK glyphs are about two characters wide
            sheet.setColumnWidth(i, Math.min(255, Math.max(1, characters[i])) * 256);
        }
        return this;
    }

    /** A bold title line. */
    public XlsxRow title(String text) {
        return row(XlsxEmphasis.TITLE).text(text);
    }

    /** Appends an empty row (a spacer). */
    public XlsxSheet skip() {
        row();
        return this;
    }

    /** A header row with the labels as given. */
    public XlsxRow header(String... labels) {
        XlsxRow row = row(XlsxEmphasis.HEADER);
        for (String label : labels) {
            row.text(label);
        }
        return row;
    }

    /**
     * A bilingual header: one row in the reader's language, then a smaller row in the other
     * language (zh-TW readers see English under the Chinese label and the reverse), so a
     * worksheet passed to a customs broker abroad stays readable. Returns the second row.
     */
    public XlsxRow bilingualHeader(Locale reader, List<LocalizedText> labels) {
        Locale other = "zh".equals(reader.getLanguage()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
        XlsxRow first = row(XlsxEmphasis.HEADER);
        labels.forEach(label -> first.text(label.in(reader)));
        XlsxRow second = row(XlsxEmphasis.HEADER_SECONDARY);
        labels.forEach(label -> second.text(label.in(other)));
        return second;
    }

    /** Keeps every row up to and including {@code lastHeaderRow} (1-based) visible while scrolling. */
    public XlsxSheet freezeRowsThrough(int lastHeaderRow) {
        sheet.createFreezePane(0, lastHeaderRow);
        return this;
    }

    /** Appends a normal row. */
    public XlsxRow row() {
        return row(XlsxEmphasis.NORMAL);
    }

    public XlsxRow row(XlsxEmphasis emphasis) {
        return new XlsxRow(book, this, sheet.createRow(nextRow++), emphasis);
    }

    /** The 1-based number the next appended row will have. */
    public int nextRowNumber() {
        return nextRow + 1;
    }

    /** A reference to a cell of this sheet usable from another sheet: {@code 'Option A'!$D$7}. */
    public String absoluteRef(int columnIndex, int rowNumber) {
        return new CellReference(sheet.getSheetName(), rowNumber - 1, columnIndex, true, true).formatAsString();
    }

    /** An absolute reference within this sheet, which formulas copied down the rows keep: {@code $C$3}. */
    public static String absoluteLocalRef(int columnIndex, int rowNumber) {
        return new CellReference(rowNumber - 1, columnIndex, true, true).formatAsString();
    }

    /** A relative reference within this sheet: {@code D7}. */
    public static String ref(int columnIndex, int rowNumber) {
        return CellReference.convertNumToColString(columnIndex) + rowNumber;
    }

    /** A range within this sheet: {@code D3:D20}. */
    public static String range(int columnIndex, int firstRow, int lastRow) {
        return ref(columnIndex, firstRow) + ":" + ref(columnIndex, lastRow);
    }

    /** A range of this sheet usable from another sheet: {@code 'Option A'!$D$3:$D$20}. */
    public String absoluteRange(int columnIndex, int firstRow, int lastRow) {
        return absoluteRef(columnIndex, firstRow) + ":" + new CellReference(lastRow - 1, columnIndex, true, true).formatAsString();
    }

    XSSFSheet poi() {
        return sheet;
    }
}
