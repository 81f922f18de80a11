package org.tradedesk.marketing.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.marketing.ActivityDetails;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.BudgetLocked;
import org.tradedesk.marketing.BudgetVersion;
import org.tradedesk.marketing.CampaignDetails;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignNotFound;
import org.tradedesk.marketing.CampaignSummary;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.SelectionRequest;
import org.tradedesk.marketing.SelectionRun;
import org.tradedesk.marketing.domain.BudgetCategory;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.marketing.domain.BudgetStatus;
import org.tradedesk.marketing.domain.BudgetTotals;
import org.tradedesk.marketing.domain.CampaignStatus;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaigns, activities, selection runs and budget versions on the database. The facade
 * ({@code marketing.Campaigns}) decides who may do what and audits; this class maps and keeps the
 * entities' guarded changes. Every method is one transaction (joining the facade's).
 */
@Component
public class MarketingStore {

    private final CampaignRepository campaigns;
    private final ActivityRepository activities;
    private final SelectionRunRepository runs;
    private final BudgetRepository budgets;
    private final JsonMapper json;
    private final TaskRepository tasks;
    private final KpiRepository kpis;

    MarketingStore(CampaignRepository campaigns, ActivityRepository activities, SelectionRunRepository runs,
            BudgetRepository budgets, JsonMapper json, TaskRepository tasks, KpiRepository kpis) {
        this.tasks = tasks;
        this.kpis = kpis;
        this.campaigns = campaigns;
        this.activities = activities;
        this.runs = runs;
        this.budgets = budgets;
        this.json = json;
    }

    /** A budget line as stored: plain values, so the JSON stays readable years later. */
    record LineJson(Long activityId, String category, String description, BigDecimal amount, String currency, BigDecimal rate,
            LocalDate rateDate, String rateSource) {
    }

    @Transactional
    public CampaignView createCampaign(CampaignDetails details, String user, Instant now) {
        return campaigns.saveAndFlush(new CampaignEntity(details, user, now)).toView();
    }

    @Transactional
    public CampaignView changeCampaign(CampaignId id, long expectedVersion, CampaignDetails details) {
        CampaignEntity e = entity(id);
        refuseStale(e.version(), expectedVersion);
        e.change(details);
        return campaigns.saveAndFlush(e).toView();
    }

    @Transactional
    public CampaignView moveCampaign(CampaignId id, CampaignStatus target) {
        CampaignEntity e = entity(id);
        e.moveTo(target);
        return campaigns.saveAndFlush(e).toView();
    }

    @Transactional(readOnly = true)
    public CampaignView campaign(CampaignId id) {
        return entity(id).toView();
    }

    /** The dashboard rows, newest period first, at most {@code limit}; three queries whatever the count. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> summaries(int limit) {
        List<CampaignEntity> list = campaigns.findAllByOrderByPeriodStartDescIdDesc(PageRequest.of(0, limit));
        List<Long> ids = list.stream().map(CampaignEntity::id).toList();
        Map<Long, long[]> acts = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : activities.countsByCampaign(ids)) {
                acts.put(((Number) r[0]).longValue(), new long[] {((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()});
            }
        }
        Map<Long, List<BudgetEntity>> buds = ids.isEmpty() ? Map.of()
                : budgets.findByCampaignIdIn(ids).stream().collect(Collectors.groupingBy(BudgetEntity::campaignId));
        List<CampaignSummary> rows = new ArrayList<>();
        for (CampaignEntity c : list) {
            CampaignView v = c.toView();
            long[] a = acts.getOrDefault(c.id(), new long[2]);
            List<BudgetEntity> b = new ArrayList<>(buds.getOrDefault(c.id(), List.of()));
            b.sort((x, y) -> Integer.compare(y.number(), x.number()));
            BudgetEntity latest = b.isEmpty() ? null : b.get(0);
            BudgetEntity approved = b.stream().filter(x -> x.status() == BudgetStatus.APPROVED).findFirst().orElse(null);
            CurrencyCode cur = CurrencyCode.of(c.companyCurrency());
            rows.add(new CampaignSummary(v.id(), v.name(), v.market(), v.product(), v.status(), v.owner(), v.start(), v.end(),
                    a[0], a[1], latest == null ? null : latest.status(),
                    latest == null ? null : new Money(latest.totalAmount(), cur),
                    approved == null ? null : new Money(approved.totalAmount(), cur)));
        }
        return rows;
    }

    @Transactional
    public ActivityView addActivity(CampaignId id, ActivityDetails details) {
        entity(id);
        return activities.saveAndFlush(new ActivityEntity(id.value(), details)).toView();
    }

    @Transactional
    public ActivityView changeActivity(CampaignId id, long activityId, long expectedVersion, ActivityDetails details) {
        ActivityEntity e = activity(id, activityId);
        refuseStale(e.version(), expectedVersion);
        e.change(details);
        return activities.saveAndFlush(e).toView();
    }

    @Transactional(readOnly = true)
    public List<ActivityView> activities(CampaignId id) {
        return activities.findByCampaignIdOrderByIdAsc(id.value()).stream().map(ActivityEntity::toView).toList();
    }

    /** Keeps the run as given and marks exactly the chosen activities of the campaign. */
    @Transactional
    public SelectionRun saveRun(SelectionRequest input, SelectionRun run) {
        SelectionRunEntity saved = runs.saveAndFlush(new SelectionRunEntity(run.campaignId().value(), run.method(),
                json.writeValueAsString(input), json.writeValueAsString(run), run.consistencyRatio(), run.reasons(),
                run.createdBy(), run.createdAt()));
        Set<Long> chosen = Set.copyOf(run.chosen());
        for (ActivityEntity a : activities.findByCampaignIdOrderByIdAsc(run.campaignId().value())) {
            a.choose(chosen.contains(a.id()));
            activities.saveAndFlush(a);
        }
        return toRun(saved);
    }

