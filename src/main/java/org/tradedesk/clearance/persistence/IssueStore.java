package org.tradedesk.clearance.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.AlternativeDetails;
import org.tradedesk.clearance.ChoiceDetails;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.IssueDetails;
import org.tradedesk.clearance.IssueNotFound;
import org.tradedesk.clearance.IssueView;
import org.tradedesk.clearance.StaleTransactionEdit;
import org.tradedesk.clearance.TransactionNotFound;
import org.tradedesk.clearance.domain.AlternativeRanking;
import org.tradedesk.clearance.domain.RiskRating;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.Money;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issue register of files on the database. Each change writes its line to the file's history in the same
 * transaction and touches the file (so its version moves and concurrent edits are seen).
 */
@Component
public class IssueStore {

    /** At most this many issues per file and alternatives per issue. */
    public static final int MAX_ISSUES = 100;
    public static final int MAX_ALTERNATIVES = 10;

    private final TransactionRepository transactions;
    private final IssueRepository issues;
    private final AlternativeRepository alternatives;
    private final HistoryRepository history;
    private final JsonMapper json;

    IssueStore(TransactionRepository transactions, IssueRepository issues, AlternativeRepository alternatives,
            HistoryRepository history, JsonMapper json) {
        this.transactions = transactions;
        this.issues = issues;
        this.alternatives = alternatives;
        this.history = history;
        this.json = json;
    }

    @Transactional
    public IssueView raise(long transactionId, IssueDetails d, String user, Instant now) {
        touch(transactionId, now);
        if (issues.countByTransactionId(transactionId) >= MAX_ISSUES) {
            throw new ClearanceInputInvalid("description", "clearance.issue.too-many",
                    "a clearance transaction holds at most " + MAX_ISSUES + " issues", String.valueOf(MAX_ISSUES));
        }
        IssueEntity saved = issues.saveAndFlush(new IssueEntity(transactionId, d.description(), d.implications(), d.likelihood(),
                d.impact(), d.owner(), user, now));
        RiskRating risk = new RiskRating(d.likelihood(), d.impact());
        record(transactionId, user, now, MessageText.of("clearance.history.issue-raised", MessageText.Arg.number(saved.id()),
                MessageText.Arg.literal(d.description()), MessageText.Arg.number(risk.score()),
                MessageText.Arg.code("clearance.risk." + risk.level())));
        return view(saved, List.of());
    }

    /**
     * Raises the issue opened from a finding: its explanation and implications kept as message codes with arguments, linked
     * to the finding by its key; one issue per finding and file (409 naming the one there).
     */
    @Transactional
    public IssueView raiseFromFinding(long transactionId, IssueDetails d, IssueView.FindingLink f, String user, Instant now) {
        existing(transactionId, f.key()).ifPresent(id -> {
            throw new org.tradedesk.clearance.FindingHasIssue(id, f.key());
        });
        touch(transactionId, now);
        if (issues.countByTransactionId(transactionId) >= MAX_ISSUES) {
            throw new ClearanceInputInvalid("findingKey", "clearance.issue.too-many",
                    "a clearance transaction holds at most " + MAX_ISSUES + " issues", String.valueOf(MAX_ISSUES));
        }
        // touch() above locks the file's row by its version: of two clicks at once one is stale; the unique index backs it
        IssueEntity saved = issues.saveAndFlush(new IssueEntity(transactionId, d.description(), d.implications(), d.likelihood(),
                d.impact(), d.owner(), user, now).fromFinding(f.key(), f.rule(), f.severity(), f.regulation(),
                        json.writeValueAsString(f.explanation()), json.writeValueAsString(f.implications())));
        RiskRating risk = new RiskRating(d.likelihood(), d.impact());
        record(transactionId, user, now, MessageText.of("clearance.history.issue-from-finding", MessageText.Arg.number(saved.id()),
                MessageText.Arg.message(org.tradedesk.clearance.domain.FindingNames.rule(f.rule())), MessageText.Arg.message(f.explanation()), MessageText.Arg.number(risk.score()),
                MessageText.Arg.code("clearance.risk." + risk.level())));
        return view(saved, List.of());
    }

