package org.tradedesk.clearance.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.DocumentNotFound;
import org.tradedesk.clearance.TransactionNotFound;
import org.tradedesk.clearance.domain.DocumentFigures;
import org.tradedesk.shared.MessageText;
import tools.jackson.databind.json.JsonMapper;

/** The figures captured of a file's documents; each save is a line of the file's history and touches the file. */
@Component
public class DocumentFiguresStore {

    private final FiguresRepository figures;
    private final DocumentRepository documents;
    private final TransactionRepository transactions;
    private final HistoryRepository history;
    private final JsonMapper json;
    private final TransactionStore files;

    DocumentFiguresStore(FiguresRepository figures, DocumentRepository documents, TransactionRepository transactions,
            HistoryRepository history, JsonMapper json, TransactionStore files) {
        this.files = files;
        this.figures = figures;
        this.documents = documents;
        this.transactions = transactions;
        this.history = history;
        this.json = json;
    }

    /** The figures of the file's documents, by document id. */
    @Transactional(readOnly = true)
    public Map<Long, DocumentFigures> of(long transactionId) {
        List<Long> ids = documents.listing(transactionId).stream().map(r -> (Long) r[0]).toList();
        Map<Long, DocumentFigures> out = new HashMap<>();
        if (!ids.isEmpty()) {
            figures.findByDocumentIdIn(ids).forEach(f -> out.put(f.documentId(), view(f)));
        }
        return out;
    }

    /**
     * For each file given, a stamp of what its document checks read besides the file's own version: its documents and their
     * figures (see {@code DocumentRepository.checkStamps}); a file without documents has none. One statement.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> checkStamps(Collection<Long> transactionIds) {
        Map<Long, String> out = new HashMap<>();
        if (!transactionIds.isEmpty()) {
            for (Object[] r : documents.checkStamps(transactionIds)) {
                out.put(((Number) r[0]).longValue(), r[1] + ":" + r[2] + ":" + r[3] + ":" + r[4] + ":" + r[5]);
            }
        }
        return out;
    }

    /** The type of a document of the file (its enum name), or not found. */
    @Transactional(readOnly = true)
    public String typeOf(long transactionId, long documentId) {
        return documents.listing(transactionId).stream().filter(r -> ((Long) r[0]) == documentId).map(r -> String.valueOf(r[2]))
                .findFirst().orElseThrow(() -> DocumentNotFound.forIds(transactionId, documentId));
    }

    @Transactional
    public DocumentFigures save(long transactionId, long documentId, DocumentFigures f, String user, Instant now) {
        typeOf(transactionId, documentId);
        DocumentFiguresEntity e = figures.findById(documentId).orElseGet(() -> new DocumentFiguresEntity(documentId));
        e.set(f.packages(), f.grossMassKg(), f.netMassKg(), f.quantity(), f.shipper(), f.consignee(), f.issuedOn(), f.validUntil(),
                f.tariffCodes().isEmpty() ? null : String.join(",", f.tariffCodes()), user, now);
        DocumentFiguresEntity saved = figures.saveAndFlush(e);
        TransactionEntity t = transactions.findById(transactionId).orElseThrow(() -> TransactionNotFound.forId(transactionId));
        t.touch(now);
        transactions.saveAndFlush(t);
        MessageText line = MessageText.of("clearance.history.figures-captured",
                MessageText.Arg.message(files.documentNamed(transactionId, documentId)));
        history.save(new HistoryEntity(transactionId, now, user, line.code(), json.writeValueAsString(line.args())));
        return view(saved);
    }

    private static DocumentFigures view(DocumentFiguresEntity f) {
        return new DocumentFigures(f.packages(), strip(f.grossMassKg()), strip(f.netMassKg()), strip(f.quantity()), f.shipper(),
                f.consignee(), f.issuedOn(), f.validUntil(),
                f.tariffCodes() == null ? List.of() : List.of(f.tariffCodes().split(",")));
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
}

interface FiguresRepository extends Repository<DocumentFiguresEntity, Long> {

    DocumentFiguresEntity saveAndFlush(DocumentFiguresEntity entity);

    Optional<DocumentFiguresEntity> findById(Long documentId);

    List<DocumentFiguresEntity> findByDocumentIdIn(Collection<Long> documentIds);
}
