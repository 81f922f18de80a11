package org.tradedesk.clearance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.domain.DisputeDeadline;
import org.tradedesk.clearance.domain.ReviewRoutes;
import org.tradedesk.clearance.domain.ReviewStep;
import org.tradedesk.clearance.persistence.DisputeStore;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Disputes with customs (T4.7, P4.7.1 – P4.7.3): a case on a file about a customs decision (a duty assessment,
 * reclassification, valuation uplift, origin denied, penalty) with the amount in dispute and what the client needs; the
 * jurisdiction's review route as data ({@code clearance/review-routes.tsv}) with the deadline of each step counted from
 * the notice, the payment or the decision on the step before; evidence (documents of the file); the steps taken; the
 * outcome with the amount refunded. Who may see the file may work its disputes; a closed file and a decided dispute
 * take no change. Every change is a line of the file's history.
 */
@Service
public class ClearanceDisputes {

    static final String ROUTES = "/clearance/review-routes.tsv";

    private final ClearanceTransactions transactions;
    private final DisputeStore store;
    private final ReviewRoutes routes;
    private final Clock clock;
    private final org.tradedesk.taxes.TaxCalculations taxes;

    private final org.tradedesk.clearance.persistence.DeclarationStore declarations;

    ClearanceDisputes(ClearanceTransactions transactions, DisputeStore store, ReviewRoutes routes, Clock clock,
            org.tradedesk.taxes.TaxCalculations taxes, org.tradedesk.clearance.persistence.DeclarationStore declarations) {
        this.taxes = taxes;
        this.declarations = declarations;
        this.transactions = transactions;
        this.store = store;
        this.routes = routes;
        this.clock = clock;
    }

    /** The review route of a jurisdiction, in the data file's order. */
    public List<ReviewStep> route(Jurisdiction jurisdiction) {
        return routes.route(jurisdiction);
    }

    @Transactional(readOnly = true)
    public List<DisputeView> disputes(TransactionId id) {
        TransactionDetails file = transactions.transaction(id).details();
        return store.disputes(id.value()).stream().map(d -> withDeadlines(d, file)).toList();
    }

    /** A dispute still open on a file of the work queue, with its next deadline. */
    public record QueueDispute(TransactionSummary file, DisputeView dispute, DisputeDeadline next) {
    }

    /**
     * The undecided disputes of the work queue's files (those the reader may see), the one whose next deadline is
     * soonest first, then those with none; at most 200.
     */
    @Transactional(readOnly = true)
    public List<QueueDispute> queue(List<TransactionSummary> files) {
        Map<Long, TransactionSummary> byId = new HashMap<>();
        files.forEach(f -> byId.put(f.id(), f));
        List<QueueDispute> out = new java.util.ArrayList<>();
        for (DisputeView d : store.undecided(byId.keySet(), 200)) {
            TransactionSummary file = byId.get(d.transactionId());
            DisputeView withDeadlines = withDeadlines(d, file.transaction().details());
            out.add(new QueueDispute(file, withDeadlines, withDeadlines.nextDeadline()));
        }
        out.sort(java.util.Comparator.comparing((QueueDispute q) -> q.next() == null ? LocalDate.MAX : q.next().lastDay()));
        return out;
    }

    /** The file's disputes by its number (for the file's page). */
    @Transactional(readOnly = true)
    public List<DisputeView> disputesOf(long transactionId) {
        return disputes(TransactionId.of(transactionId));
    }

    @Transactional(readOnly = true)
    public DisputeView dispute(TransactionId id, long disputeId) {
        TransactionDetails file = transactions.transaction(id).details();
        return withDeadlines(store.dispute(id.value(), disputeId), file);
    }