    /**
     * Records the day the issue's finding was first seen resolved, once (review R8: the day no longer moves with every later
     * edit of the file); {@code day} null: the finding stands again and the recorded day goes. In a transaction of its own,
     * so that a page reading the issues records it; several instances at once record the first day only.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void recordResolved(long issueId, java.time.LocalDate day) {
        if (day == null) {
            issues.clearResolved(issueId);
        } else {
            issues.recordResolved(issueId, day);
        }
    }

    /** The issue opened from the finding with this key on the file, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> existing(long transactionId, String findingKey) {
        return issues.idsOfFinding(transactionId, IssueEntity.keyHash(findingKey), findingKey).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<IssueView> issues(long transactionId) {
        List<IssueEntity> found = issues.findByTransactionIdOrderByIdAsc(transactionId, PageRequest.of(0, MAX_ISSUES));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AlternativeEntity>> byIssue = new HashMap<>(alternatives
                .findByIssueIdInOrderByIdAsc(found.stream().map(IssueEntity::id).toList()).stream()
                .collect(Collectors.groupingBy(AlternativeEntity::issueId)));
        return found.stream().map(i -> view(i, byIssue.getOrDefault(i.id(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public IssueView issue(long transactionId, long issueId) {
        IssueEntity issue = load(transactionId, issueId);
        return view(issue, alternatives.findByIssueIdInOrderByIdAsc(List.of(issueId)));
    }

    @Transactional
    public IssueView addAlternative(long transactionId, long issueId, AlternativeDetails d,
            org.tradedesk.clearance.AlternativeCosting costing, String user, Instant now) {
        IssueEntity issue = load(transactionId, issueId);
        issue.touch(now);
        List<AlternativeEntity> existing = alternatives.findByIssueIdInOrderByIdAsc(List.of(issueId));
        if (existing.size() >= MAX_ALTERNATIVES) {
            throw new ClearanceInputInvalid("kind", "clearance.alternative.too-many",
                    "an issue holds at most " + MAX_ALTERNATIVES + " alternatives", String.valueOf(MAX_ALTERNATIVES));
        }
        String currency = d.cost().currency().value();
        if (!existing.isEmpty() && !existing.get(0).costCurrency().equals(currency)) {
            throw new ClearanceInputInvalid("costCurrency", "clearance.alternative.currency-differs",
                    "the alternatives of an issue are costed in one currency (" + existing.get(0).costCurrency()
                            + ") so they can be compared; got " + currency, existing.get(0).costCurrency(), currency);
        }
        touch(transactionId, now);
        issues.saveAndFlush(issue);
        AlternativeEntity saved = alternatives.saveAndFlush(new AlternativeEntity(issueId, d.kind(), d.benefits(),
                d.cost().amount(), currency, d.legalRequirements(), d.risks(), d.riskManagement(), d.likelihood(), d.impact(),
                costing == null ? null : json.writeValueAsString(costing), user, now));
        record(transactionId, user, now, MessageText.of("clearance.history.alternative-added", MessageText.Arg.number(issueId),
                MessageText.Arg.code("clearance.alternative.kind." + d.kind()), org.tradedesk.clearance.domain.MoneyCodes.taxAmount(d.cost())));
        if (costing != null && costing.computed()) {
            // the audit line says where the figure came from: the engine's total, the date it computed for, its data
            MessageText source = costing.engineSource();
            record(transactionId, user, now, MessageText.of("clearance.history.alternative-costed", MessageText.Arg.number(issueId),
                    MessageText.Arg.code("clearance.alternative.kind." + d.kind()),
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(costing.engineTotal(), costing.currency()), MessageText.Arg.message(source),
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(costing.handTotal(), costing.currency())));
        }
        List<AlternativeEntity> all = new ArrayList<>(existing);
        all.add(saved);
        return view(issue, all);
    }

    @Transactional
    public IssueView choose(long transactionId, long issueId, long expectedVersion, ChoiceDetails c, String user, Instant now) {
        // a second "choose" (a double click, a second tab) waits for the first on the file's row and is then told the issue
        // already has its solution, naming it — not that someone else changed it (acceptance review, issue 8)
        TransactionEntity file = transactions.findById(transactionId).orElseThrow(() -> TransactionNotFound.forId(transactionId));
        entityManager.refresh(file, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        IssueEntity issue = load(transactionId, issueId);
        entityManager.refresh(issue);
        if (issue.status() == org.tradedesk.clearance.IssueStatus.RESOLVED && issue.chosenAlternativeId() != null) {
            AlternativeEntity already = alternatives.findByIssueIdInOrderByIdAsc(List.of(issueId)).stream()
                    .filter(a -> a.id().equals(issue.chosenAlternativeId())).findFirst().orElse(null);
            throw new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.CONFLICT,
                    MessageText.of("clearance.issue.already-chosen", MessageText.Arg.number(issueId),
                            already == null ? MessageText.Arg.literal("#" + issue.chosenAlternativeId())
                                    : MessageText.Arg.code("clearance.alternative.kind." + already.kind()),
                            MessageText.Arg.literal(issue.confirmedBy() == null ? "-" : issue.confirmedBy())),
                    "issue " + issueId + " already has its chosen solution " + issue.chosenAlternativeId());
        }
        if (issue.version() != expectedVersion) {
            throw StaleTransactionEdit.ofIssue(issueId, expectedVersion, issue.version());
        }
        List<AlternativeEntity> all = alternatives.findByIssueIdInOrderByIdAsc(List.of(issueId));
        AlternativeEntity chosen = all.stream().filter(a -> a.id() == c.alternativeId()).findFirst()
                .orElseThrow(() -> IssueNotFound.alternative(issueId, c.alternativeId()));
        issue.choose(chosen.id(), c.reasons(), c.regulationReferences(), c.confirmedBy(), c.confirmedAt(), now);
        touch(transactionId, now);
        IssueEntity saved = issues.saveAndFlush(issue);
        record(transactionId, user, now, MessageText.of("clearance.history.solution-chosen", MessageText.Arg.number(issueId),
                MessageText.Arg.code("clearance.alternative.kind." + chosen.kind()), MessageText.Arg.literal(c.confirmedBy())));
        return view(saved, all);
    }

    /** Deletes the issues and alternatives of a file (with the file, after its retention period). */
    void deleteOf(long transactionId) {
        alternatives.deleteOfTransaction(transactionId);
        issues.deleteByTransactionId(transactionId);
    }

