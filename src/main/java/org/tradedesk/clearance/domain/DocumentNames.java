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

    /**
     * How every text a user reads names a document of the file (issue 8: "document 8 of the file", "Document 8 is already
     * withdrawn" gave our database id): its kind and its own number when it has one ("Commercial invoice INV-2024-001" /
     * 「商業發票 INV-2024-001」), else its kind, the name of the file it was uploaded in (the client knows that name, not our
     * order of upload) and its place among the file's documents in the order they were added
     * ("Packing list packing-KHH.pdf (2nd document of the file)" / 「裝箱單 packing-KHH.pdf（案件第 2 份文件）」; withdrawn ones
     * keep their place, so the name a history line recorded still holds), else its kind and place
     * ("Packing list (2nd document of the file)", captured data without a file), else its kind and file name, else its kind
     * alone ({@code position} 0: not known).
     */
    public static MessageText reference(String type, String ownNumber, String fileName, int position) {
        Arg kind = Arg.code("clearance.document.type." + type);
        if (present(ownNumber)) {
            return MessageText.of("clearance.document.named.number", kind, Arg.literal(ownNumber.strip()));
        }
        if (present(fileName)) {
            return position > 0
                    ? MessageText.of("clearance.document.named.file-position", kind, Arg.literal(fileName.strip()), ordinal(position))
                    : MessageText.of("clearance.document.named.number", kind, Arg.literal(fileName.strip()));
        }
        if (position > 0) {
            return MessageText.of("clearance.document.named.position", kind, ordinal(position));
        }
        return MessageText.of("clearance.document.named.type", kind);
    }

    /** {@link #reference(String, String, String, int)} of a document whose file's name is not known. */
    public static MessageText reference(String type, String ownNumber, int position) {
        return reference(type, ownNumber, null, position);
    }

    /** Whether {@code name} (as {@link #reference} gave it) already says the file's name (then no "(file.pdf)" is added). */
    public static boolean namesFile(MessageText name, String fileName) {
        return present(fileName) && ("clearance.document.named.file-position".equals(name.code())
                || "clearance.document.named.number".equals(name.code())) && name.args().size() > 1
                && fileName.strip().equals(name.args().get(1).value());
    }

    /**
     * A document whose own number another document of the same kind on the file also carries (a copy): its number and its
     * place ("Commercial invoice 12115118 (3rd document of the file)"), so that the two are told apart.
     */
    public static MessageText referenceWithPosition(String type, String ownNumber, String fileName, int position) {
        if (!present(ownNumber) || position <= 0) {
            return reference(type, ownNumber, fileName, position);
        }
        return MessageText.of("clearance.document.named.number-position", Arg.code("clearance.document.type." + type),
                Arg.literal(ownNumber.strip()), ordinal(position));
    }

    /** A document of the checks named as {@link #reference}: its invoice's number, else its file's name and place in the file. */
    public static MessageText reference(CheckedFile.Document d) {
        return reference(d.type(), d.invoice() == null || !"COMMERCIAL_INVOICE".equals(d.type()) ? null : d.invoice().invoiceNumber(),
                d.fileName(), d.position());
    }

    /** "2nd" / 「2」: the English suffix chosen by the English rule (the Chinese bundle words every one the same). */
    public static Arg ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return Arg.message(MessageText.of("clearance.document.ordinal." + suffix, Arg.literal(String.valueOf(n))));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * A document told apart from its copy (T4 review F13: 「商業發票 12115118（2015/01/09）與商業發票 12115118（2015/01/09）」 — two
     * identical names, so the client could not tell which upload to drop): its name as {@link #of}, then its place in the
     * file (the order added, as {@link #reference}), how it was read (UBL XML, EDIFACT INVOIC…) and the name of its file.
     */
    public static Arg distinct(CheckedFile.Document d) {
        Arg format = d.invoice() == null ? Arg.code("clearance.capture.format.NONE") : captureFormat(d.invoice().format());
        if (d.position() <= 0) {
            // the place not known (a file checked outside its transaction): how it was read and its file's name
            return Arg.message(present(d.fileName())
                    ? MessageText.of("clearance.document.named.copy-unplaced", of(d), format, Arg.literal(d.fileName().strip()))
                    : MessageText.of("clearance.document.named.copy-typed-unplaced", of(d), format));
        }
        Arg place = ordinal(d.position());
        return Arg.message(present(d.fileName())
                ? MessageText.of("clearance.document.named.copy", of(d), place, format, Arg.literal(d.fileName().strip()))
                : MessageText.of("clearance.document.named.copy-typed", of(d), place, format));
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
