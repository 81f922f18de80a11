package org.tradedesk.clearance.messages;

/**
 * The bounds every reader and writer of this package keeps, so no file costs unbounded time or memory:
 * a file larger than {@link #MAX_BYTES}, an invoice with more than {@link #MAX_LINES} lines, an XML tree
 * deeper than {@link #MAX_XML_DEPTH}, a single value longer than {@link #MAX_VALUE_CHARS} or a PDF with more
 * than {@link #MAX_PDF_PAGES} pages is refused with {@link UnreadableMessage}, never half-read.
 */
public final class MessageLimits {

    /** 20 MB: far above a real invoice or declaration (the 999-item CUSDEC is about 0.3 MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Invoice lines; a customs declaration has at most 999 items, an invoice rarely more than a few thousand lines. */
    public static final int MAX_LINES = 10_000;
    /** Declaration items (the ICS and the Taiwan single window both stop at 999). */
    public static final int MAX_ITEMS = 999;
    public static final int MAX_XML_DEPTH = 64;
    public static final int MAX_VALUE_CHARS = 10_000;
    public static final int MAX_CSV_COLUMNS = 100;
    public static final int MAX_PDF_PAGES = 50;
    /** EDIFACT segments in one interchange: 999 items × ~20 segments, with room. */
    public static final int MAX_SEGMENTS = 100_000;

    private MessageLimits() {
    }
}
