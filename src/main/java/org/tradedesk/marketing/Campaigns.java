package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.identity.Role;
import org.tradedesk.marketing.domain.Alternative;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.marketing.domain.BudgetStatus;
import org.tradedesk.marketing.domain.BudgetTotals;
import org.tradedesk.marketing.domain.CampaignStatus;
import org.tradedesk.marketing.domain.MultiCriteriaSelection;
import org.tradedesk.marketing.domain.RankedAlternative;
import org.tradedesk.marketing.domain.SelectionInput;
import org.tradedesk.marketing.domain.SelectionOutcome;
import org.tradedesk.marketing.domain.StandardCriteria;
import org.tradedesk.marketing.persistence.MarketingStore;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The marketing module's facade: campaigns (P3.1.1, P3.1.2), candidate activities (P3.1.3), selection
 * runs on the standard's criteria (P3.1.4) and budget versions with their approval (P3.1.5, P3.1.6).
 * Every change is audited in the same transaction; nothing half-written.
 */
@Service
public class Campaigns {

    public static final int MAX_CAMPAIGNS_LISTED = 1000;
    public static final int MAX_ACTIVITIES = 50;
    public static final int MAX_BUDGET_LINES = 100;
    static final String CAMPAIGN = "marketing-campaign";
    static final String ACTIVITY = "marketing-activity";
    static final String SELECTION = "marketing-selection";
    static final String BUDGET = "marketing-budget";
    static final String TASK = "marketing-task";
    static final String KPI = "marketing-kpi";
    public static final int MAX_TASKS = 200;
    public static final int MAX_KPIS = 100;

    private final MarketingStore store;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final org.tradedesk.identity.UserNames users;

    private final org.tradedesk.marketing.persistence.PlanRunStore links;
    private final org.tradedesk.markets.ResearchProjects research;

