package org.tradedesk.reporting;

import org.tradedesk.shared.TradedeskException;

/**
 * A document could not be produced: a missing font, a malformed template, an invalid sheet layout. Always the product's
 * fault ({@link Kind#FAULT}, a 5xx): the reader gets the bundle's text in their language, the log the cause (review r-t2b).
 */
public class ReportingException extends TradedeskException {

    private ReportingException(Kind kind, String messageCode, String message, Throwable cause, Object... arguments) {
        super(kind, messageCode, message, arguments);
        if (cause != null) {
            initCause(cause);
        }
    }

    /** A font file that must ship inside the application is not on the class path. */
    public static ReportingException fontMissing(String resource) {
        return new ReportingException(Kind.FAULT, "reporting.font.missing",
                "the PDF font " + resource + " is missing from the application (expected on the class path under "
                        + "src/main/resources/" + resource + "); Chinese text cannot be rendered without it",
                null, resource);
    }

    /** The HTML handed to the PDF renderer is not well-formed XHTML. */
    public static ReportingException malformedXhtml(String source, int line, int column, String reason, Throwable cause) {
        return new ReportingException(Kind.FAULT, "reporting.xhtml.malformed",
                "the document " + source + " is not well-formed XHTML at line " + line + ", column " + column + ": " + reason,
                cause, source, line, column);
    }

    /** The PDF engine failed on otherwise valid input. */
    public static ReportingException renderingFailed(String source, Throwable cause) {
        return new ReportingException(Kind.FAULT, "reporting.pdf.failed",
                "the PDF for " + source + " could not be rendered: " + cause.getMessage(), cause, source);
    }

    /** A workbook layout rule was broken (sheet name, duplicate sheet, formula syntax...). */
    public static ReportingException invalidWorkbook(String where, String reason) {
        return new ReportingException(Kind.FAULT, "reporting.xlsx.invalid",
                "invalid workbook at " + where + ": " + reason, null, where, reason);
    }
}