    private void touch(long transactionId, Instant now) {
        TransactionEntity t = transactions.findById(transactionId).orElseThrow(() -> TransactionNotFound.forId(transactionId));
        t.touch(now);
        transactions.saveAndFlush(t);
    }

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    private IssueEntity load(long transactionId, long issueId) {
        return issues.findByIdAndTransactionId(issueId, transactionId)
                .orElseThrow(() -> IssueNotFound.forIds(transactionId, issueId));
    }

    private void record(long transactionId, String user, Instant now, MessageText line) {
        history.save(new HistoryEntity(transactionId, now, user, line.code(), json.writeValueAsString(line.args())));
    }

    private IssueView view(IssueEntity i, List<AlternativeEntity> alts) {
        Map<Long, AlternativeEntity> byId = alts.stream().collect(Collectors.toMap(AlternativeEntity::id, a -> a));
        List<AlternativeRanking.Candidate> ranked = AlternativeRanking.rank(alts.stream()
                .map(a -> new AlternativeRanking.Candidate(a.id(), money(a), new RiskRating(a.likelihood(), a.impact())))
                .toList());
        List<IssueView.Alternative> views = new ArrayList<>();
        for (int r = 0; r < ranked.size(); r++) {
            AlternativeEntity a = byId.get(ranked.get(r).id());
            views.add(new IssueView.Alternative(a.id(), r + 1, a.kind(), a.benefits(), money(a), a.legalRequirements(), a.risks(),
                    a.riskManagement(), new RiskRating(a.likelihood(), a.impact()), costing(a)));
        }
        IssueView.Choice choice = i.chosenAlternativeId() == null ? null
                : new IssueView.Choice(i.chosenAlternativeId(), i.choiceReasons(), i.choiceReferences(), i.confirmedBy(),
                        i.confirmedAt());
        IssueView.FindingLink finding = i.findingKey() == null ? null
                : new IssueView.FindingLink(i.findingKey(), i.findingRule(), i.findingSeverity(), i.findingRegulation(),
                        json.readValue(i.descriptionText(), MessageText.class),
                        // stored before the rule was named by its title: read with it
                        org.tradedesk.clearance.domain.FindingNames.withRuleNamed(json.readValue(i.implicationsText(), MessageText.class), 0),
                        i.findingResolvedOn());
        return new IssueView(i.id(), i.version(), i.transactionId(), i.description(), i.implications(),
                new RiskRating(i.likelihood(), i.impact()), i.owner(), i.status(), List.copyOf(views), choice, i.createdBy(),
                i.createdAt(), finding);
    }

    private org.tradedesk.clearance.AlternativeCosting costing(AlternativeEntity a) {
        return a.costing() == null ? org.tradedesk.clearance.AlternativeCosting.typedByHand(a.costCurrency(), a.costAmount())
                : json.readValue(a.costing(), org.tradedesk.clearance.AlternativeCosting.class);
    }

    private static Money money(AlternativeEntity a) {
        return Money.of(a.costAmount(), org.tradedesk.shared.CurrencyCode.of(a.costCurrency()));
    }
}
