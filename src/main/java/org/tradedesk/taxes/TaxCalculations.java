package org.tradedesk.taxes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clients.Channel;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ContactNotFound;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.identity.Role;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ChainDefinition;
import org.tradedesk.taxes.domain.PenaltyCalculator;
import org.tradedesk.taxes.domain.TaxEngine;
import org.tradedesk.taxes.persistence.CalculationStore;

/**
 * The taxes module's API: calculate, save for a client, find, re-run identically, and move a saved
 * calculation through review (a manager approves before it is sent); penalty exposure.
 */
@Service
public class TaxCalculations {

    private static final String SUBJECT = "tax-calculation";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TaxCalculations.class);

    private final ChainDefinitions chains;
    private final TaxEngine engine;
    private final CalculationStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final ClientDirectory clients;
    private final ApplicationEventPublisher events;
    private final org.tradedesk.taxes.domain.ExchangeRateTable rates;

    TaxCalculations(ChainDefinitions chains, TaxEngine engine, CalculationStore store, AuditTrail audit, Clock clock,
            ClientDirectory clients, ApplicationEventPublisher events, org.tradedesk.taxes.domain.ExchangeRateTable rates) {
        this.rates = rates;
        this.clients = clients;
        this.events = events;
        this.chains = chains;
        this.engine = engine;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The customs exchange rate of {@code jurisdiction} for {@code currency} in force on {@code date} (the rate table the
     * engine converts with), or empty when the table has none (or the currency code is not ISO 4217).
     */
    public java.util.Optional<CustomsRate> customsRate(String jurisdiction, String currency, java.time.LocalDate date) {
        org.tradedesk.shared.CurrencyCode code;
        try {
            code = org.tradedesk.shared.CurrencyCode.of(currency);
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
        return rates.find(jurisdiction, code, date).map(r -> new CustomsRate(r.jurisdiction(), r.currency().value(), r.local().value(),
                plain(r.localPerForeign()), r.source(), r.period().from(), r.period().to(), r.sourceText()));
    }

    /** At most 10 decimals (a rate turned round), without trailing zeros (35.8, not 35.8000000000). */
    private static java.math.BigDecimal plain(java.math.BigDecimal rate) {
        java.math.BigDecimal r = rate.scale() > 10 ? rate.setScale(10, java.math.RoundingMode.HALF_EVEN) : rate;
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    public List<String> jurisdictions() {
        return chains.jurisdictions();
    }

    public TaxResult calculate(TaxRequest request) {
        return engine.calculate(request, chains.forJurisdiction(request.jurisdiction(), request.date()));
    }

    /**
     * Whether the jurisdiction's chain in force on {@code date} knows the concession {@code scheme} (Australia's {@code TCO}):
     * the engine then supplies its rate, requirement and provision; otherwise a claim of it needs its rate given.
     */
    public boolean hasConcession(String jurisdiction, String scheme, java.time.LocalDate date) {
        return chains.forJurisdiction(jurisdiction, date).concession(scheme, date).isPresent();
    }

    /**
     * The steps of a chain that an export declaration bears (t4exp): only the trade promotion fee, Taiwan's 推廣貿易服務費,
     * which 貿易法 §21 and 推廣貿易服務費收取辦法 §3 levy on exports at 0.04 % of the FOB value as on imports of their customs
     * value. No import duty, no 營業稅 (zero rated, 加值型及非加值型營業稅法 §7) and no 貨物稅 on an export; Australia levies
     * nothing on an export (GST-free, A New Tax System (Goods and Services Tax) Act 1999 s38-185): its chain has no such step.
     */
    public static final java.util.Set<String> EXPORT_STEPS = java.util.Set.of("TRADE_PROMOTION_FEE");

    /**
     * The charges of an export declaration of FOB value {@code fobLocal} (in the jurisdiction's currency) on {@code date}:
     * each step of {@link #EXPORT_STEPS} the chain in force holds, computed with the step's own dated rate (a plain
     * percentage), rounding rule and not-collected minimum, exactly as the engine computes the import fee on the customs
     * value (one rule, one source: taxes/chains/TW.json). Empty where the chain has none (Australia).
     */
    public List<ExportCharge> exportCharges(String jurisdiction, java.time.LocalDate date, java.math.BigDecimal fobLocal) {
        ChainDefinition chain = chains.forJurisdiction(jurisdiction, date);
        List<ExportCharge> out = new java.util.ArrayList<>();
        for (ChainDefinition.StepDefinition step : chain.steps()) {
            if (!EXPORT_STEPS.contains(step.code())) {
                continue;
            }
            java.util.Optional<ChainDefinition.Dated<String>> rate = ChainDefinition.Dated.on(step.rates(), date);
            if (rate.isEmpty()) {
                continue;
            }
            String expression = rate.get().value().strip();
            if (!expression.endsWith("%")) {
                throw new IllegalStateException("export step " + step.code() + " of " + jurisdiction + " is not a percentage: " + expression);
            }
            java.math.BigDecimal percent = new java.math.BigDecimal(expression.substring(0, expression.length() - 1).strip());
            java.math.BigDecimal amount = step.rounding().apply(fobLocal.multiply(percent).movePointLeft(2));
            boolean collected = step.notCollectedAtOrBelow() == null || amount.compareTo(step.notCollectedAtOrBelow()) > 0;
            out.add(new ExportCharge(step.code(), step.label().zhTw(), step.label().en(), percent, fobLocal,
                    collected ? amount : java.math.BigDecimal.ZERO, collected, step.rounding().code(), step.notCollectedAtOrBelow(),
                    step.legalReference()));
        }
        return List.copyOf(out);
    }

    /** Whether the jurisdiction's customs value on that date includes freight and insurance (CIF) or not (FOB). */
    public boolean valuesOnCifBasis(String jurisdiction, java.time.LocalDate date) {
        return chains.forJurisdiction(jurisdiction, date).valuationBasis() == ChainDefinition.ValuationBasis.CIF;
    }

    /**
     * Saves for a client the current user may see, or for none. A client unknown or not assigned to a coordinator is
     * refused alike, {@link org.tradedesk.clients.ClientNotFound} (404, the same body: {@link ClientDirectory#requireAccess}),
     * as the client pickers answer.
     */
    @Transactional
    public SavedCalculation save(ClientId clientId, TaxRequest request) {
        if (clientId != null) {
            clients.requireActive(clientId); // an archived client is refused, 409 (t1fixI 8)
        }
        ChainDefinition chain = chains.forJurisdiction(request.jurisdiction(), request.date());
        TaxResult result = engine.calculate(request, chain);
        SavedCalculation saved = store.create(clientId, request, result, chain.version(), CurrentUser.name(), Instant.now(clock));
        audit.record(SUBJECT, saved.id().toString(), AuditAction.CREATED, null, summary(saved));
        return saved;
    }

    /**
     * Refuses a client the current user may not see (a coordinator: the clients assigned to them; 404 as for a client
     * unknown): the client pickers, the routes taking a client's id and the mails to a client's contacts check this.
     */
    public void requireClientAccess(ClientId clientId) {
        clients.requireAccess(clientId);
    }

    /**
     * The saved calculation, if the current user may see it (see {@code maySee}); one they may not see is answered as one that
     * does not exist, {@link TaxCalculationNotFound} with the same body, so that ids cannot be enumerated (as the clients
     * module and clearance answer). Every route taking a calculation's id reads it through this (page, API, documents,
     * copies, advice mail, review moves); the log keeps who asked.
     */
    public SavedCalculation find(CalculationId id) {
        SavedCalculation c = store.find(id).orElseThrow(() -> TaxCalculationNotFound.forId(id));
        if (!maySee(c.clientId(), c.createdBy())) {
            LOG.info("{} may not see tax calculation {}: answered as not found", CurrentUser.name(), id);
            throw TaxCalculationNotFound.forId(id);
        }
        return c;
    }

    /**
     * Who sees a saved calculation: of a client, whoever sees the client ({@link ClientDirectory#maySee}: a manager, a
     * coordinator assigned to it); saved without a client of the desk, its author and the managers.
     */
    private boolean maySee(ClientId clientId, String author) {
        if (clientId != null) {
            return clients.maySee(clientId);
        }
        return clients.seesEveryClient() || CurrentUser.name().equals(author);
    }

    /** The client's saved calculations, for a user who may see the client (404 as for a client unknown otherwise). */
    public List<SavedCalculation.Summary> forClient(ClientId clientId) {
        clients.requireAccess(clientId);
        return store.forClient(clientId);
    }

    /**
     * The newest {@code limit} saved calculations the current user may see (see {@code maySee}), of one client (which they
     * must see: 404 otherwise) or all ({@code clientId} null), in a status or any.
     */
    public List<SavedCalculation.Summary> search(ClientId clientId, CalculationStatus status, int limit) {
        if (clientId != null) {
            clients.requireAccess(clientId);
        }
        if (clients.seesEveryClient()) {
            return store.search(clientId, status, limit);
        }
        // the whole rule in one query: the rows of the user's clients and those they saved without a client of the desk
        String me = CurrentUser.name();
        return store.searchOf(clients.clientsAssignedTo(me), me, clientId, status, limit);
    }

    /** Runs the saved request again on the chain version it used and says whether every figure is the same. */
    public SavedCalculation.Rerun rerun(CalculationId id) {
        SavedCalculation saved = find(id);
        ChainDefinition chain = chains.byVersion(saved.jurisdiction(), saved.chainVersion());
        if (chain == null) {
            chain = chains.forJurisdiction(saved.jurisdiction(), saved.date());
        }
        TaxResult again = engine.calculate(saved.request(), chain);
        return new SavedCalculation.Rerun(id, store.sameResult(saved.result(), again), saved.result(), again);
    }

    @Transactional
    public SavedCalculation submit(CalculationId id) {
        return move(id, CalculationStatus.SUBMITTED, AuditAction.CHANGED);
    }

    /**
     * A manager sends a submitted calculation back to its author with what to change: without a
     * comment the author would not know why, so none is refused. The comment is kept in the audit trail.
     */
    @Transactional
    public SavedCalculation returnToDraft(CalculationId id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw TaxInputInvalid.returnWithoutComment();
        }
        if (!CurrentUser.hasRole(Role.MANAGER)) {
            throw new TradedeskException(TradedeskException.Kind.FORBIDDEN, "taxes.calculation.return-forbidden",
                    "only a manager can return a calculation");
        }
        find(id); // a calculation the user may not see is not found
        String text = comment.strip().length() > 1000 ? comment.strip().substring(0, 1000) : comment.strip();
        SavedCalculation after = store.change(id, c -> c.moveTo(CalculationStatus.DRAFT));
        audit.record(SUBJECT, id.toString(), AuditAction.CHANGED, null,
                "{\"status\":\"" + after.status() + "\",\"comment\":\"" + json(text) + "\"}");
        return after;
    }

    /** Whether the current user may approve the calculation: a manager, not its author (P1.3.2), and the result complete. */
    public boolean mayApprove(SavedCalculation c) {
        return c.status() == CalculationStatus.SUBMITTED && CurrentUser.hasRole(Role.MANAGER) && !c.createdBy().equals(CurrentUser.name())
                && approvable(c);
    }

    /**
     * Whether the calculation's result may go out as approved advice: the one stored and the one its letter recommends now both
     * complete and confirmed. The approval gate, the approve button and the send-advice form ask this (acceptance review t1fixN).
     */
    public boolean approvable(SavedCalculation c) {
        return approvalBlocker(c) == null;
    }

    /**
     * The options of a saved result compared as the letter and the worksheet compare them now: the result as saved and one re-run
     * per further scheme offered, on the tariff as it is at this moment. The documents print, and approval checks, its best.
     */
    public org.tradedesk.taxes.domain.OptionComparison.Comparison compare(TaxRequest request, TaxResult result) {
        return org.tradedesk.taxes.domain.OptionComparison.compare(request, result, this::calculate);
    }

    /**
     * The result the advice letter recommends now ({@link #compare}'s best): approval checks it as well as the one stored, so a
     * result saved complete while the tariff was still loading, whose letter now says a tax is left out, is not approved with
     * that letter (acceptance review t1fixN). One predicate for the gate and the letter: {@link TaxResult#complete()} of this.
     */
    public TaxResult advised(TaxRequest request, TaxResult result) {
        return compare(request, result).best().result();
    }

    /** The result approval refuses on first: the one stored when it is not approvable, else the one the letter recommends now. */
    private TaxResult approvalBlocker(SavedCalculation c) {
        if (c.result() == null) {
            return null;
        }
        if (!c.result().approvable()) {
            return c.result();
        }
        TaxResult advised = advised(c.request(), c.result());
        return advised.approvable() ? null : advised;
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "");
    }

    /** Only a MANAGER approves (P1.3.2), and not a calculation they created themselves. */
    @Transactional
    public SavedCalculation approve(CalculationId id) {
        if (!CurrentUser.hasRole(Role.MANAGER)) {
            throw new TradedeskException(TradedeskException.Kind.FORBIDDEN, "taxes.calculation.approve-forbidden",
                    "only a manager can approve a calculation");
        }
        SavedCalculation before = find(id);
        if (before.createdBy().equals(CurrentUser.name())) {
            throw new TradedeskException(TradedeskException.Kind.FORBIDDEN, "taxes.calculation.approve-own",
                    "a calculation is approved by another person than the one who made it");
        }
        // the stored result, and the one the letter recommends now: the gate and the letter agree (acceptance review t1fixN)
        TaxResult blocker = approvalBlocker(before);
        if (blocker != null && !blocker.complete()) {
            // advice whose total leaves out a tax must not go out as approved: the author completes it first
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, org.tradedesk.shared.MessageText.of(
                    "taxes.calculation.approve-incomplete",
                    org.tradedesk.shared.MessageText.Arg.message(blocker.notComputed().get(0))),
                    "an incomplete calculation (a tax not computed) cannot be approved");
        }
        if (blocker != null && !blocker.unconfirmed().isEmpty()) {
            // a line's strength outside its tariff item's range: the item, and so its rates, may be wrong (review r-t1b 9)
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, org.tradedesk.shared.MessageText.of(
                    "taxes.calculation.approve-unconfirmed",
                    org.tradedesk.shared.MessageText.Arg.message(blocker.unconfirmed().get(0))),
                    "a calculation with a line to confirm (strength outside its tariff item) cannot be approved");
        }
        SavedCalculation after = store.change(id, c -> c.approve(CurrentUser.name(), Instant.now(clock)));
        audit.record(SUBJECT, id.toString(), AuditAction.APPROVED, summary(before), summary(after));
        if (after.clientId() != null) {
            events.publishEvent(new CalculationApproved(id, after.clientId(), after.approvedBy(), after.approvedAt()));
        }
        return after;
    }

    /**
     * Marks an approved calculation SENT and publishes {@link CalculationSent} with how it went (for the
     * client's history, recorded by the clients module once this commits). The advice e-mail calls this
     * after the mail server accepted the mail, so a refused mail leaves the calculation APPROVED.
     */
    @Transactional
    public SavedCalculation markSent(CalculationId id, Channel channel, Long contactId, String subject, String summary,
            List<String> attachmentNames) {
        SavedCalculation sent = move(id, CalculationStatus.SENT, AuditAction.SENT);
        if (sent.clientId() != null) {
            events.publishEvent(new CalculationSent(id, sent.clientId(), channel, contactId, subject, summary, attachmentNames,
                    CurrentUser.name(), Instant.now(clock)));
        }
        return sent;
    }

    /**
     * An approved calculation given to the client another way (a letter, a meeting, another system's
     * mail): only once approved, and only with how, to whom and what was said, which goes into the
     * client's history like the product's own advice e-mail (P1.3.3).
     */
    @Transactional
    public SavedCalculation recordSentElsewhere(CalculationId id, Channel channel, Long contactId, String note) {
        SavedCalculation c = find(id);
        if (c.status() != CalculationStatus.APPROVED) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "taxes.page.send.not-approved",
                    "only an approved calculation can be sent; this one is " + c.status(), c.status());
        }
        if (!Channel.withTheClient().contains(channel)) {
            throw new TradedeskException(TradedeskException.Kind.INVALID, "taxes.page.send.channel",
                    "a calculation is sent by e-mail, phone, meeting or letter, not " + channel);
        }
        ClientId client = c.clientId();
        if (client != null) {
            // what was said to a client's contact goes into its history: only by a user who may see the client
            clients.requireAccess(client);
        }
        if (client != null && contactId != null
                && clients.client(client).contacts().stream().noneMatch(k -> k.id() == contactId)) {
            // checked now: the history entry is written after this commits, too late to tell the sender
            throw ContactNotFound.of(client.value(), clients.client(client).name(), contactId);
        }
        // the audit trail keeps how it was sent, with or without a client's history
        audit.record(SUBJECT, id.toString(), AuditAction.SENT, null,
                "{\"channel\":\"" + channel + "\",\"note\":\"" + note.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        return markSent(id, channel, contactId, SavedCalculation.reference(id), note, List.of());
    }

    /** Every refusal the penalty request earns from the chain at once, for a form that shows them all (t1fixG 3). */
    public List<TaxInputInvalid> penaltyInputErrors(PenaltyRequest request) {
        return PenaltyCalculator.inputErrors(request, chains.forJurisdiction(request.jurisdiction(), request.date()));
    }

    public PenaltyExposure penalties(PenaltyRequest request) {
        return PenaltyCalculator.exposure(request, chains.forJurisdiction(request.jurisdiction(), request.date()));
    }

    private SavedCalculation move(CalculationId id, CalculationStatus target, AuditAction action) {
        SavedCalculation before = find(id);
        SavedCalculation after = store.change(id, c -> c.moveTo(target));
        audit.record(SUBJECT, id.toString(), action, summary(before), summary(after));
        return after;
    }

    private static String summary(SavedCalculation c) {
        return "{\"status\":\"" + c.status() + "\",\"total\":\"" + c.total().toPlainString() + " " + c.currency()
                + "\",\"client\":\"" + (c.clientId() == null ? "" : c.clientId()) + "\"}";
    }
}