    @Transactional(readOnly = true)
    public List<SelectionRun> runs(CampaignId id) {
        return runs.findByCampaignIdOrderByIdDesc(id.value()).stream().map(this::toRun).toList();
    }

    private SelectionRun toRun(SelectionRunEntity e) {
        SelectionRun r = json.readValue(e.outcomeJson(), SelectionRun.class);
        return new SelectionRun(e.id(), r.campaignId(), r.method(), r.criteria(), r.weights(), r.pairwise(), r.scored(),
                r.consistencyRatio(), r.inconsistent(), r.reasons(), r.chosen(), r.createdBy(), r.createdAt());
    }

    @Transactional(readOnly = true)
    public List<BudgetVersion> budgets(CampaignId id) {
        entity(id);
        return budgets.findByCampaignIdOrderByNumberDesc(id.value()).stream().map(this::toBudget).toList();
    }

    /**
     * Writes the lines: into the latest version while it is a draft or returned; into a new version
     * when the latest is approved (the approved one stays, locked, until the new one is approved);
     * refused while the latest is under review. {@code expectedVersion} (the latest version's lock
     * version as the user saw it, or null for none yet) refuses a stale edit.
     */
    @Transactional
    public BudgetVersion saveBudget(CampaignId id, Long expectedVersion, BigDecimal contingency, List<BudgetLine> lines,
            BudgetTotals totals, String user, Instant now) {
        CampaignEntity campaign = entity(id);
        List<BudgetEntity> all = budgets.findByCampaignIdOrderByNumberDesc(id.value());
        BudgetEntity latest = all.isEmpty() ? null : all.get(0);
        if (expectedVersion != null && latest != null) {
            refuseStale(latest.version(), expectedVersion);
        }
        BudgetEntity target;
        if (latest == null) {
            target = new BudgetEntity(id.value(), 1, campaign.companyCurrency(), user, now);
        } else if (latest.status() == BudgetStatus.APPROVED) {
            target = new BudgetEntity(id.value(), latest.number() + 1, campaign.companyCurrency(), user, now);
        } else {
            target = latest;
        }
        target.change(contingency, json.writeValueAsString(lines.stream().map(MarketingStore::toJson).toList()),
                totals.total().amount());
        return toBudget(budgets.saveAndFlush(target));
    }

    @Transactional
    public BudgetVersion submitBudget(CampaignId id, String user, Instant now) {
        BudgetEntity latest = latest(id);
        latest.submit(user, now);
        return toBudget(budgets.saveAndFlush(latest));
    }

    /** Approves (superseding the earlier approved version) or returns the version under review. */
    @Transactional
    public BudgetVersion decideBudget(CampaignId id, BudgetStatus decision, String comment, String user, Instant now) {
        List<BudgetEntity> all = budgets.findByCampaignIdOrderByNumberDesc(id.value());
        BudgetEntity latest = latestOf(id, all);
        if (latest.status() == BudgetStatus.SUBMITTED && user.equals(latest.submittedBy())) {
            throw new BudgetLocked(TradedeskException.Kind.FORBIDDEN, "marketing.budget.own-review",
                    "the person who submitted a budget cannot review it", user);
        }
        latest.decide(decision, comment, user, now);
        if (decision == BudgetStatus.APPROVED) {
            for (BudgetEntity older : all) {
                if (older != latest && older.status() == BudgetStatus.APPROVED) {
                    older.supersede();
                    budgets.saveAndFlush(older);
                }
            }
        }
        return toBudget(budgets.saveAndFlush(latest));
    }

    private BudgetEntity latest(CampaignId id) {
        return latestOf(id, budgets.findByCampaignIdOrderByNumberDesc(id.value()));
    }

