package org.tradedesk.marketing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.marketing.persistence.MarketingStore;
import org.tradedesk.marketing.persistence.PlanRunStore;
import org.tradedesk.markets.ResearchProjects;

/**
 * T2 → T3: a campaign comes from a decision recorded in the markets module. Linking checks, through the
 * markets module's public API ({@link ResearchProjects#decision}), that the decision exists and that the
 * campaign's market is one of the markets it chose; the campaign keeps the reference ({@code P<project>-D<decision>})
 * and a one-line summary, and the page shows the decision read live.
 */
@Service
public class MarketDecisionLinks {

    private static final Map<String, String> ALPHA3_TO_2 = java.util.Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(c -> new Locale("", c).getISO3Country(), c -> c, (a, b) -> a));

    private final Campaigns campaigns;
    private final ResearchProjects research;
    private final PlanRunStore store;
    private final MarketingStore campaignStore;
    private final AuditTrail audit;
    private final Clock clock;

    MarketDecisionLinks(Campaigns campaigns, ResearchProjects research, PlanRunStore store, MarketingStore campaignStore, AuditTrail audit,
            Clock clock) {
        this.campaigns = campaigns;
        this.research = research;
        this.store = store;
        this.campaignStore = campaignStore;
        this.audit = audit;
        this.clock = clock;
    }

    /** Links the campaign to the stored decision; refused (naming the field) when the decision did not choose the campaign's market. */
    @Transactional
    public LinkedDecision link(CampaignId id, long projectId, long decisionId) {
        CampaignView c = campaigns.campaign(id);
        ResearchProjects.Decision d = research.decision(projectId, decisionId);
        ResearchProjects.Project p = research.project(projectId);
        List<LinkedDecision.Choice> choices = choices(d);
        LinkedDecision.Choice mine = choices.stream().filter(x -> c.market().equals(x.marketAlpha2())).findFirst()
                .orElseThrow(() -> new MarketingFieldInvalid("decision", "marketing.decision.market-not-chosen",
                        "decision " + decisionId + " of project " + projectId + " did not choose " + c.market() + " (it chose "
                                + choices.stream().map(LinkedDecision.Choice::market).collect(Collectors.joining(", ")) + ")",
                        String.valueOf(decisionId), c.market(),
                        choices.stream().map(LinkedDecision.Choice::market).collect(Collectors.joining(", "))));
        String summary = p.name() + ": " + choices.stream().map(LinkedDecision.Choice::market).collect(Collectors.joining(", "))
                + (mine.reason() == null || mine.reason().isBlank() ? "" : " — " + mine.reason());
        if (summary.length() > 500) {
            summary = summary.substring(0, 499) + "…";
        }
        String before = c.decisionId() + " " + c.decisionSummary();
        campaignStore.setDecision(id, LinkedDecision.reference(projectId, decisionId), summary);
        PlanRunStore.DecisionLink link = store.link(id.value(), projectId, decisionId, CurrentUser.name(), Instant.now(clock));
        audit.record(Campaigns.CAMPAIGN, id.toString(), AuditAction.CHANGED, before,
                LinkedDecision.reference(projectId, decisionId) + " " + summary);
        return view(p, d, link);
    }

    /** The linked decision read live from the markets module, or empty when the campaign has none linked. */
    @Transactional(readOnly = true)
    public Optional<LinkedDecision> linked(CampaignId id) {
        campaigns.campaign(id);
        return store.decisionLink(id.value()).map(l -> view(research.project(l.projectId()),
                research.decision(l.projectId(), l.decisionId()), l));
    }

    private static LinkedDecision view(ResearchProjects.Project p, ResearchProjects.Decision d, PlanRunStore.DecisionLink l) {
        return new LinkedDecision(p.id(), p.name(), d.id(), choices(d), d.figures() == null ? null : d.figures().datasetFile(),
                d.datasetSha256(), d.createdBy(), d.createdAt(), l.linkedBy(), l.linkedAt());
    }

    static List<LinkedDecision.Choice> choices(ResearchProjects.Decision d) {
        return d.choices().stream().map(ch -> new LinkedDecision.Choice(ch.market(), ALPHA3_TO_2.get(ch.market()), ch.reason())).toList();
    }
}
