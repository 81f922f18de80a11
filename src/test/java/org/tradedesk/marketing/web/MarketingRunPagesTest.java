package org.tradedesk.marketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.MarketingSamples;

/**
 * The pages of slice t3plan, both languages: the compliance checklist (P3.2.5), budget vs actual with the over-budget
 * warning on the campaign page and in the budget PDF/XLSX (P3.2.2, P3.2.3), the campaign form's review findings.
 * Figures as worked in BudgetVarianceTest: line 1 budget 80,308.50 TWD, spent USD 2,600 × 32 = 83,200.00, variance
 * +2,891.50 = 3.6 %.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class MarketingRunPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Campaigns campaigns;

    static <T> T as(String user, String roles, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        var authorities = java.util.Arrays.stream(roles.split(",")).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(new UsernamePasswordAuthenticationToken(user, "x", authorities));
        SecurityContextHolder.setContext(ctx);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    String page(String url, String lang) throws Exception {
        return mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MarketingSamples.Sample approvedSample() {
        MarketingSamples.Sample s = MarketingSamples.create(campaigns);
        campaigns.submitBudget(s.campaign());
        as("manager", "MANAGER,COORDINATOR", () -> campaigns.approveBudget(s.campaign(), "ok"));
        return s;
    }

    @Autowired
    org.tradedesk.marketing.ActivityCompliance compliance;

    /**
     * Issue 10 review, item 1: the checklist's readiness gates the campaign's RUNNING status and spend. The sample (AU)
     * chose the trade fair only; its checklist starts unanswered, so the campaign cannot run and spend on the fair's line
     * is refused — both naming the open items by their citations in the reader's language, never by code.
     */
    @Test
    void anActivityNotReadyHoldsBackRunningAndSpend() throws Exception {
        MarketingSamples.Sample s = approvedSample();
        String base = "/marketing/campaigns/" + s.campaign().value();
        var held = mvc.perform(post(base + "/status").with(csrf()).param("status", "RUNNING")).andExpect(redirectedUrl(base)).andReturn();
        String zh = mvc.perform(get(base).param("lang", "zh-TW").flashAttrs(held.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("id=\"campaign-error\"", "行銷活動案不能進入執行中", "墨爾本食品酒展",
                "澳洲《2010 年競爭與消費者法》附表 2（澳洲消費者法）第 18 條").doesNotContain("AU_ACL_18");
        assertThat(campaigns.campaign(s.campaign()).status()).isEqualTo(org.tradedesk.marketing.domain.CampaignStatus.PLANNING);
        // issue 10 review, item 6: the product dotted, the contingency rate without trailing zeros
        assertThat(zh).contains("id=\"campaign-product-label\">2204.21").doesNotContain(">220421<");
        assertThat(page(base + "/budget", "en")).contains("Contingency (7.5%)").doesNotContain("7.5000");
        try (var doc = Loader.loadPDF(mvc.perform(get(base + "/documents/budget.pdf").param("lang", "en")).andReturn().getResponse()
                .getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("2204.21", "(7.5%)").doesNotContain("220421", "7.5000");
        }
        String refused = mvc.perform(post(base + "/spend").with(csrf()).param("lang", "en").param("line", "1").param("amount", "10")
                        .param("currency", "TWD").param("spentOn", "2026-12-01").param("supplier", "MCEC").param("receipt", "INV-1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"spend-line-error\"", "before it is ready to start",
                "Competition and Consumer Act 2010 (Cth) Sch 2 (Australian Consumer Law) s 18").doesNotContain("AU_ACL_18");
        assertThat(page(base + "/spend", "en")).doesNotContain("INV-1");
        // the ads activity was not chosen: it does not hold the campaign back, but its own line still needs it ready
        MarketingSamples.ready(compliance, s.campaign(), s.fair());
        mvc.perform(post(base + "/status").with(csrf()).param("status", "RUNNING")).andExpect(redirectedUrl(base));
        assertThat(campaigns.campaign(s.campaign()).status()).isEqualTo(org.tradedesk.marketing.domain.CampaignStatus.RUNNING);
        // review T3 item 1: TWD 0.001 is refused at the amount field, in the reader's language; nothing is booked
        String precise = mvc.perform(post(base + "/spend").with(csrf()).param("lang", "zh-TW").param("line", "1").param("amount", "0.001")
                        .param("currency", "TWD").param("spentOn", "2026-12-01").param("supplier", "MCEC").param("receipt", "INV-0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(precise).contains("id=\"spend-amount-error\"", "付款金額：TWD 金額最多 2 位小數。");
        assertThat(page(base + "/spend", "en")).doesNotContain("INV-0");
        mvc.perform(post(base + "/spend").with(csrf()).param("line", "1").param("amount", "10").param("currency", "TWD")
                .param("spentOn", "2026-12-01").param("supplier", "MCEC").param("receipt", "INV-1")).andExpect(redirectedUrl(base + "/spend"));
        String ads = mvc.perform(post(base + "/spend").with(csrf()).param("lang", "zh-TW").param("line", "2").param("amount", "10")
                        .param("currency", "TWD").param("spentOn", "2026-12-01").param("supplier", "Search Co").param("receipt", "AD-1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(ads).contains("活動「搜尋廣告」尚未可開始執行");
    }

    @Test
    void actualSpendIsRecordedAtItsFieldsAndTheVarianceShownInPagesAndDocuments() throws Exception {
        MarketingSamples.Sample s = approvedSample();
        MarketingSamples.ready(compliance, s.campaign(), s.fair());
        MarketingSamples.ready(compliance, s.campaign(), s.ads());
        String base = "/marketing/campaigns/" + s.campaign().value();
        assertThat(page(base + "/spend", "zh-TW")).contains("預算與實際支出", "對照核准的預算第 1 版", "尚未記錄支出");
        // unreadable amount: back at its field with the text typed, nothing saved
        String bad = mvc.perform(post(base + "/spend").with(csrf()).param("lang", "en").param("line", "1").param("amount", "abc")
                        .param("currency", "USD").param("spentOn", "2026-12-01").param("supplier", "MCEC").param("receipt", "INV-88"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"spend-amount-error\"", "value=\"abc\"", "value=\"MCEC\"");
        // another currency without its rate: the rate field is named, in Chinese
        String noRate = mvc.perform(post(base + "/spend").with(csrf()).param("lang", "zh-TW").param("line", "1").param("amount", "2600")
                        .param("currency", "USD").param("spentOn", "2026-12-01").param("supplier", "MCEC").param("receipt", "INV-88"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noRate).contains("id=\"spend-rate-error\"", "以 USD 付款：請填寫兌換 TWD 的匯率");
        mvc.perform(post(base + "/spend").with(csrf()).param("line", "1").param("amount", "2600").param("currency", "USD")
                        .param("spentOn", "2026-12-01").param("supplier", "MCEC").param("receipt", "INV-88").param("rate", "32")
                        .param("rateDate", "2026-12-01").param("rateSource", "Bank of Taiwan"))
                .andExpect(redirectedUrl(base + "/spend"));
        String spend = page(base + "/spend", "en");
        assertThat(spend).contains("TWD 80,308.50", "TWD 83,200<", "TWD 2,891.50", "3.6 %", "INV-88", "Bank of Taiwan");
        assertThat(spend).doesNotContain("id=\"spend-over-budget\"");
        assertThat(page(base, "en")).contains("id=\"campaign-spend-summary\"", "spent TWD 83,200, variance TWD -123,040.46");
        // far over: 200,000 TWD more on the advertising line passes the approved total 221,708.49
        mvc.perform(post(base + "/spend").with(csrf()).param("line", "2").param("amount", "200000").param("currency", "TWD")
                .param("spentOn", "2026-12-02").param("supplier", "Search Co").param("receipt", "AD-9"))
                .andExpect(redirectedUrl(base + "/spend"));
        assertThat(page(base, "zh-TW")).contains("id=\"campaign-over-budget\"", "超出預算：已支出 TWD 283,200，超過核准總額 TWD 221,708.49");

        byte[] pdf = mvc.perform(get(base + "/documents/budget.pdf").param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("預算與實際支出", "TWD 2,891.50", "超出預算");
        }
        byte[] xlsx = mvc.perform(get(base + "/documents/budget.xlsx").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Budget vs actual");
            assertThat(sheet).isNotNull();
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            Row line1 = null;
            Row total = null;
            for (Row row : sheet) {
                var c0 = row.getCell(0);
                var c1 = row.getCell(1);
                if (c0 != null && c0.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c0.getNumericCellValue() == 1) {
                    line1 = row;
                }
                if (c1 != null && c1.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c1.getStringCellValue().equals("Total of the lines")) {
                    total = row;
                }
            }
            assertThat(line1.getCell(4).getNumericCellValue()).isEqualTo(80308.50);
            assertThat(line1.getCell(5).getNumericCellValue()).isEqualTo(83200.00);
            assertThat(evaluator.evaluate(line1.getCell(6)).getNumberValue()).isCloseTo(2891.50, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(evaluator.evaluate(line1.getCell(7)).getNumberValue()).isEqualTo(3.6);
            // 83,200.00 + 200,000 = 283,200.00 spent against 206,240.46: +76,959.54 = 37.3 %
            assertThat(evaluator.evaluate(total.getCell(5)).getNumberValue()).isCloseTo(283200.00, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(evaluator.evaluate(total.getCell(6)).getNumberValue()).isCloseTo(76959.54, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(evaluator.evaluate(total.getCell(7)).getNumberValue()).isEqualTo(37.3);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Over budget");
        }
    }

    @Test
    void theChecklistNamesTheOpenItemsAndMarksTheActivityReadyWhenDone() throws Exception {
        MarketingSamples.Sample s = MarketingSamples.create(campaigns);
        String base = "/marketing/campaigns/" + s.campaign().value() + "/activities/" + s.ads() + "/compliance";
        String zh = page(base, "zh-TW");
        assertThat(zh).contains("法規遵循檢核表", "澳洲《2010 年競爭與消費者法》附表 2（澳洲消費者法）第 18 條", "尚不可執行：還有 7 個必要項目未完成"); // wine (HS 22): the FSANZ claims item too
        assertThat(page(base, "en")).contains("Competition and Consumer Act 2010 (Cth) Sch 2 (Australian Consumer Law) s 18",
                "Spam Act 2003 (Cth) s 16", "Not ready: 7 mandatory items open",
                "Australia New Zealand Food Standards Code (FSANZ), Standard 1.2.7");
        mvc.perform(post(base + "/ready").with(csrf())).andExpect(redirectedUrl(base));
        String refused = mvc.perform(post(base + "/AU_SPAM_16").with(csrf()).param("lang", "zh-TW").param("answer", "NOT_APPLICABLE")
                        .param("note", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // issue 10 review, item 3: the item is named by its citation in the reader's language, not by its code
        assertThat(refused).contains("id=\"item-error-AU_SPAM_16\"", "澳洲《2003 年垃圾訊息法》第 16 條及附表 2（同意）：回答「否」或「不適用」須在備註說明")
                .doesNotContain("項目 AU_SPAM_16");
        var notReady = mvc.perform(post(base + "/ready").with(csrf())).andExpect(redirectedUrl(base)).andReturn();
        String shown = mvc.perform(get(base).param("lang", "en").flashAttrs(notReady.getFlashMap())).andReturn().getResponse()
                .getContentAsString();
        assertThat(shown).contains("id=\"compliance-error\"", "7 mandatory items are still open: (1) Competition and Consumer Act 2010 (Cth) "
                + "Sch 2 (Australian Consumer Law) s 18; (2) Competition and Consumer Act 2010 (Cth) Sch 2 (Australian Consumer Law) s 29; ",
                "; (7) ").doesNotContain("(8) "); // review T3 item 5: numbered, so the count can be checked
        for (String code : new String[] {"AU_ACL_18", "AU_ACL_29", "AU_SPAM_17_18", "AU_PRIVACY_APP7", "AU_FSC_CLAIMS", "ANY_CULTURE_REVIEW"}) {
            mvc.perform(post(base + "/" + code).with(csrf()).param("answer", "YES")).andExpect(redirectedUrl(base + "#item-" + code));
        }
        mvc.perform(post(base + "/AU_SPAM_16").with(csrf()).param("answer", "NOT_APPLICABLE").param("note", "Search ads only, no e-mail"));
        mvc.perform(post(base + "/ready").with(csrf())).andExpect(redirectedUrl(base));
        assertThat(page(base, "en")).contains("Ready to start — marked by coordinator", "Search ads only, no e-mail");
        assertThat(page("/marketing/campaigns/" + s.campaign().value(), "en")).contains("id=\"compliance-" + s.ads() + "\"", ">Ready<",
                ">Checklist open<");
    }

    @Test
    void theCampaignFormNamesAnUnknownOwnerAndTheDateOrderAtTheirFields() throws Exception {
        String page = mvc.perform(post("/marketing/campaigns").with(csrf()).param("lang", "en")
                        .param("name", "").param("market", "JP").param("product", "0902")
                        .param("objectives", "Ten distributors").param("start", "2027-05-01").param("end", "2027-04-01")
                        .param("owner", "nobody-here").param("companyCurrency", "TWD"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        // all three at their fields in one answer, in the form's order: name, owner, …, end
        assertThat(page).contains("id=\"campaign-name-error\"", "id=\"campaign-owner-error\"", "Owner: no user is named nobody-here.",
                "id=\"campaign-end-error\"", "The period ends before it starts.");
        assertThat(page.indexOf("campaign-owner-error")).isLessThan(page.indexOf("campaign-end-error"));
        assertThat(page).doesNotContain("id=\"campaign-form-error\"");
    }
}
