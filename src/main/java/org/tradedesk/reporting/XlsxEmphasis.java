package org.tradedesk.reporting;

/** The visual role of a row; each maps to one font, fill and border set shared by the whole workbook. */
public enum XlsxEmphasis {
    /** Ordinary data. */
    NORMAL,
    /** A sheet title above the table. */
    TITLE,
    /** The column header in the reader's language. */
    HEADER,
    /** The same header in the other language, smaller and grey, under {@link #HEADER}. */
    HEADER_SECONDARY,
    /** A total or subtotal: bold with a rule above. */
    TOTAL,
    /** A footnote or remark: italic, grey. */
    NOTE
}
