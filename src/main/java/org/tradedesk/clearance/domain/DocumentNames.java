package org.tradedesk.clearance.domain;

import java.time.LocalDate;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * A document named as the client knows it (review of issue 8: the client query showed "document 12 of the file", our
 * database id): its type and its own number and date ("Commercial invoice INV-2026-014 of 3 Mar 2026"), else the name of
 * the file it came in, else its date, else its type alone. Never the id.
 */
public final class DocumentNames {

    private DocumentNames() {
    }

    public static Arg of(CheckedFile.Document d) {
        Arg type = Arg.code("clearance.document.type." + d.type());
        String number = d.invoice() == null ? null : d.invoice().invoiceNumber();
        LocalDate date = d.invoice() != null && d.invoice().issueDate() != null ? d.invoice().issueDate() : d.issuedOn();
        MessageText name;
        if (present(number)) {
            name = date == null ? MessageText.of("clearance.document.named.number", type, Arg.literal(number.strip()))
                    : MessageText.of("clearance.document.named.number-date", type, Arg.literal(number.strip()), Arg.date(date));
        } else if (present(d.fileName())) {
            name = MessageText.of("clearance.document.named.file", type, Arg.literal(d.fileName().strip()));
        } else if (date != null) {
            name = MessageText.of("clearance.document.named.date", type, Arg.date(date));
        } else {
            name = MessageText.of("clearance.document.named.type", type);
        }
        return Arg.message(name);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * A document told apart from its copy (T4 review F13: 「商業發票 12115118（2015/01/09）與商業發票 12115118（2015/01/09）」 — two
     * identical names, so the client could not tell which upload to drop): its name as {@link #of}, then its number in the
     * file (the document set names its files by it), how it was read (UBL XML, EDIFACT INVOIC…) and the name of its file.
     */
    public static Arg distinct(CheckedFile.Document d) {
        Arg format = d.invoice() == null ? Arg.code("clearance.capture.format.NONE") : captureFormat(d.invoice().format());
        return Arg.message(present(d.fileName())
                ? MessageText.of("clearance.document.named.copy", of(d), Arg.literal(String.valueOf(d.id())), format,
                        Arg.literal(d.fileName().strip()))
                : MessageText.of("clearance.document.named.copy-typed", of(d), Arg.literal(String.valueOf(d.id())), format));
    }

    /** How a capture was made in the reader's language (MANUAL → 人工輸入, EDIFACT_INVOIC_D96A → UN/EDIFACT INVOIC D96A). */
    public static Arg captureFormat(String format) {
        if (format == null) {
            return Arg.literal("-");
        }
        if (format.startsWith("EDIFACT_INVOIC_")) {
            return Arg.message(MessageText.of("clearance.capture.format.EDIFACT_INVOIC", Arg.literal(format.substring("EDIFACT_INVOIC_".length()))));
        }
        return java.util.Set.of("MANUAL", "UBL", "CII", "CSV", "XLSX", "PDF_TEXT").contains(format)
                ? Arg.code("clearance.capture.format." + format) : Arg.literal(format);
    }
}
