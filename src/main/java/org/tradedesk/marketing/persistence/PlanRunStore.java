package org.tradedesk.marketing.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.marketing.domain.ComplianceAnswer;
import org.tradedesk.marketing.domain.ComplianceResponse;
import org.tradedesk.marketing.domain.SpendEntry;

/**
 * Running a campaign on the database (P3.2): compliance answers and readiness per activity, actual spend
 * entries, and the campaign's link to a recorded market decision. The facades decide and audit.
 */
@Component
public class PlanRunStore {

    /** Who marked an activity ready, and when. */
    public record Ready(String by, Instant at) {
    }

    /** The market decision a campaign is linked to: the markets module's project and decision ids. */
    public record DecisionLink(long projectId, long decisionId, String linkedBy, Instant linkedAt) {
    }

    private final ComplianceAnswerRepository answers;
    private final ActivityReadyRepository ready;
    private final SpendRepository spend;
    private final CampaignDecisionRepository decisions;

    PlanRunStore(ComplianceAnswerRepository answers, ActivityReadyRepository ready, SpendRepository spend,
            CampaignDecisionRepository decisions) {
        this.answers = answers;
        this.ready = ready;
        this.spend = spend;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public List<ComplianceResponse> answers(long activityId) {
        return answers.findByActivityIdOrderByIdAsc(activityId).stream().map(ComplianceAnswerEntity::toResponse).toList();
    }

    @Transactional
    public ComplianceResponse answer(long activityId, String itemCode, ComplianceAnswer answer, String note, String user, Instant now) {
        ComplianceAnswerEntity e = answers.findByActivityIdAndItemCode(activityId, itemCode)
                .orElseGet(() -> new ComplianceAnswerEntity(activityId, itemCode));
        e.answer(answer, note, user, now);
        return answers.saveAndFlush(e).toResponse();
    }

    @Transactional(readOnly = true)
    public Optional<Ready> readiness(long activityId) {
        return ready.findById(activityId).map(r -> new Ready(r.markedBy(), r.markedAt()));
    }

    @Transactional
    public Ready markReady(long activityId, String user, Instant now) {
        ActivityReadyEntity e = ready.findById(activityId).orElseGet(() -> ready.saveAndFlush(new ActivityReadyEntity(activityId, user, now)));
        return new Ready(e.markedBy(), e.markedAt());
    }

    /** Withdraws the readiness; true when the activity was ready. */
    @Transactional
    public boolean withdrawReady(long activityId) {
        if (ready.findById(activityId).isEmpty()) {
            return false;
        }
        ready.deleteById(activityId);
        return true;
    }

    /** The activities among these that are marked ready (one query). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> readyAmong(Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        ready.findByActivityIdIn(activityIds).forEach(r -> ids.add(r.activityId()));
        return ids;
    }

    @Transactional
    public SpendEntry addSpend(long campaignId, SpendEntry entry, String companyCurrency) {
        return spend.saveAndFlush(new SpendEntity(campaignId, entry)).toEntry(companyCurrency);
    }

    @Transactional(readOnly = true)
    public List<SpendEntry> spend(long campaignId, String companyCurrency) {
        return spend.findByCampaignIdOrderBySpentOnAscIdAsc(campaignId).stream().map(s -> s.toEntry(companyCurrency)).toList();
    }

    /** Spend per campaign in its company currency, for the dashboard: one grouped query whatever the count. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> spentByCampaign(Collection<Long> campaignIds) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (!campaignIds.isEmpty()) {
            for (Object[] r : spend.totalsByCampaign(campaignIds)) {
                out.put(((Number) r[0]).longValue(), (BigDecimal) r[1]);
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<DecisionLink> decisionLink(long campaignId) {
        return decisions.findById(campaignId).map(d -> new DecisionLink(d.projectId(), d.decisionId(), d.linkedBy(), d.linkedAt()));
    }

    @Transactional
    public DecisionLink link(long campaignId, long projectId, long decisionId, String user, Instant now) {
        CampaignDecisionEntity e = decisions.findById(campaignId).orElseGet(() -> new CampaignDecisionEntity(campaignId));
        e.link(projectId, decisionId, user, now);
        decisions.saveAndFlush(e);
        return new DecisionLink(projectId, decisionId, user, now);
    }
}
