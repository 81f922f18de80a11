package org.tradedesk.marketing.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.ResearchProjects;

/** REST for campaigns, budgets, actual spend, the compliance checklist and the market decision link (issue 10, slice t3plan). */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class CampaignApiTest {

    static final String BASE = "/api/v1/marketing/campaigns";

    @Autowired
    MockMvc mvc;
    @Autowired
    MarketDatasets markets;
    @Autowired
    ResearchProjects projects;

    ResultActions call(MockHttpServletRequestBuilder request, String body, String language) throws Exception {
        return mvc.perform(request.with(csrf()).header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "" : body));
    }

    static String campaign(String market, String owner, String start, String end, Long version) {
        return """
                {"name":"Wine to Melbourne","market":"%s","product":"2204.21","objectives":"200 trade enquiries","start":"%s","end":"%s",
                 "owner":"%s","companyCurrency":"TWD"%s}""".formatted(market, start, end, owner, version == null ? "" : ",\"version\":" + version);
    }

    long create(String market) throws Exception {
        String json = call(post(BASE), campaign(market, "coordinator", "2027-03-01", "2027-09-30", null), "en")
                .andExpect(status().isCreated()).andExpect(header().string("Location", containsString(BASE + "/")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void campaignsAreCreatedListedAndUpdatedWithTheirVersion() throws Exception {
        // review finding: an owner who is no user is refused, naming the field, in the reader's language
        call(post(BASE), campaign("AU", "nobody-here", "2027-03-01", "2027-09-30", null), "zh-TW")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.campaign.owner-unknown"))
                .andExpect(jsonPath("$.detail").value("負責人：沒有名為 nobody-here 的使用者。"));
        call(post(BASE), campaign("AU", "coordinator", "2027-09-30", "2027-03-01", null), "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.campaign.period"));
        call(post(BASE), campaign("AU", "coordinator", "2027-03-01", "not-a-date", null), "en").andExpect(status().isBadRequest());
        long id = create("AU");
        mvc.perform(get(BASE).param("page", "0").param("size", "1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1)).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.totalElements").isNumber());
        mvc.perform(get(BASE).param("page", "2147483647").param("size", "200")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("platform.paging.out-of-range"));
        String got = mvc.perform(get(BASE + "/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.owner").value("coordinator"))
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(got, "$.version")).longValue();
        call(put(BASE + "/" + id), campaign("AU", "coordinator", "2027-03-01", "2027-10-31", version), "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.end").value("2027-10-31"));
        // the same old version again: someone else saved in between
        call(put(BASE + "/" + id), campaign("AU", "coordinator", "2027-03-01", "2027-10-31", version), "en")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.stale-edit"));
        call(put(BASE + "/" + id), campaign("AU", "coordinator", "2027-03-01", "2027-10-31", null), "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.api.version-required"));
        mvc.perform(get(BASE + "/999999").header("Accept-Language", "en")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("marketing.campaign.not-found"));
    }

    /**
     * Budget: line 1 USD 2,500 × 32.1234 = 80,308.50; line 2 TWD 100,000; subtotal 180,308.50; contingency 10 % =
     * 18,030.85; approved total 198,339.35. Spend: USD 2,600 × 32 = 83,200.00 on line 1 (variance +2,891.50,
     * 2,891.50 / 80,308.50 = 3.60 % → 3.6); TWD 30,000 on line 2 (−70,000.00, −70.0 %); total 113,200.00, variance
     * −67,108.50 (−37.2 %). Then TWD 90,000 more on line 2: 203,200.00 > 198,339.35 → over budget.
     */
    @Test
    void budgetApprovalThenActualSpendWithVariance() throws Exception {
        long id = create("AU");
        String budget = """
                {"contingencyPercent":10,"lines":[
                 {"category":"VENUE","description":"Stand","amount":2500,"currency":"USD","rate":32.1234,"rateDate":"2026-12-04","rateSource":"Bank of Taiwan"},
                 {"category":"ADVERTISING","description":"Search ads","amount":100000,"currency":"TWD"}]}""";
        call(put(BASE + "/" + id + "/budget"), budget, "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.total.amount").value("198339.35"))
                .andExpect(jsonPath("$.totals.total.currency").value("TWD")).andExpect(jsonPath("$.status").value("DRAFT"));
        call(post(BASE + "/" + id + "/spend"), "{\"line\":1,\"amount\":10,\"currency\":\"TWD\",\"spentOn\":\"2026-12-01\","
                + "\"supplier\":\"x\",\"receipt\":\"r\"}", "en")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("marketing.spend.no-approved-budget"));
        call(post(BASE + "/" + id + "/budget/submit"), null, "en").andExpect(status().isOk());
        call(post(BASE + "/" + id + "/budget/approve"), "{\"comment\":\"ok\"}", "en").andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/budget/approve").with(csrf()).with(user("manager").roles("MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"fine\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get(BASE + "/" + id + "/budgets")).andExpect(jsonPath("$.length()").value(1));

        call(post(BASE + "/" + id + "/spend"), "{\"line\":1,\"amount\":2600,\"currency\":\"USD\",\"spentOn\":\"2026-12-01\","
                + "\"supplier\":\"MCEC\",\"receipt\":\"INV-88\"}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.spend.rate-required"))
                .andExpect(jsonPath("$.detail", containsString("USD")));
        call(post(BASE + "/" + id + "/spend"), "{\"line\":3,\"amount\":1,\"currency\":\"TWD\",\"spentOn\":\"2026-12-01\","
                + "\"supplier\":\"x\",\"receipt\":\"r\"}", "zh-TW")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("預算列：請選擇核准預算第 1 版的一列（1 至 2）。"));
        call(post(BASE + "/" + id + "/spend"), "{\"line\":1,\"amount\":1,\"currency\":\"TWD\",\"spentOn\":\"2026-12-01\",\"receipt\":\"r\"}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("supplier")));
        call(post(BASE + "/" + id + "/spend"), "{\"line\":1,\"amount\":2600,\"currency\":\"USD\",\"spentOn\":\"2026-12-01\","
                + "\"supplier\":\"MCEC\",\"receipt\":\"INV-88\",\"rate\":32,\"rateDate\":\"2026-12-01\",\"rateSource\":\"Bank of Taiwan\"}", "en")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.converted.amount").value("83200.00"))
                .andExpect(jsonPath("$.converted.currency").value("TWD")).andExpect(jsonPath("$.amount.amount").value("2600.00"))
                .andExpect(jsonPath("$.amount.currency").value("USD"));
        call(post(BASE + "/" + id + "/spend"), "{\"line\":2,\"amount\":30000,\"currency\":\"TWD\",\"spentOn\":\"2026-12-02\","
                + "\"supplier\":\"Search Co\",\"receipt\":\"AD-1\"}", "en").andExpect(status().isCreated());
        mvc.perform(get(BASE + "/" + id + "/spend")).andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedVersion").value(1))
                .andExpect(jsonPath("$.lines[0].variance.amount").value("2891.50"))
                .andExpect(jsonPath("$.lines[0].variancePercent").value(3.6))
                .andExpect(jsonPath("$.lines[1].variancePercent").value(-70.0))
                .andExpect(jsonPath("$.actual.amount").value("113200.00"))
                .andExpect(jsonPath("$.variance.amount").value("-67108.50"))
                .andExpect(jsonPath("$.variancePercent").value(-37.2))
                .andExpect(jsonPath("$.overBudget").value(false)).andExpect(jsonPath("$.warning").value(nullValue()));
        call(post(BASE + "/" + id + "/spend"), "{\"line\":2,\"amount\":90000,\"currency\":\"TWD\",\"spentOn\":\"2026-12-03\","
                + "\"supplier\":\"Search Co\",\"receipt\":\"AD-2\"}", "en").andExpect(status().isCreated());
        mvc.perform(get(BASE + "/" + id + "/spend").header("Accept-Language", "en")).andExpect(jsonPath("$.overBudget").value(true))
                // M4, by hand: subtotal 80,308.50 + 100,000 = 180,308.50; contingency 10 % = 18,030.85; approved 198,339.35.
                // actual 83,200 + 30,000 + 90,000 = 203,200.00; overspend over the lines 22,891.50 > contingency →
                // used = min(22,891.50, 18,030.85) = 18,030.85; over the approved total 203,200 − 198,339.35 = 4,860.65
                .andExpect(jsonPath("$.contingencyUsed.amount").value("18030.85"))
                .andExpect(jsonPath("$.overApprovedTotal.amount").value("4860.65"))
                .andExpect(jsonPath("$.warning", containsString("Over budget")))
                .andExpect(jsonPath("$.warning", containsString("TWD 203,200,")));
    }

    /**
     * Review T3, item 1: an amount more precise than its currency's minor units (ISO 4217: JPY 0, TWD 2 — as the product
     * shows TWD everywhere) is refused, naming the field, in both languages; item 4: numbers as typed (7.5, 0.2117) in
     * every answer, not the column's padding; item 8: approving needs no comment, returning does.
     */
    @Test
    void amountsBeyondTheCurrencysMinorUnitsAreRefusedAndNumbersAreShownAsTyped() throws Exception {
        long id = create("AU");
        String line2 = "{\"category\":\"ADVERTISING\",\"description\":\"Ads\",\"amount\":%s,\"currency\":\"%s\"%s}";
        String jpy = ",\"rate\":0.2117,\"rateDate\":\"2026-12-01\",\"rateSource\":\"Bank of Taiwan\"";
        call(put(BASE + "/" + id + "/budget"), "{\"contingencyPercent\":7.5,\"lines\":[" + line2.formatted("1000.4", "JPY", jpy) + "]}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.budget.line-too-precise"))
                .andExpect(jsonPath("$.detail").value("Line 1: JPY has no decimals."));
        call(put(BASE + "/" + id + "/budget"), "{\"contingencyPercent\":7.5,\"lines\":[" + line2.formatted("10.005", "TWD", "") + "]}", "zh-TW")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("第 1 行：TWD 金額最多 2 位小數。"));
        call(put(BASE + "/" + id + "/budget"), "{\"contingencyPercent\":7.5,\"lines\":[" + line2.formatted("10000", "JPY", jpy) + ","
                + line2.formatted("1000.50", "TWD", "") + "]}", "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.contingencyPercent").value(7.5));
        call(post(BASE + "/" + id + "/budget/submit"), null, "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("\"contingencyPercent\":7.5,")));
        // returning needs a reason; approving does not
        mvc.perform(post(BASE + "/" + id + "/budget/return").with(csrf()).with(user("manager").roles("MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("marketing.budget.comment-required"));
        mvc.perform(post(BASE + "/" + id + "/budget/approve").with(csrf()).with(user("manager").roles("MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(content().string(containsString("\"contingencyPercent\":7.5,")));
        // review T3 item 3: the states by their names in the reader's language, not APPROVED
        mvc.perform(post(BASE + "/" + id + "/budget/approve").with(csrf()).with(user("manager").roles("MANAGER"))
                .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("狀態為 已核准 的預算不能改為 已核准。"));
        String spend = "{\"line\":%d,\"amount\":%s,\"currency\":\"%s\",\"spentOn\":\"2026-12-01\",\"supplier\":\"S\",\"receipt\":\"R\"%s}";
        call(post(BASE + "/" + id + "/spend"), spend.formatted(1, "100.5", "JPY", jpy), "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.spend.amount-too-precise"))
                .andExpect(jsonPath("$.detail").value("Amount paid: JPY has no decimals."));
        call(post(BASE + "/" + id + "/spend"), spend.formatted(2, "0.001", "TWD", ""), "zh-TW")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("付款金額：TWD 金額最多 2 位小數。"));
        // 101 × 0.2117 = 21.3817 → TWD 21.38: the figures shown add up
        call(post(BASE + "/" + id + "/spend"), spend.formatted(1, "101", "JPY", jpy), "en").andExpect(status().isCreated())
                .andExpect(jsonPath("$.converted.amount").value("21.38"));
        call(post(BASE + "/" + id + "/spend"), spend.formatted(2, "10", "TWD", ""), "en").andExpect(status().isCreated());
        mvc.perform(get(BASE + "/" + id + "/spend")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"rate\":0.2117,"))).andExpect(content().string(containsString("\"rate\":1,")));
        // review T3 item 3: a malformed body names the fields by their labels in Chinese, joined with the full-width separator
        call(post(BASE + "/" + id + "/activities"), "{\"kind\":\"DIGITAL_ADS\",\"name\":\"\",\"estimatedCost\":-1,"
                + "\"currency\":\"TWD\",\"effortDays\":3}", "zh-TW").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("活動名稱：")))
                .andExpect(jsonPath("$.detail", containsString("預估成本：")))
                .andExpect(jsonPath("$.detail", containsString("；")))
                .andExpect(jsonPath("$.detail", not(containsString("estimatedCost"))))
                .andExpect(jsonPath("$.errors[*].field", hasItem("estimatedCost")));
        call(post(BASE + "/" + id + "/activities"), "{\"kind\":\"DIGITAL_ADS\",\"name\":\"Ads\",\"estimatedCost\":99.999,"
                + "\"currency\":\"TWD\",\"effortDays\":3}", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Estimated cost: TWD has at most 2 decimals."));
    }

    @Test
    void anActivityIsReadyOnlyWhenItsMandatoryChecksAreAnswered() throws Exception {
        long id = create("AU");
        String act = call(post(BASE + "/" + id + "/activities"), "{\"kind\":\"DIGITAL_ADS\",\"name\":\"Search ads\",\"estimatedCost\":90000,"
                + "\"currency\":\"TWD\",\"effortDays\":3}", "en").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long activity = ((Number) JsonPath.read(act, "$.id")).longValue();
        String path = BASE + "/" + id + "/activities/" + activity;
        mvc.perform(get(path + "/compliance").header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("AU_ACL_18"))
                .andExpect(jsonPath("$.items[0].citation").value("澳洲《2010 年競爭與消費者法》附表 2（澳洲消費者法）第 18 條"))
                .andExpect(jsonPath("$.openMandatory.length()").value(7)); // wine (HS 22): the FSANZ claims item too
        // issue 10 review, item 3: open items named by their citations in the reader's language, not by code
        call(post(path + "/ready"), null, "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("marketing.compliance.open-items"))
                .andExpect(jsonPath("$.detail", containsString("(3) Spam Act 2003 (Cth) s 16 and Sch 2 (consent); (4) Spam Act 2003 (Cth) ss 17 and 18")))
                // review T3 item 5: the open items as an array too, one citation an element: 7 items, 7 elements
                .andExpect(jsonPath("$.openItems.length()").value(7))
                .andExpect(jsonPath("$.openItems[2]").value("Spam Act 2003 (Cth) s 16 and Sch 2 (consent)"))
                .andExpect(jsonPath("$.detail", not(containsString("AU_SPAM_16"))));
        call(put(path + "/compliance/AU_SPAM_16"), "{\"answer\":\"no\"}", "zh-TW").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("澳洲《2003 年垃圾訊息法》第 16 條及附表 2（同意）：")));
        call(put(path + "/compliance/AU_SPAM_16"), "{\"answer\":\"n-a\"}", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("marketing.compliance.note-required"));
        call(put(path + "/compliance/AU_SPAM_16"), "{\"answer\":\"maybe\"}", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("marketing.compliance.answer-required"))
                // review T3 item 3: the item by its citation, not AU_SPAM_16
                .andExpect(jsonPath("$.detail").value("Spam Act 2003 (Cth) s 16 and Sch 2 (consent): choose yes, no or not applicable."));
        call(put(path + "/compliance/TW_FTA_21"), "{\"answer\":\"yes\"}", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("marketing.compliance.item-unknown"));
        for (String code : List.of("AU_ACL_18", "AU_ACL_29", "AU_SPAM_17_18", "AU_PRIVACY_APP7", "AU_FSC_CLAIMS", "ANY_CULTURE_REVIEW")) {
            call(put(path + "/compliance/" + code), "{\"answer\":\"yes\"}", "en").andExpect(status().isOk());
        }
        call(put(path + "/compliance/AU_SPAM_16"), "{\"answer\":\"n-a\",\"note\":\"No e-mail is sent: search ads only\"}", "en")
                .andExpect(status().isOk()).andExpect(jsonPath("$.openMandatory.length()").value(0))
                .andExpect(jsonPath("$.items[2].answeredBy").value("coordinator"));
        call(post(path + "/ready"), null, "en").andExpect(status().isOk()).andExpect(jsonPath("$.ready").value(true))
                .andExpect(jsonPath("$.readyBy").value("coordinator"));
        // an answer that reopens a mandatory item withdraws the readiness
        call(put(path + "/compliance/AU_ACL_29"), "{\"answer\":\"no\",\"note\":\"The price claim is not proved yet\"}", "en")
                .andExpect(status().isOk()).andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.openMandatory[0]").value("AU_ACL_29"));
        call(delete(path + "/ready"), null, "en").andExpect(status().isOk()).andExpect(jsonPath("$.ready").value(false));
        call(post(BASE + "/" + id + "/status"), "{\"status\":\"CLOSED\"}", "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("marketing.campaign.status"))
                .andExpect(jsonPath("$.detail").value("A campaign that is Planning cannot become Closed."));
        // issue 10 review, item 1: the campaign cannot run while its activity is not ready, named with its open items
        call(post(BASE + "/" + id + "/status"), "{\"status\":\"RUNNING\"}", "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("marketing.campaign.not-startable"))
                .andExpect(jsonPath("$.detail").value("The campaign cannot start running while 1 activity to run is not ready to start: "
                        + "Search ads (1 mandatory checklist item open: Competition and Consumer Act 2010 (Cth) Sch 2 (Australian Consumer Law) s 29)."));
        mvc.perform(get(BASE + "/" + id)).andExpect(jsonPath("$.status").value("PLANNING"));
        call(put(path + "/compliance/AU_ACL_29"), "{\"answer\":\"yes\"}", "en").andExpect(status().isOk());
        call(post(BASE + "/" + id + "/status"), "{\"status\":\"RUNNING\"}", "zh-TW").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Search ads（檢核表已完成，但尚未標示為可開始執行）")));
        call(post(path + "/ready"), null, "en").andExpect(status().isOk());
        call(post(BASE + "/" + id + "/status"), "{\"status\":\"RUNNING\"}", "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RUNNING"));
    }

    long decision() throws Exception {
        long dataset;
        try (InputStream in = getClass().getResourceAsStream("/markets/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv")) {
            dataset = markets.importFile("portal.csv", in, null, "analyst", true).id();
        }
        long project = projects.create("IC exports to Asia", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Where first?"),
                List.of(dataset), "analyst").id();
        long decision = projects.decide(project, new ResearchProjects.ScoringRequest(dataset, "X", "8542", 2013, 2016,
                Map.of("DEMAND_SIZE", 40.0, "DEMAND_GROWTH", 40.0, "TARIFF", 20.0), Map.of("CHN", 0.0, "KOR", 8.0, "USA", 2.0), 0.2),
                List.of(new ResearchProjects.Choice("KOR", "Fast-growing demand, FTA tariff"), new ResearchProjects.Choice("USA", "")),
                "analyst").id();
        return project * 1_000_000 + decision;
    }

    @Test
    void aCampaignIsLinkedToADecisionThatChoseItsMarket() throws Exception {
        long pd = decision();
        long project = pd / 1_000_000;
        long decision = pd % 1_000_000;
        long korea = create("KR");
        call(put(BASE + "/" + korea + "/decision"), "{\"project\":" + project + ",\"decision\":" + decision + "}", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projectName").value("IC exports to Asia"))
                .andExpect(jsonPath("$.choices[0].market").value("KOR")).andExpect(jsonPath("$.choices[0].marketAlpha2").value("KR"))
                .andExpect(jsonPath("$.decidedBy").value("analyst")).andExpect(jsonPath("$.linkedBy").value("coordinator"))
                .andExpect(jsonPath("$.datasetSha256").isString());
        mvc.perform(get(BASE + "/" + korea)).andExpect(jsonPath("$.decisionId").value("P" + project + "-D" + decision))
                .andExpect(jsonPath("$.decisionSummary").value("IC exports to Asia: KOR, USA — Fast-growing demand, FTA tariff"));
        mvc.perform(get(BASE + "/" + korea + "/decision")).andExpect(status().isOk()).andExpect(jsonPath("$.decisionId").value(decision));
        // M2: an edit may not move the campaign to a market the linked decision did not choose (KOR, USA) ...
        long version = ((Number) JsonPath.read(mvc.perform(get(BASE + "/" + korea)).andReturn().getResponse().getContentAsString(),
                "$.version")).longValue();
        call(put(BASE + "/" + korea), campaign("JP", "coordinator", "2027-03-01", "2027-09-30", version), "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.decision.market-not-chosen"))
                .andExpect(jsonPath("$.detail", containsString("JP")));
        mvc.perform(get(BASE + "/" + korea)).andExpect(jsonPath("$.market").value("KR"));
        // ... and an edit without decisionId/decisionSummary keeps the reference derived from the link (to US: chosen too)
        call(put(BASE + "/" + korea), campaign("US", "coordinator", "2027-03-01", "2027-09-30", version), "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.market").value("US"))
                .andExpect(jsonPath("$.decisionId").value("P" + project + "-D" + decision))
                .andExpect(jsonPath("$.decisionSummary").value("IC exports to Asia: KOR, USA — Fast-growing demand, FTA tariff"));
        long australia = create("AU");
        call(put(BASE + "/" + australia + "/decision"), "{\"project\":" + project + ",\"decision\":" + decision + "}", "zh-TW")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.decision.market-not-chosen"))
                .andExpect(jsonPath("$.detail").value("決策 " + decision + " 未選定本活動案的目標市場 AU（選定的是 KOR, USA）。"));
        call(put(BASE + "/" + australia + "/decision"), "{\"project\":" + project + ",\"decision\":999999}", "en")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("markets.decision.not-found"));
        mvc.perform(get(BASE + "/" + australia + "/decision").header("Accept-Language", "en")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("marketing.decision.none"));
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(doc).contains("/api/v1/marketing/campaigns", "/api/v1/marketing/campaigns/{id}/budget",
                "/api/v1/marketing/campaigns/{id}/spend", "/api/v1/marketing/campaigns/{id}/activities/{activityId}/compliance/{code}",
                "/api/v1/marketing/campaigns/{id}/activities/{activityId}/ready", "/api/v1/marketing/campaigns/{id}/decision",
                "error.stale-edit", "over-budget warning", "/api/v1/marketing/campaigns/{id}/status", "marketing.campaign.not-startable");
        // issue 10 review, item 8: Money documented as the API writes it
        String money = com.jayway.jsonpath.JsonPath.parse(doc).read("$.components.schemas.Money").toString();
        org.assertj.core.api.Assertions.assertThat(money).contains("amount", "decimal", "currency", "[A-Z]{3}").doesNotContain("value");
    }
}
