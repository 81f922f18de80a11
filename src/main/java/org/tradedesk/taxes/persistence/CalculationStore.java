package org.tradedesk.taxes.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tradedesk.clients.ClientId;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculationNotFound;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult;
import tools.jackson.databind.json.JsonMapper;

/** Saved calculations on the database; request and result are kept as JSON exactly as calculated. */
@Component
public class CalculationStore {

    private final TaxCalculationRepository repository;
    private final JsonMapper json;

    CalculationStore(TaxCalculationRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Transactional
    public SavedCalculation create(ClientId clientId, TaxRequest request, TaxResult result, String chainVersion,
            String user, Instant at) {
        TaxCalculationEntity entity = new TaxCalculationEntity(UUID.randomUUID(), column(clientId), result.jurisdiction(), result.date(),
                result.currency(), result.total(), chainVersion, json.writeValueAsString(request), json.writeValueAsString(result),
                user, at);
        return toRecord(repository.saveAndFlush(entity));
    }

    @Transactional(readOnly = true)
    public Optional<SavedCalculation> find(UUID id) {
        return repository.findById(id).map(this::toRecord);
    }

    @Transactional(readOnly = true)
    public List<SavedCalculation.Summary> forClient(ClientId clientId) {
        return repository.findByClientIdOrderByCreatedAtDesc(column(clientId)).stream()
                .map(e -> new SavedCalculation.Summary(e.id(), client(e.clientId()), e.jurisdiction(), e.calculationDate(), e.status(),
                        e.currency(), e.totalAmount(), e.createdBy(), e.createdAt()))
                .toList();
    }

    /** Saved calculations of one client or of all ({@code clientId} null), in one status or any, newest first. */
    @Transactional(readOnly = true)
    public List<SavedCalculation.Summary> search(ClientId clientId, org.tradedesk.taxes.CalculationStatus status, int limit) {
        return repository.summaries(column(clientId), status, org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .map(r -> new SavedCalculation.Summary((UUID) r[0], client((String) r[1]), (String) r[2], (java.time.LocalDate) r[3],
                        (org.tradedesk.taxes.CalculationStatus) r[4], (String) r[5], (java.math.BigDecimal) r[6], (String) r[7],
                        (Instant) r[8]))
                .toList();
    }

    /** Changes the status through the entity's guarded methods; the optimistic lock refuses a stale change. */
    @Transactional
    public SavedCalculation change(UUID id, Consumer<StatusChange> change) {
        TaxCalculationEntity entity = repository.findById(id).orElseThrow(() -> TaxCalculationNotFound.forId(id));
        change.accept(new StatusChange(entity));
        return toRecord(repository.saveAndFlush(entity));
    }

    /** The moves a caller may make on a saved calculation. */
    public static final class StatusChange {
        private final TaxCalculationEntity entity;

        private StatusChange(TaxCalculationEntity entity) {
            this.entity = entity;
        }

        public org.tradedesk.taxes.CalculationStatus status() {
            return entity.status();
        }

        public void moveTo(org.tradedesk.taxes.CalculationStatus target) {
            entity.moveTo(target);
        }

        public void approve(String by, Instant at) {
            entity.approve(by, at);
        }
    }

    /** The stored result as a JSON tree, for comparing a re-run field by field. */
    /**
     * Whether a re-run gives every figure of the saved result: the customs value, each step's amount
     * before and after rounding, each tax, each option's total and the total. Texts (the wording of an
     * explanation, a label) may improve between releases without changing what was computed, so they
     * are not compared; the figures are compared by value (2.50 equals 2.5).
     */
    public boolean sameResult(TaxResult a, TaxResult b) {
        return figures(a).equals(figures(b));
    }

    private static java.util.List<String> figures(TaxResult r) {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("customsValue " + plain(r.customsValue()));
        out.add("total " + plain(r.total()));
        r.steps().forEach(s -> out.add("step " + s.line() + " " + s.code() + " " + plain(s.amountExact()) + " " + plain(s.amount())));
        r.taxes().forEach(t -> out.add("tax " + t.code() + " " + plain(t.amount())));
        r.options().forEach(o -> out.add("option " + o.line() + " " + o.scheme() + " " + plain(o.total())));
        return out;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private SavedCalculation toRecord(TaxCalculationEntity e) {
        return new SavedCalculation(e.id(), client(e.clientId()), e.jurisdiction(), e.calculationDate(), e.status(), e.currency(),
                e.totalAmount(), e.chainVersion(), json.readValue(e.requestJson(), TaxRequest.class),
                json.readValue(e.resultJson(), TaxResult.class), e.createdBy(), e.createdAt(), e.approvedBy(), e.approvedAt(),
                e.version());
    }

    /** The column keeps the number as text (release 2026-11 also took other systems' ids, e.g. "client-42"). */
    private static String column(ClientId clientId) {
        return clientId == null ? null : clientId.toString();
    }

    /** A row saved for another system's id before clients were typed names no client of the desk. */
    private static ClientId client(String column) {
        return column == null || !column.matches("\\d{1,18}") || column.matches("0+") ? null : ClientId.parse(column);
    }
}