    Campaigns(MarketingStore store, AuditTrail audit, JsonMapper json, Clock clock, org.tradedesk.identity.UserNames users,
            org.tradedesk.marketing.persistence.PlanRunStore links, org.tradedesk.markets.ResearchProjects research) {
        this.links = links;
        this.research = research;
        this.users = users;
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CampaignView create(CampaignDetails details) {
        check(details);
        CampaignView v = store.createCampaign(details, CurrentUser.name(), Instant.now(clock));
        audit.record(CAMPAIGN, v.id().toString(), AuditAction.CREATED, null, json.writeValueAsString(v));
        return v;
    }

    @Transactional
    public CampaignView change(CampaignId id, long version, CampaignDetails details) {
        check(details);
        CampaignView before = store.campaign(id);
        details = keepDecision(id, before, details);
        CampaignView after = store.changeCampaign(id, version, details);
        audit.record(CAMPAIGN, id.toString(), AuditAction.CHANGED, json.writeValueAsString(before), json.writeValueAsString(after));
        return after;
    }

    /**
     * The decision reference of a campaign is derived from its link (set by {@link MarketDecisionLinks#link}), never
     * from an edit: an edit keeps the stored reference whatever it sends. With a decision linked, a change of market
     * is refused (naming the market field) unless the linked decision chose the new market too.
     */
    private CampaignDetails keepDecision(CampaignId id, CampaignView before, CampaignDetails d) {
        MarketDecisionRef kept = before.decisionId() == null && before.decisionSummary() == null ? null
                : new MarketDecisionRef(before.decisionId(), before.decisionSummary());
        var link = links.decisionLink(id.value());
        if (link.isPresent() && !d.market().value().equals(before.market())) {
            var l = link.get();
            List<LinkedDecision.Choice> choices = MarketDecisionLinks.choices(research.decision(l.projectId(), l.decisionId()));
            if (choices.stream().noneMatch(x -> d.market().value().equals(x.marketAlpha2()))) {
                String chosen = choices.stream().map(LinkedDecision.Choice::market).collect(java.util.stream.Collectors.joining(", "));
                throw new MarketingFieldInvalid("market", "marketing.decision.market-not-chosen", "decision " + l.decisionId() + " of project "
                        + l.projectId() + " did not choose " + d.market().value() + " (it chose " + chosen + "); link another decision first",
                        String.valueOf(l.decisionId()), d.market().value(), chosen);
            }
        }
        return new CampaignDetails(d.name(), d.market(), d.product(), kept, d.objectives(), d.strategy(), d.start(), d.end(), d.owner(),
                d.companyCurrency());
    }

    /** Moves the status as asked; the start gate is {@link ActivityCompliance#moveCampaign}, the only caller. */
    @Transactional
    CampaignView moveTo(CampaignId id, CampaignStatus status) {
        CampaignView before = store.campaign(id);
        CampaignView after = store.moveCampaign(id, status);
        audit.record(CAMPAIGN, id.toString(), AuditAction.CHANGED, json.writeValueAsString(before), json.writeValueAsString(after));
        return after;
    }

    @Transactional(readOnly = true)
    public CampaignView campaign(CampaignId id) {
        return store.campaign(id);
    }

    @Transactional(readOnly = true)
    public List<CampaignSummary> dashboard() {
        return store.summaries(MAX_CAMPAIGNS_LISTED);
    }

    /** One page of campaigns for the REST listing, newest period first (slice t3plan). */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<CampaignView> page(org.springframework.data.domain.Pageable page) {
        return store.campaignPage(page);
    }

    @Transactional
    public ActivityView addActivity(CampaignId id, ActivityDetails details) {
        check(details);
        if (store.activities(id).size() >= MAX_ACTIVITIES) {
            throw new MarketingInputInvalid("marketing.activity.too-many", "at most " + MAX_ACTIVITIES + " activities",
                    String.valueOf(MAX_ACTIVITIES));
        }
        ActivityView v = store.addActivity(id, details);
        audit.record(ACTIVITY, String.valueOf(v.id()), AuditAction.CREATED, null, json.writeValueAsString(v));
        return v;
    }

    @Transactional
    public ActivityView changeActivity(CampaignId id, long activityId, long version, ActivityDetails details) {
        check(details);
        ActivityView before = activities(id).stream().filter(a -> a.id() == activityId).findFirst()
                .orElseThrow(() -> CampaignNotFound.activity(activityId));
        ActivityView after = store.changeActivity(id, activityId, version, details);
        audit.record(ACTIVITY, String.valueOf(activityId), AuditAction.CHANGED, json.writeValueAsString(before),
                json.writeValueAsString(after));
        return after;
    }

    @Transactional(readOnly = true)
    public List<ActivityView> activities(CampaignId id) {
        store.campaign(id);
        return store.activities(id);
    }

    /**
     * Ranks every activity of the campaign on the standard's four criteria (scores 1–10) with the
     * method chosen, and keeps the run with its reasons and the chosen activities.
     */
    @Transactional
    public SelectionRun select(CampaignId id, SelectionRequest request) {
        List<ActivityView> acts = activities(id);
        if (acts.isEmpty()) {
            throw new MarketingInputInvalid("marketing.selection.no-activities", "the campaign has no activities to select from");
        }
        Map<Long, List<Double>> scores = request.scores() == null ? Map.of() : request.scores();
        List<Alternative> alternatives = new ArrayList<>();
        for (ActivityView a : acts) {
            List<Double> s = scores.get(a.id());
            if (s == null || s.size() != StandardCriteria.CODES.size()) {
                throw new MarketingInputInvalid("marketing.selection.activity-unscored", "activity " + a.name() + " needs four scores",
                        a.name());
            }
            for (Double v : s) {
                if (v == null || v < 1 || v > 10) {
                    throw new MarketingInputInvalid("marketing.selection.score-range",
                            "the scores of " + a.name() + " must be between 1 and 10", a.name());
                }
            }
            alternatives.add(new Alternative(a.name() + " #" + a.id(), s));
        }
        if (request.reasons() == null || request.reasons().isBlank() || request.reasons().length() > 4000) {
            throw new MarketingInputInvalid("marketing.selection.reasons", "the reasons for the choice are required (at most 4000 characters)");
        }
        Set<Long> ids = new HashSet<>(acts.stream().map(ActivityView::id).toList());
        Set<Long> chosen = request.chosen() == null ? Set.of() : Set.copyOf(request.chosen());
        if (chosen.isEmpty() || !ids.containsAll(chosen)) {
            throw new MarketingInputInvalid("marketing.selection.chosen", "choose at least one activity of this campaign");
        }
        SelectionOutcome out = MultiCriteriaSelection.run(new SelectionInput(request.method(),
                StandardCriteria.withWeights(request.weights()), request.pairwise(), alternatives));
        List<SelectionRun.Scored> scored = new ArrayList<>();
        for (int i = 0; i < acts.size(); i++) {
            ActivityView a = acts.get(i);
            String key = alternatives.get(i).name();
            RankedAlternative r = out.ranking().stream().filter(x -> x.name().equals(key)).findFirst().orElseThrow();
            scored.add(new SelectionRun.Scored(a.id(), a.name(), scores.get(a.id()), r.score(), r.rank()));
        }
        SelectionRun run = new SelectionRun(0, id, request.method(), StandardCriteria.CODES, out.weights(),
                request.method() == org.tradedesk.marketing.domain.SelectionMethod.AHP ? request.pairwise() : null, scored,
                out.consistencyRatio(), out.inconsistent(), request.reasons().strip(),
                acts.stream().map(ActivityView::id).filter(chosen::contains).toList(), CurrentUser.name(), Instant.now(clock));
        SelectionRun saved = store.saveRun(request, run);
        audit.record(SELECTION, String.valueOf(saved.id()), AuditAction.CREATED, null, json.writeValueAsString(saved));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<SelectionRun> selections(CampaignId id) {
        store.campaign(id);
        return store.runs(id);
    }

    /** Every budget version of the campaign, newest first. */
    @Transactional(readOnly = true)
    public List<BudgetVersion> budgets(CampaignId id) {
        return store.budgets(id);
    }

    /**
     * Saves the budget lines (see {@link MarketingStore#saveBudget}: a change after approval opens a
     * new version that needs its own approval). Lines in the company currency take rate 1.
     */
    @Transactional
    public BudgetVersion saveBudget(CampaignId id, Long expectedVersion, BigDecimal contingencyPercent, List<BudgetLine> lines) {
        CampaignView campaign = store.campaign(id);
        CurrencyCode company = CurrencyCode.of(campaign.companyCurrency());
        if (lines == null || lines.size() > MAX_BUDGET_LINES) {
            throw new MarketingInputInvalid("marketing.budget.lines", "a budget has at most " + MAX_BUDGET_LINES + " lines",
                    String.valueOf(MAX_BUDGET_LINES));
        }
        if (contingencyPercent == null || contingencyPercent.signum() < 0 || contingencyPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new MarketingInputInvalid("marketing.budget.contingency-range", "the contingency is a percentage from 0 to 100");
        }
        Set<Long> ids = new HashSet<>(store.activities(id).stream().map(ActivityView::id).toList());
        List<BudgetLine> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            checked.add(check(lines.get(i), i + 1, company, ids));
        }
        BudgetTotals totals = BudgetTotals.of(checked, company, contingencyPercent);
        List<BudgetVersion> before = store.budgets(id);
        BudgetVersion after = store.saveBudget(id, expectedVersion, contingencyPercent, checked, totals, CurrentUser.name(),
                Instant.now(clock));
        boolean created = before.isEmpty() || before.get(0).id() != after.id();
        audit.record(BUDGET, String.valueOf(after.id()), created ? AuditAction.CREATED : AuditAction.CHANGED,
                created ? null : json.writeValueAsString(before.get(0)), json.writeValueAsString(after));
        return after;
    }

    @Transactional
    public BudgetVersion submitBudget(CampaignId id) {
        requireRole(Role.COORDINATOR);
        BudgetVersion after = store.submitBudget(id, CurrentUser.name(), Instant.now(clock));
        audit.record(BUDGET, String.valueOf(after.id()), AuditAction.CHANGED, null, json.writeValueAsString(after));
        return after;
    }

    @Transactional
    public BudgetVersion approveBudget(CampaignId id, String comment) {
        requireRole(Role.MANAGER);
        BudgetVersion after = store.decideBudget(id, BudgetStatus.APPROVED, blankToNull(comment), CurrentUser.name(), Instant.now(clock));
        audit.record(BUDGET, String.valueOf(after.id()), AuditAction.APPROVED, null, json.writeValueAsString(after));
        return after;
    }

    /** Returns the version under review to its author; the comment says why and is required. */
    @Transactional
    public BudgetVersion returnBudget(CampaignId id, String comment) {
        requireRole(Role.MANAGER);
        if (comment == null || comment.isBlank() || comment.length() > 2000) {
            throw new MarketingInputInvalid("marketing.budget.comment-required", "a returned budget needs a comment");
        }
        BudgetVersion after = store.decideBudget(id, BudgetStatus.RETURNED, comment.strip(), CurrentUser.name(), Instant.now(clock));
        audit.record(BUDGET, String.valueOf(after.id()), AuditAction.CHANGED, null, json.writeValueAsString(after));
        return after;
    }

    /** Adds a task with its RACI roles (P3.2.1 – P3.2.3): one responsible, one accountable, a due date. */
    @Transactional
    public TaskView addTask(CampaignId id, TaskDetails d) {
        if (d == null || blank(d.title(), 200) || blank(d.responsible(), 100) || blank(d.accountable(), 100) || d.due() == null
                || tooLong(d.consulted(), 300) || tooLong(d.informed(), 300)) {
            throw new MarketingInputInvalid("marketing.task.incomplete",
                    "a task needs a title, one person responsible, one accountable and a due date");
        }
        if (d.accountable().contains(",")) {
            throw new MarketingInputInvalid("marketing.task.one-accountable", "exactly one person is accountable for a task");
        }
        refuseForeignActivity(id, d.activityId());
        if (store.tasks(id).size() >= MAX_TASKS) {
            throw new MarketingInputInvalid("marketing.task.too-many", "at most " + MAX_TASKS + " tasks", String.valueOf(MAX_TASKS));
        }
        TaskView v = store.addTask(id, new TaskDetails(d.activityId(), d.title().strip(), d.responsible().strip(),
                d.accountable().strip(), blankToNull(d.consulted()), blankToNull(d.informed()), d.due()));
        audit.record(TASK, String.valueOf(v.id()), AuditAction.CREATED, null, json.writeValueAsString(v));
        return v;
    }

    @Transactional
    public TaskView markTask(CampaignId id, long taskId, long version, boolean done) {
        TaskView after = store.markTask(id, taskId, version, done);
        audit.record(TASK, String.valueOf(taskId), AuditAction.CHANGED, null, json.writeValueAsString(after));
        return after;
    }

    @Transactional(readOnly = true)
    public List<TaskView> tasks(CampaignId id) {
        store.campaign(id);
        return store.tasks(id);
    }

    /** The open tasks a person is responsible for, over every campaign, earliest due first (at most 200). */
    @Transactional(readOnly = true)
    public List<TaskView> openTasksOf(String person) {
        return store.openTasksOf(person, MAX_TASKS);
    }

    /** Adds a KPI target with the person who monitors it (P3.2.4). Percentages and NPS are bounded. */
    @Transactional
    public KpiView addKpi(CampaignId id, KpiDetails d) {
        if (d == null || d.kind() == null || d.target() == null || blank(d.monitor(), 100) || d.due() == null) {
            throw new MarketingInputInvalid("marketing.kpi.incomplete", "a KPI needs a kind, a target, who monitors it and by when");
        }
        boolean percent = switch (d.kind()) {
            case ROI, RESPONSE_RATE, CONVERSION_RATE -> true;
            default -> false;
        };
        boolean valid = switch (d.kind()) {
            case NPS -> d.target().compareTo(BigDecimal.valueOf(-100)) >= 0 && d.target().compareTo(BigDecimal.valueOf(100)) <= 0;
            case ROI -> d.target().compareTo(BigDecimal.valueOf(-100)) >= 0;
            default -> d.target().signum() >= 0 && (!percent || d.target().compareTo(BigDecimal.valueOf(100)) <= 0);
        };
        if (!valid) {
            throw new MarketingInputInvalid("marketing.kpi.target-range", "the target is out of range for " + d.kind(),
                    new org.springframework.context.support.DefaultMessageSourceResolvable("marketing.kpi.kind." + d.kind()));
        }
        refuseForeignActivity(id, d.activityId());
        if (store.kpis(id).size() >= MAX_KPIS) {
            throw new MarketingInputInvalid("marketing.kpi.too-many", "at most " + MAX_KPIS + " KPIs", String.valueOf(MAX_KPIS));
        }
        KpiView v = store.addKpi(id, new KpiDetails(d.activityId(), d.kind(), d.target(), d.monitor().strip(), d.due()));
        audit.record(KPI, String.valueOf(v.id()), AuditAction.CREATED, null, json.writeValueAsString(v));
        return v;
    }

    @Transactional(readOnly = true)
    public List<KpiView> kpis(CampaignId id) {
        store.campaign(id);
        return store.kpis(id);
    }

    private void refuseForeignActivity(CampaignId id, Long activityId) {
        if (activityId != null && store.activities(id).stream().noneMatch(a -> a.id() == activityId)) {
            throw CampaignNotFound.activity(activityId);
        }
    }

    private static boolean blank(String s, int max) {
        return s == null || s.isBlank() || s.length() > max;
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }

    private static void requireRole(Role role) {
        if (!CurrentUser.hasRole(role)) {
            throw new TradedeskException(TradedeskException.Kind.FORBIDDEN, "marketing.budget.role",
                    "only a " + role + " may do this", role.name());
        }
    }

    private static BudgetLine check(BudgetLine l, int n, CurrencyCode company, Set<Long> activityIds) {
        String line = String.valueOf(n);
        if (l == null || l.category() == null || l.amount() == null) {
            throw new MarketingInputInvalid("marketing.budget.line-incomplete", "line " + n + " needs a category and an amount", line);
        }
        if (l.description() == null || l.description().isBlank() || l.description().length() > 200) {
            throw new MarketingInputInvalid("marketing.budget.line-description", "line " + n + " needs a description (at most 200 characters)", line);
        }
        if (l.amount().isNegative()) {
            throw new MarketingInputInvalid("marketing.budget.line-negative", "line " + n + " has a negative amount", line);
        }
        if (tooPrecise(l.amount())) {
            throw new MarketingInputInvalid("marketing.budget.line-too-precise", "line " + n + ": " + l.amount().currency()
                    + " amounts have at most " + l.amount().currency().isoFractionDigits() + " decimals", line,
                    l.amount().currency().value(), l.amount().currency().isoFractionDigits());
        }
        if (l.activityId() != null && !activityIds.contains(l.activityId())) {
            throw new MarketingInputInvalid("marketing.budget.line-activity", "line " + n + " names an activity of another campaign", line);
        }
        if (l.amount().currency().equals(company)) {
            return new BudgetLine(l.activityId(), l.category(), l.description().strip(), l.amount(), BigDecimal.ONE, null, null);
        }
        if (l.rate() == null || l.rate().signum() <= 0 || l.rateDate() == null || l.rateSource() == null || l.rateSource().isBlank()
                || l.rateSource().length() > 200) {
            throw new MarketingInputInvalid("marketing.budget.line-rate",
                    "line " + n + " is in " + l.amount().currency() + ": it needs a rate to " + company + " above zero, its date and its source",
                    line, l.amount().currency().value(), company.value());
        }
        return new BudgetLine(l.activityId(), l.category(), l.description().strip(), l.amount(), l.rate(), l.rateDate(),
                l.rateSource().strip());
    }

    private void check(CampaignDetails d) {
        if (d.name() == null || d.name().isBlank() || d.market() == null || d.product() == null || d.objectives() == null
                || d.objectives().isBlank() || d.start() == null || d.end() == null || d.owner() == null || d.owner().isBlank()
                || d.companyCurrency() == null) {
            throw new MarketingInputInvalid("marketing.campaign.incomplete",
                    "a campaign needs a name, market, product, objectives, period, owner and company currency");
        }
        if (d.end().isBefore(d.start())) {
            throw new MarketingFieldInvalid("end", "marketing.campaign.period", "the period ends before it starts");
        }
        // the owner is a user of the desk; the signed-in person (an API token's user may have no account) always is
        if (!d.owner().strip().equals(CurrentUser.name()) && !users.exists(d.owner())) {
            throw new MarketingFieldInvalid("owner", "marketing.campaign.owner-unknown", "owner: no user is named " + d.owner(), d.owner());
        }
    }

    private static void check(ActivityDetails d) {
        if (d.kind() == null || d.name() == null || d.name().isBlank() || d.estimatedCost() == null || d.effortDays() == null) {
            throw new MarketingInputInvalid("marketing.activity.incomplete", "an activity needs a kind, a name, a cost and an effort");
        }
        if (d.estimatedCost().isNegative() || d.effortDays().signum() < 0) {
            throw new MarketingInputInvalid("marketing.activity.negative", "cost and effort cannot be negative");
        }
        if (tooPrecise(d.estimatedCost())) {
            throw new MarketingFieldInvalid("estimatedCost", "marketing.activity.cost-too-precise", "estimated cost: "
                    + d.estimatedCost().currency() + " amounts have at most " + d.estimatedCost().currency().isoFractionDigits()
                    + " decimals", d.estimatedCost().currency().value(), d.estimatedCost().currency().isoFractionDigits());
        }
    }

    /**
     * More decimals than the currency's ISO 4217 minor units (JPY 0; TWD, AUD 2 — the unit the product shows and
     * rounds TWD to everywhere): the shown figure would be rounded and no longer add up, so it is refused.
     */
    public static boolean tooPrecise(Money m) {
        return m != null && m.amount().stripTrailingZeros().scale() > m.currency().isoFractionDigits();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
