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
}
