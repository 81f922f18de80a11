package org.tradedesk.marketing;

import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.marketing.domain.CampaignStatus;
import org.tradedesk.marketing.domain.ComplianceAnswer;
import org.tradedesk.marketing.domain.ComplianceChecklist;
import org.tradedesk.marketing.domain.ComplianceGate;
import org.tradedesk.marketing.domain.ComplianceItem;
import org.tradedesk.marketing.domain.ComplianceResponse;
import org.tradedesk.marketing.persistence.PlanRunStore;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compliance checklist per activity (P3.2.5): items as data per jurisdiction (the campaign's market),
 * answered yes / no / n-a with a note by the signed-in person; an activity is marked ready only when
 * {@link ComplianceGate} finds no open mandatory item, and loses its readiness when an answer reopens one.
 * Every answer and every change of readiness is audited ({@code marketing-compliance}, {@code marketing-activity}).
 */
@Service
public class ActivityCompliance {

    static final String COMPLIANCE = "marketing-compliance";
    public static final int MAX_NOTE = 1000;

    private final Campaigns campaigns;
    private final PlanRunStore store;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ComplianceChecklist checklist;

    ActivityCompliance(Campaigns campaigns, PlanRunStore store, AuditTrail audit, JsonMapper json, Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        var in = ActivityCompliance.class.getResourceAsStream("/marketing/compliance/checklist.tsv");
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException("marketing/compliance/checklist.tsv"));
        }
        this.checklist = ComplianceChecklist.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Every item of the data file (for the REST listing and tests). */
    public List<ComplianceItem> allItems() {
        return checklist.all();
    }

    @Transactional(readOnly = true)
    public ComplianceView checklist(CampaignId id, long activityId) {
        CampaignView c = campaigns.campaign(id);
        ActivityView a = activity(id, activityId);
        List<ComplianceItem> items = checklist.itemsFor(c.market(), a.kind(), c.product());
        Map<String, ComplianceResponse> answers = store.answers(activityId).stream()
                .collect(Collectors.toMap(ComplianceResponse::itemCode, Function.identity()));
        List<ComplianceView.Item> rows = new ArrayList<>();
        for (ComplianceItem i : items) {
            ComplianceResponse r = answers.get(i.code());
            rows.add(new ComplianceView.Item(i.code(), i.jurisdiction(), i.category(), i.mandatory(), i.url(),
                    r == null ? null : r.answer(), r == null ? null : r.note(), r == null ? null : r.answeredBy(),
                    r == null ? null : r.answeredAt(), ComplianceGate.open(r)));
        }
        var ready = store.readiness(activityId);
        return new ComplianceView(id, activityId, a.name(), a.kind(), c.market(), checklist.covers(c.market()), rows,
                ComplianceGate.check(items, answers).openMandatory(), ready.isPresent(), ready.map(PlanRunStore.Ready::by).orElse(null),
                ready.map(PlanRunStore.Ready::at).orElse(null));
    }

    /**
     * Answers one item for the activity. NO and N/A need a note (what is missing; why it does not apply). An
     * answer that reopens a mandatory item of a ready activity withdraws its readiness.
     */
    @Transactional
    public ComplianceView answer(CampaignId id, long activityId, String itemCode, ComplianceAnswer answer, String note) {
        ComplianceView before = checklist(id, activityId);
        ComplianceView.Item item = before.items().stream().filter(i -> i.code().equals(itemCode)).findFirst()
                .orElseThrow(() -> new MarketingFieldInvalid("item", "marketing.compliance.item-unknown",
                        "item " + itemCode + " is not on this activity's checklist", String.valueOf(itemCode)));
        if (answer == null) {
            throw new MarketingFieldInvalid("answer", "marketing.compliance.answer-required", "answer yes, no or n-a", citation(item.code()));
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > MAX_NOTE) {
            throw new MarketingFieldInvalid("note", "marketing.compliance.note-long", "the note has at most " + MAX_NOTE + " characters",
                    String.valueOf(MAX_NOTE));
        }
        if (n == null && answer != ComplianceAnswer.YES) {
            throw new MarketingFieldInvalid("note", "marketing.compliance.note-required",
                    "a NO or N/A answer needs a note saying what is missing or why the item does not apply", citation(item.code()));
        }
        Instant now = Instant.now(clock);
        ComplianceResponse saved = store.answer(activityId, item.code(), answer, n, CurrentUser.name(), now);
        audit.record(COMPLIANCE, activityId + ":" + item.code(), item.answer() == null ? AuditAction.CREATED : AuditAction.CHANGED,
                item.answer() == null ? null : json.writeValueAsString(item), json.writeValueAsString(saved));
        ComplianceView after = checklist(id, activityId);
        if (after.ready() && !after.openMandatory().isEmpty()) {
            store.withdrawReady(activityId);
            audit.record(Campaigns.ACTIVITY, String.valueOf(activityId), AuditAction.CHANGED, "ready", "not ready: " + after.openMandatory());
            after = checklist(id, activityId);
        }
        return after;
    }

    /** Marks the activity ready to start; refused by {@link ComplianceGate} while a mandatory item is open. */
    @Transactional
    public ComplianceView markReady(CampaignId id, long activityId) {
        ComplianceView v = checklist(id, activityId);
        if (!v.openMandatory().isEmpty()) {
            throw new ComplianceOpen(activityId, v.openMandatory());
        }
        if (!v.ready()) {
            store.markReady(activityId, CurrentUser.name(), Instant.now(clock));
            audit.record(Campaigns.ACTIVITY, String.valueOf(activityId), AuditAction.APPROVED, "not ready", "ready");
        }
        return checklist(id, activityId);
    }

    @Transactional
    public ComplianceView withdrawReady(CampaignId id, long activityId) {
        checklist(id, activityId);
        if (store.withdrawReady(activityId)) {
            audit.record(Campaigns.ACTIVITY, String.valueOf(activityId), AuditAction.CHANGED, "ready", "not ready");
        }
        return checklist(id, activityId);
    }

    /** The campaign's activities that are marked ready (one query). */
    @Transactional(readOnly = true)
    public Set<Long> readyActivities(CampaignId id) {
        return store.readyAmong(campaigns.activities(id).stream().map(ActivityView::id).toList());
    }

    /**
     * The start gate (P3.2.5): why this activity may not start yet, or null when it may — its checklist has an open
     * mandatory item (named by citation), or it is complete but nobody has marked it ready (a checklist item added to
     * the data after it was marked counts as open too).
     */
    @Transactional(readOnly = true)
    public Object notStartable(CampaignId id, long activityId) {
        ComplianceView v = checklist(id, activityId);
        if (!v.openMandatory().isEmpty()) {
            return new DefaultMessageSourceResolvable(new String[] {"marketing.compliance.open-list"},
                    new Object[] {v.openMandatory().size(), citations(v.openMandatory())});
        }
        return v.ready() ? null : new DefaultMessageSourceResolvable("marketing.compliance.not-marked");
    }

    /**
     * Moves the campaign to another status; RUNNING only when every activity that is to run is ready to start: the
     * activities chosen by the latest selection run, or every activity when none is chosen; a campaign without an
     * activity cannot run. Refused (409 {@code marketing.campaign.not-startable}) naming each activity held back and its
     * open items by citation.
     */
    @Transactional
    public CampaignView moveCampaign(CampaignId id, CampaignStatus status) {
        CampaignView c = campaigns.campaign(id);
        if (status == null || !c.status().next().contains(status)) {
            // the states by their names in the reader's language, not PLANNING / CLOSED
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "marketing.campaign.status", "a campaign in status "
                    + c.status() + " cannot become " + status, new DefaultMessageSourceResolvable("marketing.campaign.status." + c.status()),
                    new DefaultMessageSourceResolvable(new String[] {"marketing.campaign.status." + status}, null, String.valueOf(status)));
        }
        if (status == CampaignStatus.RUNNING) {
            List<ActivityView> all = campaigns.activities(id);
            if (all.isEmpty()) {
                throw new TradedeskException(TradedeskException.Kind.CONFLICT, "marketing.campaign.no-activities",
                        "a campaign without an activity cannot start running");
            }
            List<ActivityView> toRun = all.stream().anyMatch(ActivityView::chosen) ? all.stream().filter(ActivityView::chosen).toList() : all;
            List<Object> held = new ArrayList<>();
            List<String> english = new ArrayList<>();
            for (ActivityView a : toRun) {
                Object why = notStartable(id, a.id());
                if (why != null) {
                    held.add(new DefaultMessageSourceResolvable(new String[] {"marketing.compliance.activity-held"}, new Object[] {a.name(), why}));
                    english.add(a.name());
                }
            }
            if (!held.isEmpty()) {
                throw new TradedeskException(TradedeskException.Kind.CONFLICT, "marketing.campaign.not-startable",
                        "the campaign cannot start running: activities not ready to start: " + english, held.size(),
                        joined(held));
            }
        }
        return campaigns.moveTo(id, status);
    }

    /** The citations of checklist items in the reader's language, joined with the language's list separator. */
    public static Object citations(List<String> codes) {
        if (codes.size() == 1) {
            return citation(codes.get(0));
        }
        // numbered: a citation may itself hold the list separator (；), so "12 items" must read as 12 pieces (review T3 item 5)
        List<Object> numbered = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            numbered.add(new DefaultMessageSourceResolvable(new String[] {"marketing.compliance.list-item"},
                    new Object[] {i + 1, citation(codes.get(i))}));
        }
        return joined(numbered);
    }

    static Object citation(String code) {
        return new DefaultMessageSourceResolvable(new String[] {"marketing.compliance.cite." + code}, null, code);
    }

    private static Object joined(List<?> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        Object rest = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            rest = new DefaultMessageSourceResolvable(new String[] {"marketing.compliance.list-pair"}, new Object[] {parts.get(i), rest});
        }
        return rest;
    }

    private ActivityView activity(CampaignId id, long activityId) {
        return campaigns.activities(id).stream().filter(a -> a.id() == activityId).findFirst()
                .orElseThrow(() -> CampaignNotFound.activity(activityId));
    }
}
