package org.tradedesk.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.marketing.domain.ActivityKind;
import org.tradedesk.marketing.domain.BudgetCategory;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.marketing.domain.BudgetStatus;
import org.tradedesk.marketing.domain.SelectionMethod;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.Money;

@SpringBootTest
@AutoConfigureMockMvc
class CampaignsTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    AuditTrail audit;

    static <T> T as(String user, String roles, Supplier<T> action) {
        var authorities = java.util.Arrays.stream(roles.split(",")).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, "x", authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static CampaignDetails details(String name) {
        return new CampaignDetails(name, CountryCode.AU, HsCode.of("2204.21"), new MarketDecisionRef("D-17", "AU, wine 2204.21"),
                "200 trade enquiries in 2027", "Premium positioning in Victoria", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30),
                "coordinator", CurrencyCode.TWD);
    }

    @Test
    void aCampaignFromSelectionToAnApprovedBudgetAndANewVersion() {
        CampaignView c = as("coordinator", "COORDINATOR", () -> campaigns.create(details("Wine to Melbourne")));
        assertThat(c.decisionId()).isEqualTo("D-17");
        ActivityView fair = as("coordinator", "COORDINATOR", () -> campaigns.addActivity(c.id(),
                new ActivityDetails(ActivityKind.TRADE_FAIR, "Melbourne Food & Wine", null, Money.of("15000", "AUD"), new BigDecimal("12"))));
        ActivityView ads = as("coordinator", "COORDINATOR", () -> campaigns.addActivity(c.id(),
                new ActivityDetails(ActivityKind.DIGITAL_ADS, "Search ads", null, Money.of("90000", "TWD"), new BigDecimal("3"))));

        List<List<Double>> pairwise = List.of(List.of(1.0, 3.0, 5.0, 0.5), List.of(1 / 3.0, 1.0, 3.0, 0.25),
                List.of(0.2, 1 / 3.0, 1.0, 1 / 6.0), List.of(2.0, 4.0, 6.0, 1.0));
        SelectionRun run = as("coordinator", "COORDINATOR", () -> campaigns.select(c.id(), new SelectionRequest(SelectionMethod.AHP,
                null, pairwise, Map.of(fair.id(), List.of(8.0, 7.0, 6.0, 9.0), ads.id(), List.of(6.0, 3.0, 9.0, 5.0)),
                "Fair reaches importers in person", Set.of(fair.id()))));
        assertThat(run.consistencyRatio()).isBetween(0.029, 0.030);
        assertThat(run.weights().get(3)).isBetween(0.4947, 0.4948);
        List<SelectionRun> kept = campaigns.selections(c.id());
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).reasons()).isEqualTo("Fair reaches importers in person");
        assertThat(kept.get(0).pairwise()).hasSize(4);
        assertThat(kept.get(0).scored()).extracting(SelectionRun.Scored::name).containsExactly("Melbourne Food & Wine", "Search ads");
        assertThat(campaigns.activities(c.id())).extracting(ActivityView::chosen).containsExactly(true, false);

        List<BudgetLine> lines = List.of(
                new BudgetLine(fair.id(), BudgetCategory.VENUE, "Stand", Money.of("2500", "USD"), new BigDecimal("32.1234"),
                        LocalDate.of(2026, 12, 4), "Bank of Taiwan"),
                new BudgetLine(ads.id(), BudgetCategory.ADVERTISING, "Ads", Money.of("100000", "TWD"), null, null, null));
        BudgetVersion v1 = as("coordinator", "COORDINATOR", () -> campaigns.saveBudget(c.id(), null, new BigDecimal("10"), lines));
        assertThat(v1.number()).isEqualTo(1);
        // 80308.50 + 100000 = 180308.50; 10 % = 18030.85; total 198339.35
        assertThat(v1.totals().total().amount()).isEqualByComparingTo("198339.35");

        as("coordinator", "COORDINATOR", () -> campaigns.submitBudget(c.id()));
        assertThatThrownBy(() -> as("coordinator", "COORDINATOR", () -> campaigns.approveBudget(c.id(), null)))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.budget.role");
        assertThatThrownBy(() -> as("manager", "MANAGER", () -> campaigns.returnBudget(c.id(), " ")))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.budget.comment-required");
        BudgetVersion returned = as("manager", "MANAGER", () -> campaigns.returnBudget(c.id(), "Quote for the stand?"));
        assertThat(returned.status()).isEqualTo(BudgetStatus.RETURNED);
        assertThat(returned.comment()).isEqualTo("Quote for the stand?");
        as("coordinator", "COORDINATOR", () -> campaigns.saveBudget(c.id(), null, new BigDecimal("5"), lines));
        as("coordinator", "COORDINATOR", () -> campaigns.submitBudget(c.id()));
        BudgetVersion approved = as("manager", "MANAGER,COORDINATOR", () -> campaigns.approveBudget(c.id(), "ok"));
        assertThat(approved.status()).isEqualTo(BudgetStatus.APPROVED);
        assertThat(approved.number()).isEqualTo(1);

        // a change after approval opens version 2; version 1 stays approved and unchanged
        BudgetVersion v2 = as("coordinator", "COORDINATOR", () -> campaigns.saveBudget(c.id(), null, new BigDecimal("5"),
                lines.subList(1, 2)));
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(BudgetStatus.DRAFT);
        List<BudgetVersion> versions = campaigns.budgets(c.id());
        assertThat(versions).extracting(BudgetVersion::status).containsExactly(BudgetStatus.DRAFT, BudgetStatus.APPROVED);
        assertThat(versions.get(1).lines()).hasSize(2);
        CampaignSummary row = campaigns.dashboard().stream().filter(s -> s.id().equals(c.id())).findFirst().orElseThrow();
        assertThat(row.approved().amount()).isEqualByComparingTo(approved.totals().total().amount());
        assertThat(row.estimated().amount()).isEqualByComparingTo("105000.00");

        as("coordinator", "COORDINATOR", () -> campaigns.submitBudget(c.id()));
        assertThatThrownBy(() -> as("coordinator", "MANAGER,COORDINATOR", () -> campaigns.approveBudget(c.id(), null)))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.budget.own-review");
        as("manager", "MANAGER", () -> campaigns.approveBudget(c.id(), null));
        assertThat(campaigns.budgets(c.id())).extracting(BudgetVersion::status)
                .containsExactly(BudgetStatus.APPROVED, BudgetStatus.SUPERSEDED);

        assertThat(audit.search("marketing-budget", String.valueOf(v1.id()), null, null, null, PageRequest.of(0, 50))
                .getTotalElements()).isGreaterThanOrEqualTo(6);
        assertThat(audit.search("marketing-selection", String.valueOf(run.id()), null, null, null, PageRequest.of(0, 5))
                .getContent().get(0).after()).contains("Fair reaches importers in person");
    }

    @Test
    void aSubmittedBudgetIsLockedAndBadLinesNameTheirNumber() {
        CampaignView c = as("coordinator", "COORDINATOR", () -> campaigns.create(details("Tea to Sydney")));
        List<BudgetLine> foreignWithoutRate = List.of(
                new BudgetLine(null, BudgetCategory.TRAVEL, "Flights", Money.of("100", "TWD"), null, null, null),
                new BudgetLine(null, BudgetCategory.TRAVEL, "Hotel", Money.of("900", "AUD"), null, null, null));
        assertThatThrownBy(() -> as("coordinator", "COORDINATOR", () -> campaigns.saveBudget(c.id(), null, BigDecimal.ONE,
                foreignWithoutRate)))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.budget.line-rate").hasMessageContaining("line 2");
        assertThat(campaigns.budgets(c.id())).isEmpty();
        as("coordinator", "COORDINATOR", () -> campaigns.saveBudget(c.id(), null, BigDecimal.ONE, foreignWithoutRate.subList(0, 1)));
        as("coordinator", "COORDINATOR", () -> campaigns.submitBudget(c.id()));
        assertThatThrownBy(() -> as("coordinator", "COORDINATOR", () -> campaigns.saveBudget(c.id(), null, BigDecimal.ONE,
                foreignWithoutRate.subList(0, 1))))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.budget.locked");
    }

    @Test
    void tasksCarryRaciRolesAndKpisTheirMonitor() {
        CampaignView c = as("coordinator", "COORDINATOR", () -> campaigns.create(details("Coffee to Tokyo")));
        TaskView t = as("coordinator", "COORDINATOR", () -> campaigns.addTask(c.id(), new TaskDetails(null, "Book the Tokyo stand",
                "coordinator", "manager", "Amy, Ben", "sales team", LocalDate.of(2027, 1, 15))));
        assertThatThrownBy(() -> campaigns.addTask(c.id(), new TaskDetails(null, "Ship samples", "coordinator", "manager, amy",
                null, null, LocalDate.of(2027, 2, 1))))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.task.one-accountable");
        assertThatThrownBy(() -> campaigns.addTask(c.id(), new TaskDetails(999_999L, "Ship samples", "coordinator", "manager",
                null, null, LocalDate.of(2027, 2, 1))))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.activity.not-found");
        assertThat(campaigns.openTasksOf("coordinator")).extracting(TaskView::title).contains("Book the Tokyo stand");
        campaigns.markTask(c.id(), t.id(), t.version(), true);
        assertThat(campaigns.openTasksOf("coordinator")).extracting(TaskView::title).doesNotContain("Book the Tokyo stand");
        assertThatThrownBy(() -> campaigns.markTask(c.id(), t.id(), t.version(), false))
                .hasFieldOrPropertyWithValue("messageCode", "error.stale-edit");

        KpiView k = campaigns.addKpi(c.id(), new KpiDetails(null, org.tradedesk.marketing.domain.KpiKind.CONVERSION_RATE,
                new BigDecimal("12.5"), "manager", LocalDate.of(2027, 9, 30)));
        assertThat(campaigns.kpis(c.id())).extracting(KpiView::monitor).containsExactly("manager");
        assertThat(k.target()).isEqualByComparingTo("12.5");
        assertThatThrownBy(() -> campaigns.addKpi(c.id(), new KpiDetails(null, org.tradedesk.marketing.domain.KpiKind.RESPONSE_RATE,
                new BigDecimal("140"), "manager", LocalDate.of(2027, 9, 30))))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.kpi.target-range");
        assertThat(audit.search("marketing-task", String.valueOf(t.id()), null, null, null, PageRequest.of(0, 5)).getTotalElements())
                .isEqualTo(2);
    }
}
