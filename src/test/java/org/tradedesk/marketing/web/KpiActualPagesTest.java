package org.tradedesk.marketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.KpiDetails;
import org.tradedesk.marketing.KpiMonitoring;
import org.tradedesk.marketing.KpiView;
import org.tradedesk.marketing.MarketingSamples;
import org.tradedesk.marketing.domain.ActionStatus;
import org.tradedesk.marketing.domain.KpiKind;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class KpiActualPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    KpiMonitoring monitoring;

    record Setup(CampaignId campaign, long enquiries, long costPerLead) {
    }

    Setup setup() {
        MarketingSamples.Sample s = MarketingSamples.create(campaigns);
        long enquiries = campaigns.kpis(s.campaign()).get(0).id(); // ENQUIRIES, target 200
        KpiView cpl = campaigns.addKpi(s.campaign(),
                new KpiDetails(null, KpiKind.COST_PER_LEAD, new BigDecimal("500"), "manager", LocalDate.of(2027, 9, 30)));
        return new Setup(s.campaign(), enquiries, cpl.id());
    }

    String page(long id) throws Exception {
        return mvc.perform(get("/marketing/campaigns/" + id + "/actuals").param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void anActualEnteredInTheFormShowsItsGapAgainstTheTarget() throws Exception {
        Setup s = setup();
        long id = s.campaign().value();
        mvc.perform(post("/marketing/campaigns/" + id + "/actuals").with(csrf()).param("kpiId", String.valueOf(s.enquiries()))
                        .param("periodEnd", "2027-04-30").param("actual", "150"))
                .andExpect(redirectedUrl("/marketing/campaigns/" + id + "/actuals"));
        // 150 of 200 enquiries: 50 short, −25 %.
        String p = page(id);
        assertThat(p).contains("id=\"gap-" + s.enquiries() + "\"", "-50", "-25.0 %", "Below target");
        // a later period beats the target: 230 of 200, +30, +15 %, flagged with the prompt to set a new one
        mvc.perform(post("/marketing/campaigns/" + id + "/actuals").with(csrf()).param("kpiId", String.valueOf(s.enquiries()))
                        .param("periodEnd", "2027-06-30").param("actual", "230"))
                .andExpect(redirectedUrl("/marketing/campaigns/" + id + "/actuals"));
        p = page(id);
        assertThat(p).contains("15.0 %", "Over target", "Set a new target", "-25.0 %");
        assertThat(monitoring.actuals(s.campaign())).hasSize(2);
    }

    @Test
    void anActualOutOfRangeIsRefusedAndTheFormKept() throws Exception {
        Setup s = setup();
        long id = s.campaign().value();
        String p = mvc.perform(post("/marketing/campaigns/" + id + "/actuals").with(csrf()).param("lang", "en")
                        .param("kpiId", String.valueOf(s.costPerLead())).param("periodEnd", "2027-04-30").param("actual", "-3"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(p).contains("The actual is out of range for Cost per lead.", "value=\"-3\"", "value=\"2027-04-30\"");
        assertThat(monitoring.actuals(s.campaign())).isEmpty();
    }

    @Test
    void aCsvImportsEveryRowOrNothingNamingTheBadRow() throws Exception {
        Setup s = setup();
        long id = s.campaign().value();
        String bad = "kpi_id,period_end,actual\n"
                + s.enquiries() + ",2027-04-30,150\n"
                + s.costPerLead() + ",2027-04-30,420\n"
                + s.enquiries() + ",2027-05-31,many\n";
        String refused = mvc.perform(multipart("/marketing/campaigns/" + id + "/actuals/import")
                        .file(new MockMultipartFile("file", "actuals.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The file was refused; nothing was saved.", "Row 4: the actual many is not a number.");
        assertThat(monitoring.actuals(s.campaign())).isEmpty();

        String foreign = "kpi_id,period_end,actual\n" + s.enquiries() + ",2027-04-30,150\n999999,2027-04-30,1\n";
        String refused2 = mvc.perform(multipart("/marketing/campaigns/" + id + "/actuals/import")
                        .file(new MockMultipartFile("file", "actuals.csv", "text/csv", foreign.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused2).contains("Row 3: 999999 is not a KPI of this campaign.");
        assertThat(monitoring.actuals(s.campaign())).isEmpty();

        String good = "kpi_id,period_end,actual\r\n" + s.enquiries() + ",2027-04-30,150\r\n" + s.costPerLead() + ",2027-04-30,420\r\n";
        mvc.perform(multipart("/marketing/campaigns/" + id + "/actuals/import")
                        .file(new MockMultipartFile("file", "actuals.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/marketing/campaigns/" + id + "/actuals"));
        assertThat(monitoring.actuals(s.campaign())).hasSize(2);
        // cost per lead 420 against 500: 80 better, 16 %, over-achieved
        String p = page(id);
        assertThat(p).contains("id=\"gap-" + s.costPerLead() + "\"", "16.0 %", "Over target");
    }

    @Test
    void aCorrectiveActionIsFollowedUpFromOpenToDone() throws Exception {
        Setup s = setup();
        long id = s.campaign().value();
        String bad = mvc.perform(post("/marketing/campaigns/" + id + "/actions").with(csrf()).param("lang", "en")
                        .param("kpiId", String.valueOf(s.enquiries())).param("action", "Second mailing to importers")
                        .param("owner", "").param("due", "2027-05-15"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("value=\"Second mailing to importers\"", "id=\"action-owner\"", "is-invalid");
        assertThat(monitoring.actions(s.campaign())).isEmpty();
        mvc.perform(post("/marketing/campaigns/" + id + "/actions").with(csrf()).param("kpiId", String.valueOf(s.enquiries()))
                        .param("action", "Second mailing to importers").param("owner", "amy").param("due", "2027-05-15"))
                .andExpect(redirectedUrl("/marketing/campaigns/" + id + "/actuals"));
        var action = monitoring.actions(s.campaign()).get(0);
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(page(id)).contains("Second mailing to importers", "amy", "Open");
        mvc.perform(post("/marketing/campaigns/" + id + "/actions/" + action.id() + "/status").with(csrf())
                        .param("version", String.valueOf(action.version())).param("status", "DONE"))
                .andExpect(redirectedUrl("/marketing/campaigns/" + id + "/actuals"));
        assertThat(monitoring.actions(s.campaign()).get(0).status()).isEqualTo(ActionStatus.DONE);
        // done is final: reopening is refused and said on the page
        var done = monitoring.actions(s.campaign()).get(0);
        mvc.perform(post("/marketing/campaigns/" + id + "/actions/" + done.id() + "/status").with(csrf())
                        .param("version", String.valueOf(done.version())).param("status", "OPEN"))
                .andExpect(redirectedUrl("/marketing/campaigns/" + id + "/actuals"));
        assertThat(monitoring.actions(s.campaign()).get(0).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void theActualsPageRendersInChinese() throws Exception {
        Setup s = setup();
        monitoring.record(s.campaign(), s.enquiries(), LocalDate.of(2027, 4, 30), new BigDecimal("150"));
        String p = mvc.perform(get("/marketing/campaigns/" + s.campaign().value() + "/actuals").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(p).doesNotContain("??").contains("未達目標", "KPI 實績與差距");
    }
}