    /**
     * The dispute as its summary letter tells it (review of issue 8): the notice received on the day the FILE records
     * ({@code dutyNoticeReceived} — 關稅法 第45條 counts the 復查 period from receipt) when it records one, the review
     * deadlines counted from that day, and a warning on the letter when the dispute's own date differs (the letter then
     * says which date it counts from and which one the dispute holds). Without a date on the file, the dispute's own.
     */
    @Transactional(readOnly = true)
    public DisputeView forLetter(TransactionId id, long disputeId) {
        TransactionDetails file = transactions.transaction(id).details();
        DisputeView v = counted(id, disputeId, file);
        if (!v.closed()) {
            return v;
        }
        // decided: the route still stands on the letter, counted on from the outcome (t4fixL)
        return new DisputeView(v.id(), v.version(), v.transactionId(), v.details(), v.steps(), v.evidence(), v.outcome(),
                routeAfterOutcome(v, file), v.createdBy(), v.createdAt(), v.warnings(), v.assessment());
    }

    private DisputeView counted(TransactionId id, long disputeId, TransactionDetails file) {
        DisputeView stored = store.dispute(id.value(), disputeId);
        DisputeDetails own = stored.details();
        LocalDate received = file.dutyNoticeReceived();
        if (received == null || received.isEqual(own.noticeReceived() == null ? LocalDate.MIN : own.noticeReceived())) {
            return withDeadlines(stored, file);
        }
        DisputeDetails asFiled = new DisputeDetails(own.decisionKind(), own.decisionReference(), own.decisionSummary(), received,
                own.paidOn(), own.amountInDispute(), own.clientNeeds());
        DisputeView counted = withDeadlines(new DisputeView(stored.id(), stored.version(), stored.transactionId(), asFiled, stored.steps(),
                stored.evidence(), stored.outcome(), stored.deadlines(), stored.createdBy(), stored.createdAt(), List.of(),
                stored.assessment()), file);
        List<org.tradedesk.shared.MessageText> warnings = new java.util.ArrayList<>();
        warnings.add(own.noticeReceived() == null
                ? org.tradedesk.shared.MessageText.of("clearance.dispute.letter.notice-from-file-only",
                        org.tradedesk.shared.MessageText.Arg.date(received))
                : org.tradedesk.shared.MessageText.of("clearance.dispute.letter.notice-from-file",
                        org.tradedesk.shared.MessageText.Arg.date(received), org.tradedesk.shared.MessageText.Arg.date(own.noticeReceived())));
        warnings.addAll(counted.warnings());
        return new DisputeView(counted.id(), counted.version(), counted.transactionId(), counted.details(), counted.steps(),
                counted.evidence(), counted.outcome(), counted.deadlines(), counted.createdBy(), counted.createdAt(), warnings,
                counted.assessment());
    }

    @Transactional
    public DisputeView open(TransactionId id, DisputeDetails given) {
        TransactionDetails file = openFile(id);
        DisputeDetails d = withNoticeOfFile(given, file);
        ClearanceInputInvalid.throwAll(openProblems(d, file));
        BigDecimal amount = d.amountInDispute().amount();
        DisputeDetails clean = new DisputeDetails(d.decisionKind(), d.decisionReference().strip(), d.decisionSummary().strip(),
                d.noticeReceived(), d.paidOn(), org.tradedesk.shared.Money.of(amount.setScale(2), d.amountInDispute().currency()),
                d.clientNeeds().strip());
        return withDeadlines(store.open(id.value(), clean, CurrentUser.name(), Instant.now(clock)), file);
    }

    /** No notice date given: the day the file's duty notice was received, when on the file (關稅法 第45條 counts from it). */
    private static DisputeDetails withNoticeOfFile(DisputeDetails given, TransactionDetails file) {
        return given.noticeReceived() != null || file.dutyNoticeReceived() == null ? given
                : new DisputeDetails(given.decisionKind(), given.decisionReference(), given.decisionSummary(), file.dutyNoticeReceived(),
                        given.paidOn(), given.amountInDispute(), given.clientNeeds());
    }

