package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradedesk.marketing.domain.ActivityKind;
import org.tradedesk.marketing.domain.BudgetCategory;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.marketing.domain.KpiKind;
import org.tradedesk.marketing.domain.SelectionMethod;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.Money;

/** A campaign with two activities, an AHP run and a budget (one foreign line), for page sweeps and document tests. */
public final class MarketingSamples {

    public record Sample(CampaignId campaign, long fair, long ads) {
    }

    private MarketingSamples() {
    }

    public static Sample create(Campaigns campaigns) {
        CampaignView c = campaigns.create(new CampaignDetails("澳洲葡萄酒推廣", CountryCode.AU, HsCode.of("2204.21"),
                new MarketDecisionRef("D-17", "澳洲，葡萄酒 2204.21"), "2027 年取得 200 件貿易詢價", "維多利亞州高價位定位",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30), "coordinator", CurrencyCode.TWD));
        ActivityView fair = campaigns.addActivity(c.id(), new ActivityDetails(ActivityKind.TRADE_FAIR, "墨爾本食品酒展", "攤位與試飲",
                Money.of("15000", "AUD"), new BigDecimal("12")));
        ActivityView ads = campaigns.addActivity(c.id(), new ActivityDetails(ActivityKind.DIGITAL_ADS, "搜尋廣告", null,
                Money.of("90000", "TWD"), new BigDecimal("3")));
        List<List<Double>> pairwise = List.of(List.of(1.0, 3.0, 5.0, 0.5), List.of(1 / 3.0, 1.0, 3.0, 0.25),
                List.of(0.2, 1 / 3.0, 1.0, 1 / 6.0), List.of(2.0, 4.0, 6.0, 1.0));
        campaigns.select(c.id(), new SelectionRequest(SelectionMethod.AHP, null, pairwise,
                Map.of(fair.id(), List.of(8.0, 7.0, 6.0, 9.0), ads.id(), List.of(6.0, 3.0, 9.0, 5.0)), "商展可直接接觸進口商",
                Set.of(fair.id())));
        campaigns.saveBudget(c.id(), null, new BigDecimal("7.5"), List.of(
                new BudgetLine(fair.id(), BudgetCategory.VENUE, "攤位", Money.of("2500", "USD"), new BigDecimal("32.1234"),
                        LocalDate.of(2026, 12, 4), "臺灣銀行"),
                new BudgetLine(ads.id(), BudgetCategory.ADVERTISING, "廣告", Money.of("100000", "TWD"), null, null, null),
                // AUD 1,234.57 (an AUD amount has two decimals) × 21.00485 = 25,931.957… → 25,931.96
                new BudgetLine(null, BudgetCategory.TRAVEL, "機票", Money.of("1234.57", "AUD"), new BigDecimal("21.00485"),
                        LocalDate.of(2026, 12, 4), "臺灣銀行")));
        campaigns.addTask(c.id(), new TaskDetails(fair.id(), "預訂攤位", "coordinator", "manager", "林經理", "業務部",
                LocalDate.of(2027, 1, 15)));
        campaigns.addKpi(c.id(), new KpiDetails(null, KpiKind.ENQUIRIES, new BigDecimal("200"), "manager", LocalDate.of(2027, 9, 30)));
        return new Sample(c.id(), fair.id(), ads.id());
    }

    /** Answers every item of the activity's checklist YES and marks it ready to start (spend and RUNNING need it). */
    public static void ready(ActivityCompliance compliance, CampaignId campaign, long activityId) {
        for (ComplianceView.Item i : compliance.checklist(campaign, activityId).items()) {
            compliance.answer(campaign, activityId, i.code(), org.tradedesk.marketing.domain.ComplianceAnswer.YES, null);
        }
        compliance.markReady(campaign, activityId);
    }
}
