package org.tradedesk.clearance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.DocumentChecks;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.domain.TariffValidity;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffCodeInvalid;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.tariff.TariffLookup;

/**
 * The document checks of a file (P4.1.2): the rules of {@code clearance/checks.tsv} for its jurisdiction, run on its
 * documents and captured invoices; tariff codes are looked up in the tariff catalogue on the arrival date (as the tax
 * engine does). Who may open the file may see its findings.
 */
@Service
public class ClearanceChecks {

    private final ClearanceTransactions transactions;
    private final DocumentChecks checks;
    private final TariffCatalogue tariff;
    private final ClearanceDocumentFigures figures;

    ClearanceChecks(ClearanceTransactions transactions, DocumentChecks checks, TariffCatalogue tariff,
            ClearanceDocumentFigures figures) {
        this.transactions = transactions;
        this.checks = checks;
        this.tariff = tariff;
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(TransactionId id) {
        return findings(transactions.transaction(id));
    }

    public List<Finding> findings(TransactionView view) {
        TransactionDetails d = view.details();
        List<CheckedFile.Document> docs = view.documents().stream()
                .map(doc -> new CheckedFile.Document(doc.id(), doc.type().name(), doc.captured())).toList();
        CheckedFile file = new CheckedFile(d.jurisdiction().name(), d.direction().name(), d.mode().name(),
                d.incoterm() == null ? null : d.incoterm().name(), d.arrivalDate(), docs);
        List<Finding> out = new java.util.ArrayList<>(checks.check(file, this::inTariff));
        // cross-document checks on the figures captured of packing lists, B/L, AWB, certificates and permits
        out.addAll(org.tradedesk.clearance.domain.CrossDocumentChecks.check(checks.rules(file.jurisdiction()), file,
                figures.figuresOf(view.id())));
        return out;
    }

    private TariffValidity.Answer inTariff(String jurisdiction, String code, LocalDate date) {
        Jurisdiction j = Jurisdiction.valueOf(jurisdiction);
        if (tariff.activeVersion(j).isEmpty()) {
            return TariffValidity.Answer.NO_DATA;
        }
        try {
            // lookup, not item(): item() is transactional and its not-found would mark this transaction rollback-only
            TariffLookup found = tariff.lookup(j, code, date);
            return found.measures().isEmpty() ? TariffValidity.Answer.NOT_IN_FORCE : TariffValidity.Answer.CURRENT;
        } catch (TariffItemNotFound | TariffCodeInvalid e) {
            return TariffValidity.Answer.UNKNOWN;
        }
    }
}