    /**
     * Everything wrong with a dispute to open, each at its field (t4fixU 1: the API named only decisionKind, not the amount
     * or a notice date after today). An amount left out is not asked for when {@code given} has none because its currency
     * was refused already.
     */
    @Transactional(readOnly = true)
    public List<ClearanceInputInvalid> openProblems(TransactionId id, DisputeDetails given) {
        TransactionDetails file = openFile(id);
        return openProblems(withNoticeOfFile(given, file), file);
    }

    private List<ClearanceInputInvalid> openProblems(DisputeDetails d, TransactionDetails file) {
        List<ClearanceInputInvalid> out = new java.util.ArrayList<>();
        if (d.decisionKind() == null) {
            out.add(required("decisionKind"));
        }
        ClearanceInputInvalid.collect(out, () -> text("decisionReference", d.decisionReference(), 100));
        ClearanceInputInvalid.collect(out, () -> text("decisionSummary", d.decisionSummary(), 2000));
        ClearanceInputInvalid.collect(out, () -> text("clientNeeds", d.clientNeeds(), 2000));
        LocalDate today = today(file.jurisdiction());
        ClearanceInputInvalid.collect(out, () -> notFuture("noticeReceived", d.noticeReceived(), today));
        if (d.paidOn() != null) {
            ClearanceInputInvalid.collect(out, () -> notFuture("paidOn", d.paidOn(), today));
            if (d.noticeReceived() != null && d.paidOn().isBefore(d.noticeReceived())) {
                // the sum in dispute is the one the notice demands: it cannot be paid before the notice came
                out.add(new ClearanceInputInvalid("paidOn", "clearance.dispute.date.paid-before-notice",
                        "paid " + d.paidOn() + " before the notice was received " + d.noticeReceived(), d.paidOn().toString(),
                        d.noticeReceived()));
            }
        }
        if (d.amountInDispute() == null) {
            out.add(required("amount"));
        } else {
            BigDecimal amount = d.amountInDispute().amount();
            if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 15) {
                out.add(new ClearanceInputInvalid("amount", "clearance.dispute.amount-invalid",
                        "the amount in dispute is more than 0 with at most 2 decimals and 15 digits: " + amount.toPlainString(),
                        amount.toPlainString()));
            }
        }
        return out;
    }

    /** The names of the steps, in the reader's language, joined two by two ("a、b、c" / "a, b, c"). */
    private static Object stepNames(List<org.tradedesk.clearance.domain.ReviewStep> steps) {
        Object out = null;
        for (int i = steps.size() - 1; i >= 0; i--) {
            Object name = new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {"clearance.dispute.step." + steps.get(i).id()}, steps.get(i).id());
            out = out == null ? name : new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {"clearance.dispute.step.list"}, new Object[] {name, out}, "{0}, {1}");
        }
        return out == null ? "-" : out;
    }

    /** Records a step taken on the route: filed on a day not before the notice and not in the future; decided (if yet) not before it was filed. */
    @Transactional
    public DisputeView addStep(TransactionId id, long disputeId, long expectedVersion, DisputeStepDetails s) {
        TransactionDetails file = openFile(id);
        Jurisdiction j = file.jurisdiction();
        DisputeView current = store.dispute(id.value(), disputeId);
        if (s.stepId() == null || routes.step(j, s.stepId()).isEmpty()) {
            throw new ClearanceInputInvalid("stepId", "clearance.dispute.step.unknown",
                    "no step " + s.stepId() + " on the review route of " + j, String.valueOf(s.stepId()),
                    // the jurisdiction in the reader's language and the steps that exist (review: "TW 之救濟程序中無 nope")
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"clearance.jurisdiction." + j.name()}, j.name()),
                    stepNames(routes.route(j)));
        }
        if (current.steps().stream().anyMatch(t -> t.stepId().equals(s.stepId()))) {
            throw new ClearanceInputInvalid("stepId", "clearance.dispute.step.twice", "step " + s.stepId() + " is already recorded",
                    // the step named by its name in the reader's language (review M3: "程序 tw-review 已登錄")
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"clearance.dispute.step." + s.stepId()}, s.stepId()));
        }
        text("summary", s.summary(), 2000);
        LocalDate today = today(j);
        notFuture("filedOn", s.filedOn(), today);
        startedBy(current, routes.step(j, s.stepId()).orElseThrow(), s.filedOn());
        if (s.filedOn().isBefore(current.details().noticeReceived())) {
            throw new ClearanceInputInvalid("filedOn", "clearance.dispute.date.before-notice",
                    "filed " + s.filedOn() + " before the notice was received " + current.details().noticeReceived(),
                    s.filedOn(), current.details().noticeReceived());
        }
        if (s.decidedOn() != null) {
            notFuture("decidedOn", s.decidedOn(), today);
            if (s.decidedOn().isBefore(s.filedOn())) {
                throw new ClearanceInputInvalid("decidedOn", "clearance.dispute.date.decided-before-filed",
                        "decided " + s.decidedOn() + " before it was filed " + s.filedOn(), s.decidedOn().toString(),
                        s.filedOn());
            }
        }
        return withDeadlines(store.addStep(id.value(), disputeId, expectedVersion,
                new DisputeStepDetails(s.stepId(), s.filedOn(), s.decidedOn(), s.summary().strip()), CurrentUser.name(),
                Instant.now(clock)), file);
    }

    /**
     * A step can only be taken once its period has started: the payment made (PAID), the decision on the step before
     * received (DECIDED:<step>) — and not before that day. A 訴願 before any 復查 decision is refused, naming the step.
     */
    private static void startedBy(DisputeView current, ReviewStep step, LocalDate filedOn) {
        LocalDate start = switch (step.from()) {
            case NOTICE -> current.details().noticeReceived();
            case PAID -> current.details().paidOn();
            case DECIDED -> current.steps().stream().filter(t -> t.stepId().equals(step.afterStep())).map(DisputeView.Step::decidedOn)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        };
        Object name = stepName(step.id());
        if (start == null) {
            Object waitsFor = step.from() == ReviewStep.Anchor.PAID ? new DefaultMessageSourceResolvable(
                    new String[] {"clearance.dispute.waits.paid"}, "the payment")
                    : new DefaultMessageSourceResolvable(new String[] {"clearance.dispute.waits.decided"},
                            new Object[] {stepName(step.afterStep())}, "the decision on " + step.afterStep());
            throw new ClearanceInputInvalid("stepId", "clearance.dispute.step.not-started", "step " + step.id()
                    + " cannot be taken yet: its period has not started (" + step.from() + " unknown)", name, waitsFor);
        }
        if (filedOn != null && filedOn.isBefore(start)) {
            throw new ClearanceInputInvalid("filedOn", "clearance.dispute.step.filed-before-start", "step " + step.id() + " filed "
                    + filedOn + " before its period started " + start, name, filedOn, start);
        }
    }

    private static Object stepName(String id) {
        return new DefaultMessageSourceResolvable(new String[] {"clearance.dispute.step." + id}, id);
    }

    /** Puts a document of the file forward as evidence. */
    @Transactional
    public DisputeView addEvidence(TransactionId id, long disputeId, long expectedVersion, long documentId, String note) {
        TransactionDetails file = openFile(id);
        String clean = note == null ? "" : note.strip();
        if (clean.length() > 1000) {
            throw new ClearanceInputInvalid("note", "clearance.field.too-long", "note is longer than 1000 characters", "note", "1000");
        }
        return withDeadlines(store.addEvidence(id.value(), disputeId, expectedVersion, documentId, clean, CurrentUser.name(),
                Instant.now(clock)), file);
    }

    /**
     * The dispute's financial effect computed by the tax engine (issue 8): the file's invoice as declared and as customs
     * assessed the lines in dispute, each run through the engine ({@link DisputeEngineAssessment}), the difference per tax
     * recorded on the dispute (replacing one before) with the engine's bases, rates and data versions, and a history line.
     * Computed for the file's declaration date (the rates in force when the goods were entered), today without one.
     */
    @Transactional
    public DisputeView assess(TransactionId id, long disputeId, long expectedVersion, DisputeAssessment.Asked asked) {
        openFile(id);
        TransactionView view = transactions.transaction(id);
        DisputeView current = store.dispute(id.value(), disputeId);
        if (current.closed()) {
            throw new DisputeDecided(disputeId, current.details().decisionKind(), current.details().decisionReference());
        }
        if (current.details().decisionKind() == DecisionKind.PENALTY) {
            // a penalty is no duty or tax of the declaration: the engine has nothing to compute
            throw new ClearanceInputInvalid("decisionKind", "clearance.dispute.assessment.penalty",
                    "a penalty is not computed by the tax engine: type its amount", DecisionKind.PENALTY.name());
        }
        LocalDate date = view.details().declarationDate() != null ? view.details().declarationDate() : today(view.details().jurisdiction());
        // customs decided on a declaration lodged, not on the invoice as it may have been corrected since: that declaration
        // is the declared side (review: the assessment followed the current invoice) — the version the duty notice answered,
        // else the newest lodged by the day the decision was received and not rejected (review R2: not a later version)
        LocalDate received = current.details().noticeReceived() != null ? current.details().noticeReceived()
                : today(view.details().jurisdiction());
        org.tradedesk.clearance.messages.DeclarationMessage lodged = declarations.decidedOn(id.value(),
                FileTime.instant(received.plusDays(1).atStartOfDay(), view.details().jurisdiction()))
                .map(org.tradedesk.clearance.persistence.DeclarationStore.Row::declaration).orElse(null);
        // the engine inputs the declaration gives per item (a car's commodityTax rate, a wine's litres…; review of issue 8, 4):
        // the lodged declaration's, else the file's newest draft's
        List<org.tradedesk.clearance.messages.DeclarationMessage.EngineInput> inputs = lodged != null && !lodged.engineInputs().isEmpty()
                ? lodged.engineInputs() : declarations.newestEngineInputs(id.value());
        DisputeAssessment a = DisputeEngineAssessment.compute(view, asked, DeclarationBuilding.withInputs(taxes::calculate, inputs), date,
                Instant.now(clock), lodged);
        String currency = current.details().amountInDispute().currency().value();
        if (!currency.equals(a.currency())) {
            throw new ClearanceInputInvalid("lines", "clearance.dispute.assessment.currency",
                    "the engine computes in " + a.currency() + "; the dispute is in " + currency, a.currency(), currency);
        }
        return withDeadlines(store.assess(id.value(), disputeId, expectedVersion, a, CurrentUser.name(), Instant.now(clock)),
                view.details());
    }

    /** Records the outcome; the refund follows {@link org.tradedesk.clearance.domain.DisputeOutcome#refundProblem}. */
    @Transactional
    public DisputeView decide(TransactionId id, long disputeId, long expectedVersion, DisputeOutcomeDetails o) {
        TransactionDetails file = openFile(id);
        Jurisdiction j = file.jurisdiction();
        DisputeView current = store.dispute(id.value(), disputeId);
        if (o.outcome() == null) {
            throw required("outcome");
        }
        notFuture("decidedOn", o.decidedOn(), today(j));
        if (o.decidedOn().isBefore(current.details().noticeReceived())) {
            throw new ClearanceInputInvalid("decidedOn", "clearance.dispute.date.before-notice",
                    "decided " + o.decidedOn() + " before the notice was received " + current.details().noticeReceived(),
                    o.decidedOn(), current.details().noticeReceived());
        }
        boolean byEngine = false;
        String currency = current.details().amountInDispute().currency().value();
        if (o.refunded() == null && !o.outcome().refundsNothing()) {
            // no amount typed: an upheld dispute refunds the extra the engine computed on customs' assessment
            DisputeAssessment a = current.assessment();
            if (o.outcome() != org.tradedesk.clearance.domain.DisputeOutcome.UPHELD || a == null || a.difference().signum() <= 0) {
                throw required("refundedAmount");
            }
            // review R7: the engine's figures are those of the file when it computed them; a change the checks read made since
            // (the invoice, its documents, the declaration) leaves them stale: the refund is not taken from them — re-assess
            Instant assessedAt = a.calculatedAt();
            java.util.Optional<HistoryEntry> change = transactions.history(id).stream().filter(h -> h.what() != null
                    && ClearanceIssues.CHECKED_CHANGES.contains(h.what().code()) && assessedAt != null && h.at().isAfter(assessedAt))
                    .findFirst();
            if (change.isPresent()) {
                throw new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.CONFLICT,
                        "clearance.dispute.assessment.stale", "transaction " + id.value() + " changed at " + change.get().at()
                        + " after the assessment of " + assessedAt + ": re-assess or type the refund");
            }
            // the engine's taxes are each rounded as their law says (to the cent): their difference has the currency's scale
            // at most; a difference finer than that (the data's, not the user's) is refused, not rounded here — type it
            int scale = java.util.Currency.getInstance(a.currency()).getDefaultFractionDigits();
            BigDecimal difference = a.difference().stripTrailingZeros();
            if (scale < 0 || difference.scale() > scale) {
                throw new ClearanceInputInvalid("refundedAmount", "clearance.dispute.refund.engine-fraction",
                        "the engine's difference " + a.difference().toPlainString() + " is finer than " + a.currency()
                        + "'s minor unit: type the refund", a.difference().toPlainString(), a.currency());
            }
            o = new DisputeOutcomeDetails(o.outcome(), o.decidedOn(), org.tradedesk.shared.Money.of(
                    difference.setScale(scale), org.tradedesk.shared.CurrencyCode.of(a.currency())), o.note());
            byEngine = true;
        }
        if (o.refunded() == null) {
            // refused or withdrawn: nothing is refunded (README), so no amount need be given — 0 in the dispute's currency is
            // recorded (acceptance review F11); an amount given must still be 0
            o = new DisputeOutcomeDetails(o.outcome(), o.decidedOn(), org.tradedesk.shared.Money.of("0", currency), o.note());
        }
        if (!o.refunded().currency().value().equals(currency)) {
            throw new ClearanceInputInvalid("refundedCurrency", "clearance.dispute.refund.currency",
                    "the refund is in the dispute's currency " + currency, currency, o.refunded().currency().value());
        }
        BigDecimal refunded = o.refunded().amount();
        if (refunded.stripTrailingZeros().scale() > 2 || refunded.precision() - refunded.scale() > 15) {
            throw new ClearanceInputInvalid("refundedAmount", "clearance.dispute.amount-invalid",
                    "at most 2 decimals and 15 digits: " + refunded.toPlainString(), refunded.toPlainString());
        }
        String problem = o.outcome().refundProblem(current.details().amountInDispute().amount(), refunded);
        if (problem != null && byEngine && problem.equals("clearance.dispute.refund.above-dispute")) {
            // re-review F7: the refund is the engine's difference, not typed: the message says so, and what to do
            throw new ClearanceInputInvalid("refundedAmount", "clearance.dispute.refund.engine-above-dispute",
                    "the engine's difference " + refunded.toPlainString() + " is more than the amount in dispute "
                    + current.details().amountInDispute().amount().toPlainString() + ": type the refund or correct the amount",
                    moneyText(refunded, currency), moneyText(current.details().amountInDispute().amount(), currency));
        }
        if (problem != null) {
            throw new ClearanceInputInvalid("refundedAmount", problem, "refund " + refunded.toPlainString() + " does not fit "
                    + o.outcome() + " of " + current.details().amountInDispute().amount().toPlainString(), moneyText(refunded, currency),
                    moneyText(current.details().amountInDispute().amount(), currency));
        }
        String note = o.note() == null ? "" : o.note().strip();
        if (note.length() > 2000) {
            throw new ClearanceInputInvalid("note", "clearance.field.too-long", "note is longer than 2000 characters", "note", "2000");
        }
        return withDeadlines(store.decide(id.value(), disputeId, expectedVersion, new DisputeOutcomeDetails(o.outcome(),
                o.decidedOn(), org.tradedesk.shared.Money.of(refunded.setScale(2), o.refunded().currency()), note), byEngine,
                CurrentUser.name(), Instant.now(clock)), file);
    }

    /** Today, as the file's own deadlines count it: in its jurisdiction's zone ({@link FileTime}). */
    public LocalDate today(Jurisdiction j) {
        return FileTime.today(clock, j);
    }

    /**
     * The review route as the letter tells it after the outcome (t4fixL: the letter dropped it once an outcome was recorded):
     * every step's deadline, the outcome's day taken as the day the decision on the last step filed was received (for
     * Taiwan without a step recorded: the 復查 decision; for Australia: the refund decision), so the step that follows it — the
     * next route for a partly upheld or refused case — counts from it.
     */
    List<DisputeDeadline> routeAfterOutcome(DisputeView d, TransactionDetails file) {
        Jurisdiction j = file.jurisdiction();
        Map<String, LocalDate> filed = filedOn(d);
        Map<String, LocalDate> decided = decidedOn(d);
        String last = decidedStep(j, d);
        if (last != null && d.outcome() != null && d.outcome().decidedOn() != null) {
            decided.putIfAbsent(last, d.outcome().decidedOn());
        }
        LocalDate received = file.dutyNoticeReceived() != null ? file.dutyNoticeReceived() : d.details().noticeReceived();
        return routes.deadlines(j, received, d.details().paidOn(), filed, decided, today(j));
    }

    /** Each step's filing day, by step id. */
    private static Map<String, LocalDate> filedOn(DisputeView d) {
        Map<String, LocalDate> filed = new HashMap<>();
        d.steps().forEach(s -> filed.put(s.stepId(), s.filedOn()));
        return filed;
    }

    /** Each decided step's decision day, by step id (a mutable map: the outcome may add the last step's). */
    private static Map<String, LocalDate> decidedOn(DisputeView d) {
        Map<String, LocalDate> decided = new HashMap<>();
        d.steps().stream().filter(s -> s.decidedOn() != null).forEach(s -> decided.put(s.stepId(), s.decidedOn()));
        return decided;
    }

    /** The step an outcome decides: the last one filed in the route's order, else the first step another one follows. */
    String decidedStep(Jurisdiction j, DisputeView d) {
        List<org.tradedesk.clearance.domain.ReviewStep> route = routes.route(j);
        java.util.Set<String> filed = new java.util.HashSet<>();
        d.steps().forEach(s -> filed.add(s.stepId()));
        String last = null;
        for (org.tradedesk.clearance.domain.ReviewStep s : route) {
            if (filed.contains(s.id())) {
                last = s.id();
            }
        }
        if (last != null) {
            return last;
        }
        return route.stream().map(org.tradedesk.clearance.domain.ReviewStep::afterStep).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    DisputeView withDeadlines(DisputeView d, TransactionDetails file) {
        Jurisdiction j = file.jurisdiction();
        Map<String, LocalDate> filed = filedOn(d);
        Map<String, LocalDate> decided = decidedOn(d);
        // counted from the day the FILE records the notice as received when it records one (關稅法 第45條 counts from
        // receipt), as the letter to the client does (forLetter): page, API, reminders and letter give one last day
        LocalDate received = file.dutyNoticeReceived() != null ? file.dutyNoticeReceived() : d.details().noticeReceived();
        List<DisputeDeadline> deadlines = d.closed() ? List.of()
                : routes.deadlines(j, received, d.details().paidOn(), filed, decided, today(j));
        return new DisputeView(d.id(), d.version(), d.transactionId(), d.details(), d.steps(), d.evidence(), d.outcome(), deadlines,
                d.createdBy(), d.createdAt(), warnings(d.details(), file), d.assessment());
    }

    /**
     * What looks wrong but may be so (review of issue 8: a notice received before the declaration date was taken
     * silently): a customs decision on a declaration comes after it was lodged, so the date is most likely mistyped — said
     * on the dispute, in the reader's language, while a notice in the future is refused ({@link #notFuture}).
     */
    static List<org.tradedesk.shared.MessageText> warnings(DisputeDetails d, TransactionDetails file) {
        List<org.tradedesk.shared.MessageText> out = new java.util.ArrayList<>();
        if (d.noticeReceived() != null && file.declarationDate() != null && d.noticeReceived().isBefore(file.declarationDate())) {
            out.add(org.tradedesk.shared.MessageText.of("clearance.dispute.warning.notice-before-declaration",
                    org.tradedesk.shared.MessageText.Arg.date(d.noticeReceived()), org.tradedesk.shared.MessageText.Arg.date(file.declarationDate())));
        }
        // two dates of one notice give two different 復查 last days (issue 8 item 4: file 12/07, dispute 12/06): said
        if (d.noticeReceived() != null && file.dutyNoticeReceived() != null && !d.noticeReceived().isEqual(file.dutyNoticeReceived())) {
            out.add(org.tradedesk.shared.MessageText.of("clearance.dispute.warning.notice-differs-from-file",
                    org.tradedesk.shared.MessageText.Arg.date(d.noticeReceived()),
                    org.tradedesk.shared.MessageText.Arg.date(file.dutyNoticeReceived())));
        }
        return List.copyOf(out);
    }

    private TransactionDetails openFile(TransactionId id) {
        TransactionView view = transactions.transaction(id);
        if (view.readOnly()) {
            throw TransactionClosed.of(view);
        }
        return view.details();
    }

    private static ClearanceInputInvalid required(String field) {
        return new ClearanceInputInvalid(field, "clearance.field.required", field + " is required", field);
    }

    private static void notFuture(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw required(field);
        }
        if (date.isAfter(today)) {
            // the file's today named, in the reader's format: the reader may be in another zone than the file
            throw new ClearanceInputInvalid(field, "clearance.dispute.date.future", field + " " + date + " is after today " + today,
                    date, today);
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
        if (value.strip().length() > max) {
            throw new ClearanceInputInvalid(field, "clearance.field.too-long", field + " is longer than " + max + " characters",
                    field, String.valueOf(max));
        }
    }

    /** The review routes, read once at start-up. */
    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        ReviewRoutes clearanceReviewRoutes(org.tradedesk.clearance.domain.RestDays restDays) {
            try (InputStream in = ClearanceDisputes.class.getResourceAsStream(ROUTES)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + ROUTES + " on the class path");
                }
                return ReviewRoutes.read(in).withRestDays(restDays);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * An amount as the letters and pages print it (acceptance review, t4fixM: 「爭議金額 36000.00」 beside "TWD 57,035"): the
     * currency, the figure grouped, to the currency's minor unit — a TWD amount without cents in whole NT$, as its taxes are.
     */
    static String moneyText(BigDecimal amount, String currency) {
        return currency + " " + figureText(amount, currency);
    }

    /**
     * The figure of {@link #moneyText} without its currency (the letter's table, whose currency heads the column; t4fixQ 5:
     * the letter printed TWD 57,035.00 where the customs notice says 57,035): a whole TWD amount in whole NT$ — Taiwan's
     * duties and taxes are truncated to whole dollars (the tax engine's rounding rule, TaxDocuments#rounded), and so is
     * every figure of a customs notice — a TWD amount with cents and every other currency (AUD) to its minor unit. Only
     * the presentation: the figure is not rounded here.
     */
    static String figureText(BigDecimal amount, String currency) {
        // the one rule of clearance's figures (t4fixW: this was a second formatter beside ClearanceFigures)
        return amount == null ? "—" : ClearanceFigures.figure(amount, currency);
    }
}
