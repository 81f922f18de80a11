package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.domain.DocumentFigures;
import org.tradedesk.clearance.persistence.DocumentFiguresStore;
import org.tradedesk.identity.CurrentUser;

/**
 * The key figures of a file's packing lists, bills of lading, air waybills, certificates of origin and permits,
 * captured by hand (P4.1.2): what the cross-document checks compare with the invoices. Who may see the file may
 * capture them; a closed file takes no change.
 */
@Service
public class ClearanceDocumentFigures {

    /** The document types whose figures are captured. */
    public static final Set<DocumentType> TYPES = Set.of(DocumentType.PACKING_LIST, DocumentType.BILL_OF_LADING,
            DocumentType.AIR_WAYBILL, DocumentType.CERTIFICATE_OF_ORIGIN, DocumentType.PERMIT);

    private final ClearanceTransactions transactions;
    private final DocumentFiguresStore store;
    private final Clock clock;

    ClearanceDocumentFigures(ClearanceTransactions transactions, DocumentFiguresStore store, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<Long, DocumentFigures> figures(TransactionId id) {
        transactions.transaction(id);
        return store.of(id.value());
    }

    /** The figures of a file's documents without the access check: for the checks of a file the caller has already opened. */
    public Map<Long, DocumentFigures> figuresOf(long transactionId) {
        return store.of(transactionId);
    }

    /** What the checks of each file read of its documents and figures, as a stamp that changes with them (one statement). */
    public Map<Long, String> checkStamps(java.util.Collection<Long> transactionIds) {
        return store.checkStamps(transactionIds);
    }

    @Transactional
    public DocumentFigures record(TransactionId id, long documentId, DocumentFigures f) {
        TransactionView view = transactions.transaction(id);
        if (view.readOnly()) {
            throw TransactionClosed.of(view);
        }
        if (transactions.document(id, documentId).withdrawn()) {
            throw DocumentWithdrawn.noChange(documentId, transactions.transaction(id).documentNamed(documentId));
        }
        String type = store.typeOf(id.value(), documentId);
        if (TYPES.stream().noneMatch(t -> t.name().equals(type))) {
            // the document's type by its name in the reader's language (acceptance review F10: 「不適用於COMMERCIAL_INVOICE。」)
            throw new ClearanceInputInvalid("documentId", "clearance.figures.not-for-type", "no figures for a " + type,
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"clearance.document.type." + type}, String.valueOf(type)));
        }
        // every problem at once (t4fixU 1), each at its field
        List<ClearanceInputInvalid> problems = new java.util.ArrayList<>();
        ClearanceInputInvalid.collect(problems, () -> {
            if (f.packages() != null && f.packages() < 0) {
                throw negative("packages", BigDecimal.valueOf(f.packages()));
            }
        });
        ClearanceInputInvalid.collect(problems, () -> mass("grossMassKg", f.grossMassKg()));
        ClearanceInputInvalid.collect(problems, () -> mass("netMassKg", f.netMassKg()));
        ClearanceInputInvalid.collect(problems, () -> mass("quantity", f.quantity()));
        ClearanceInputInvalid.collect(problems, () -> {
            if (f.grossMassKg() != null && f.netMassKg() != null && f.netMassKg().compareTo(f.grossMassKg()) > 0) {
                throw new ClearanceInputInvalid("netMassKg", "clearance.capture.net-above-gross",
                        "net mass above gross mass", f.netMassKg().toPlainString(), f.grossMassKg().toPlainString());
            }
        });
        ClearanceInputInvalid.collect(problems, () -> {
            if (f.issuedOn() != null && f.validUntil() != null && f.validUntil().isBefore(f.issuedOn())) {
                throw new ClearanceInputInvalid("validUntil", "clearance.figures.valid-before-issued",
                        "valid until before issued", f.validUntil(), f.issuedOn());
            }
        });
        ClearanceInputInvalid.collect(problems, () -> text("shipper", f.shipper(), 300));
        ClearanceInputInvalid.collect(problems, () -> text("consignee", f.consignee(), 300));
        List<String> codes = f.tariffCodes().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        ClearanceInputInvalid.collect(problems, () -> {
            if (String.join(", ", codes).length() > 500) {
                throw new ClearanceInputInvalid("tariffCodes", "clearance.figures.tariffCodes.too-long",
                        "tariff codes covered: longer than 500 characters", "500");
            }
            for (String c : codes) {
                if (!c.matches("[0-9][0-9.]{1,13}") || c.replace(".", "").length() < 2) {
                    throw new ClearanceInputInvalid("tariffCodes", "clearance.figures.tariffCodes.invalid",
                            "tariff codes covered: \"" + c + "\" is not a tariff code (2 to 14 digits and dots, comma-separated)", c);
                }
            }
        });
        ClearanceInputInvalid.throwAll(problems);
        return store.save(id.value(), documentId, new DocumentFigures(f.packages(), f.grossMassKg(), f.netMassKg(), f.quantity(),
                blankToNull(f.shipper()), blankToNull(f.consignee()), f.issuedOn(), f.validUntil(), codes), CurrentUser.name(),
                Instant.now(clock));
    }

    private static void mass(String field, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            throw negative(field, v);
        }
        if (v != null && (v.stripTrailingZeros().scale() > 3 || v.precision() - v.scale() > 16)) {
            throw new ClearanceInputInvalid(field, "clearance.dispute.amount-invalid", field + " out of range", v.toPlainString());
        }
    }

    private static ClearanceInputInvalid negative(String field, BigDecimal v) {
        return new ClearanceInputInvalid(field, "clearance.capture.negative", field + " is negative", v.toPlainString());
    }

    private static void text(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new ClearanceInputInvalid(field, "clearance.field.too-long", field + " too long", field, String.valueOf(max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
