package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.marketing.domain.BudgetStatus;
import org.tradedesk.marketing.domain.BudgetTotals;
import org.tradedesk.marketing.domain.BudgetVariance;
import org.tradedesk.marketing.domain.SpendEntry;
import org.tradedesk.marketing.persistence.PlanRunStore;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Actual spend against the approved budget (P3.2.2, P3.2.3): entries are booked to a line of the latest
 * approved version, converted to the company currency with the dated rate the user gives (rounded like the
 * budget lines, {@link BudgetTotals#ruleFor}), and compared line by line and in total
 * ({@link BudgetVariance}). Entries are never changed (a correction is a later entry; a refund is not
 * supported yet). Audited as {@code marketing-spend}.
 */
@Service
public class BudgetSpending {

    static final String SPEND = "marketing-spend";
    public static final int MAX_ENTRIES = 2000;

    private final Campaigns campaigns;
    private final PlanRunStore store;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final org.tradedesk.platform.BusinessCalendar calendar;

    private final ActivityCompliance compliance;

    BudgetSpending(Campaigns campaigns, ActivityCompliance compliance, PlanRunStore store, AuditTrail audit, JsonMapper json, Clock clock, org.tradedesk.platform.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.campaigns = campaigns;
        this.compliance = compliance;
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public SpendEntry record(CampaignId id, SpendDetails d) {
        CampaignView c = campaigns.campaign(id);
        BudgetVersion approved = approved(id);
        if (approved == null) {
            throw new BudgetLocked(TradedeskException.Kind.CONFLICT, "marketing.spend.no-approved-budget",
                    "actual spend is booked to an approved budget; this campaign has none yet", id.toString());
        }
        CurrencyCode company = CurrencyCode.of(c.companyCurrency());
        if (d == null || d.line() == null || d.line() < 1 || d.line() > approved.lines().size()) {
            throw new MarketingFieldInvalid("line", "marketing.spend.line-invalid", "choose a line of approved budget version "
                    + approved.number() + " (1 to " + approved.lines().size() + ")", String.valueOf(approved.number()),
                    String.valueOf(approved.lines().size()));
        }
        if (d.amount() == null || d.amount().amount().signum() <= 0) {
            throw new MarketingFieldInvalid("amount", "marketing.spend.amount-invalid", "the amount paid must be above zero");
        }
        if (Campaigns.tooPrecise(d.amount())) {
            throw new MarketingFieldInvalid("amount", "marketing.spend.amount-too-precise", "amount paid: " + d.amount().currency()
                    + " amounts have at most " + d.amount().currency().isoFractionDigits() + " decimals",
                    d.amount().currency().value(), d.amount().currency().isoFractionDigits());
        }
        // "not after today" in any zone the desk serves (a receipt dated in Sydney is not refused before Taipei's midnight)
        LocalDate today = calendar.latestToday();
        if (d.spentOn() == null || d.spentOn().isAfter(today)) {
            throw new MarketingFieldInvalid("spentOn", "marketing.spend.date-invalid", "the date paid is required and not after today");
        }
        if (blank(d.supplier(), 200)) {
            throw new MarketingFieldInvalid("supplier", "marketing.spend.supplier-required", "the supplier is required (at most 200 characters)");
        }
        if (blank(d.receipt(), 100)) {
            throw new MarketingFieldInvalid("receipt", "marketing.spend.receipt-required", "the receipt reference is required (at most 100 characters)");
        }
        BigDecimal rate = BigDecimal.ONE;
        LocalDate rateDate = null;
        String rateSource = null;
        if (!d.amount().currency().equals(company)) {
            if (d.rate() == null || d.rate().signum() <= 0 || d.rateDate() == null || d.rateDate().isAfter(today)
                    || blank(d.rateSource(), 200)) {
                throw new MarketingFieldInvalid(d.rate() == null || d.rate().signum() <= 0 ? "rate" : d.rateDate() == null
                        || d.rateDate().isAfter(today) ? "rateDate" : "rateSource", "marketing.spend.rate-required",
                        "paid in " + d.amount().currency() + ": give the rate to " + company + " above zero, its date and its source",
                        d.amount().currency().value(), company.value());
            }
            rate = d.rate();
            rateDate = d.rateDate();
            rateSource = d.rateSource().strip();
        }
        if (store.spend(id.value(), c.companyCurrency()).size() >= MAX_ENTRIES) {
            throw new MarketingInputInvalid("marketing.spend.too-many", "at most " + MAX_ENTRIES + " entries", String.valueOf(MAX_ENTRIES));
        }
        BudgetLine line = approved.lines().get(d.line() - 1);
        if (line.activityId() != null) {
            Object why = compliance.notStartable(id, line.activityId());
            if (why != null) {
                String name = campaigns.activities(id).stream().filter(a -> a.id() == line.activityId()).map(ActivityView::name)
                        .findFirst().orElse(String.valueOf(line.activityId()));
                throw new MarketingFieldInvalid("line", "marketing.spend.activity-not-ready", "line " + d.line() + " is for activity "
                        + name + ", which is not ready to start (compliance checklist)", name, why);
            }
        }
        Money converted = new Money(d.amount().amount().multiply(rate), company).round(BudgetTotals.ruleFor(company));
        SpendEntry saved = store.addSpend(id.value(), new SpendEntry(0, approved.number(), d.line(), line.activityId(), line.category(),
                line.description(), d.amount(), d.spentOn(), d.supplier().strip(), d.receipt().strip(), rate, rateDate, rateSource,
                converted, CurrentUser.name(), Instant.now(clock)), c.companyCurrency());
        audit.record(SPEND, String.valueOf(saved.id()), AuditAction.CREATED, null, json.writeValueAsString(saved));
        return saved;
    }

    /** Budget vs actual against the latest approved version (variance null when there is none). */
    @Transactional(readOnly = true)
    public SpendingView spending(CampaignId id) {
        CampaignView c = campaigns.campaign(id);
        List<SpendEntry> entries = store.spend(id.value(), c.companyCurrency());
        BudgetVersion approved = approved(id);
        BudgetVariance variance = approved == null ? null
                : BudgetVariance.of(approved.number(), approved.lines(), approved.totals(), entries);
        return new SpendingView(id, approved, variance, entries);
    }

    /** Spend per campaign in its company currency (dashboard; one query). */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> spentByCampaign(Collection<Long> campaignIds) {
        return store.spentByCampaign(campaignIds);
    }

    private BudgetVersion approved(CampaignId id) {
        return campaigns.budgets(id).stream().filter(b -> b.status() == BudgetStatus.APPROVED).findFirst().orElse(null);
    }

    private static boolean blank(String s, int max) {
        return s == null || s.isBlank() || s.strip().length() > max;
    }

}