    private BudgetEntity latestOf(CampaignId id, List<BudgetEntity> all) {
        entity(id);
        if (all.isEmpty()) {
            throw new BudgetLocked(TradedeskException.Kind.CONFLICT, "marketing.budget.none", "the campaign has no budget yet",
                    id.toString());
        }
        return all.get(0);
    }

    private BudgetVersion toBudget(BudgetEntity e) {
        List<LineJson> stored = json.readValue(e.linesJson(), new TypeReference<List<LineJson>>() { });
        List<BudgetLine> lines = stored.stream().map(MarketingStore::fromJson).toList();
        CurrencyCode company = CurrencyCode.of(e.companyCurrency());
        return new BudgetVersion(e.id(), e.version(), new CampaignId(e.campaignId()), e.number(), e.status(), e.companyCurrency(),
                e.contingencyPercent(), lines, BudgetTotals.of(lines, company, e.contingencyPercent()), e.reviewComment(),
                e.submittedBy(), e.submittedAt(), e.decidedBy(), e.decidedAt(), e.createdBy(), e.createdAt());
    }

    private static LineJson toJson(BudgetLine l) {
        return new LineJson(l.activityId(), l.category().name(), l.description(), l.amount().amount(),
                l.amount().currency().value(), l.rate(), l.rateDate(), l.rateSource());
    }

    private static BudgetLine fromJson(LineJson l) {
        return new BudgetLine(l.activityId(), BudgetCategory.valueOf(l.category()), l.description(),
                new Money(l.amount(), CurrencyCode.of(l.currency())), l.rate(), l.rateDate(), l.rateSource());
    }

    private CampaignEntity entity(CampaignId id) {
        return campaigns.findById(id.value()).orElseThrow(() -> CampaignNotFound.campaign(id.value()));
    }

    private ActivityEntity activity(CampaignId id, long activityId) {
        ActivityEntity e = activities.findById(activityId).orElseThrow(() -> CampaignNotFound.activity(activityId));
        if (e.campaignId() != id.value()) {
            throw CampaignNotFound.activity(activityId);
        }
        return e;
    }

    private static void refuseStale(long actual, long expected) {
        if (actual != expected) {
            throw new BudgetLocked(TradedeskException.Kind.CONFLICT, "error.stale-edit",
                    "the record was changed by someone else (version " + actual + ", edit based on " + expected + ")");
        }
    }

    @Transactional
    public org.tradedesk.marketing.TaskView addTask(CampaignId id, org.tradedesk.marketing.TaskDetails details) {
        entity(id);
        return tasks.saveAndFlush(new TaskEntity(id.value(), details)).toView();
    }

    @Transactional
    public org.tradedesk.marketing.TaskView markTask(CampaignId id, long taskId, long expectedVersion, boolean done) {
        TaskEntity t = tasks.findById(taskId).filter(x -> x.campaignId() == id.value())
                .orElseThrow(() -> CampaignNotFound.task(taskId));
        refuseStale(t.version(), expectedVersion);
        t.markDone(done);
        return tasks.saveAndFlush(t).toView();
    }

    @Transactional(readOnly = true)
    public List<org.tradedesk.marketing.TaskView> tasks(CampaignId id) {
        return tasks.findByCampaignIdOrderByDueDateAscIdAsc(id.value()).stream().map(TaskEntity::toView).toList();
    }

    /** A person's open tasks over every campaign, earliest due first. */
    @Transactional(readOnly = true)
    public List<org.tradedesk.marketing.TaskView> openTasksOf(String person, int limit) {
        return tasks.findByResponsibleAndDoneFalseOrderByDueDateAsc(person, PageRequest.of(0, limit)).stream()
                .map(TaskEntity::toView).toList();
    }

    @Transactional
    public org.tradedesk.marketing.KpiView addKpi(CampaignId id, org.tradedesk.marketing.KpiDetails details) {
        entity(id);
        return kpis.saveAndFlush(new KpiEntity(id.value(), details)).toView();
    }

    @Transactional(readOnly = true)
    public List<org.tradedesk.marketing.KpiView> kpis(CampaignId id) {
        return kpis.findByCampaignIdOrderByIdAsc(id.value()).stream().map(KpiEntity::toView).toList();
    }

    /** Keeps the reference and summary of the market decision the campaign was linked to (slice t3plan). */
    @Transactional
    public CampaignView setDecision(CampaignId id, String decisionId, String summary) {
        CampaignEntity e = entity(id);
        e.setDecision(decisionId, summary);
        return campaigns.saveAndFlush(e).toView();
    }

    /** A page of campaigns, newest period first (REST listing). */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<CampaignView> campaignPage(org.springframework.data.domain.Pageable page) {
        return campaigns.findPage(page).map(CampaignEntity::toView);
    }
}
