package org.tradedesk.marketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.Feedback;
import org.tradedesk.marketing.IdeaDetails;
import org.tradedesk.marketing.KpiMonitoring;
import org.tradedesk.marketing.MarketingSamples;
import org.tradedesk.marketing.SurveyDetails;
import org.tradedesk.marketing.SurveyQuestion;
import org.tradedesk.marketing.SurveySubmission;
import org.tradedesk.marketing.SurveyView;
import org.tradedesk.marketing.domain.MarketingMixAspect;
import org.tradedesk.marketing.domain.SurveyQuestionKind;
import org.tradedesk.marketing.domain.ThemeKind;

/**
 * The marketing results report (O3.3.1) downloaded and read back: the PDF's text (Chinese extractable, every font
 * embedded) and the XLSX's cells, with figures worked by hand from the sample campaign.
 */
@SpringBootTest(properties = "tradedesk.marketing.survey.answers-per-address=100")
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ResultsReportTest {

    /** "Today" by the product's rule (tradedesk.time-zone), as the code under test takes it, not the server's. */
    @Autowired
    org.tradedesk.platform.BusinessCalendar calendar;

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    KpiMonitoring monitoring;

    @Autowired
    Feedback feedback;

    @Autowired
    org.tradedesk.marketing.BudgetSpending spending;

    @Autowired
    org.tradedesk.marketing.ActivityCompliance compliance;

    /**
     * M3/M4: the sample budget approved (version 1), then TWD 230,000 spent on line 2 (廣告, budget 100,000). By hand:
     * <pre>
     * subtotal 80,308.50 + 100,000 + 25,931.96 = 206,240.46; contingency 7.5 % = 15,468.03; approved total 221,708.49
     * line 2: actual 230,000.00, variance +130,000.00, 130,000 / 100,000 = 130.0 %
     * total: actual 230,000.00, variance 23,759.54, 23,759.54 / 206,240.46 = 11.520 % → 11.5 %
     * contingency used = min(23,759.54, 15,468.03) = 15,468.03; over the approved total 230,000 − 221,708.49 = 8,291.51
     * </pre>
     */
    CampaignId campaignOverBudget() {
        CampaignId c = campaignWithResults();
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        campaigns.submitBudget(c);
        try {
            context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("manager", "x",
                    List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_MANAGER"))));
            campaigns.approveBudget(c, "ok");
        } finally {
            context.setAuthentication(before);
        }
        long ads = campaigns.activities(c).stream().filter(a -> a.name().equals("搜尋廣告")).findFirst().orElseThrow().id();
        org.tradedesk.marketing.MarketingSamples.ready(compliance, c, ads);
        spending.record(c, new org.tradedesk.marketing.SpendDetails(2, org.tradedesk.shared.Money.of("230000", "TWD"), LocalDate.of(2026, 12, 1),
                "Search Co", "AD-9", null, null, null));
        return c;
    }

    @Test
    void thePdfCarriesTheActualSpendAgainstTheApprovedBudget() throws Exception {
        CampaignId c = campaignOverBudget();
        byte[] pdf = mvc.perform(get("/marketing/campaigns/" + c.value() + "/documents/results.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("TWD 230,000", "TWD 130,000", "130.0 %", "TWD 23,759.54", "11.5 %", "TWD 15,468.03",
                    "TWD 8,291.51", "超出預算").doesNotContain("尚未記錄");
        }
    }

    /** Review T3 item 12: state and percentage cells keep to one line (not "未達 / 目標", "-100.0 / %"). */
    @Test
    void statesAndPercentagesAreNotWrappedMidWord() throws Exception {
        CampaignId c = campaignOverBudget();
        byte[] pdf = mvc.perform(get("/marketing/campaigns/" + c.value() + "/documents/results.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("未達目標", "-25.0 %", "-100.0 %", "130.0 %", "TWD 230,000").doesNotContain("TWD 230,000.00"); // whole TWD printed whole (t1fixL 6)
        }
    }

    /** Review T3 item 11: a campaign with no KPI, budget or survey prints no empty page. */
    @Test
    void aBareCampaignPrintsNoEmptyPage() throws Exception {
        CampaignId c = campaigns.create(new org.tradedesk.marketing.CampaignDetails("空白活動", org.tradedesk.shared.CountryCode.AU,
                org.tradedesk.shared.HsCode.of("2204.21"), null, "目標", null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30),
                "coordinator", org.tradedesk.shared.CurrencyCode.TWD)).id();
        for (String lang : List.of("zh-TW", "en")) {
            byte[] pdf = mvc.perform(get("/marketing/campaigns/" + c.value() + "/documents/results.pdf").param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var doc = Loader.loadPDF(pdf)) {
                PDFTextStripper last = new PDFTextStripper();
                last.setStartPage(doc.getNumberOfPages());
                last.setEndPage(doc.getNumberOfPages());
                // more than the page number footer ("2 / 2")
                assertThat(last.getText(doc).replaceAll("[\\s\\d/]", "")).as(lang + ", page " + doc.getNumberOfPages() + " of: " + new PDFTextStripper().getText(doc)).isNotEmpty();
            }
        }
    }

    @Test
    void theXlsxCarriesTheActualSpendAgainstTheApprovedBudget() throws Exception {
        CampaignId c = campaignOverBudget();
        byte[] xlsx = mvc.perform(get("/marketing/campaigns/" + c.value() + "/documents/results.xlsx").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<Object>> rows = new ArrayList<>();
            for (Row r : book.getSheetAt(0)) {
                List<Object> cells = new ArrayList<>();
                for (Cell cell : r) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.toString());
                }
                rows.add(cells);
            }
            java.util.function.Function<String, List<Object>> row = label -> rows.stream().filter(r -> r.contains(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
            assertThat(row.apply("廣告")).containsSubsequence(100000.0, 230000.0, 130000.0, 130.0);
            assertThat(row.apply("Total of the lines")).containsSubsequence(206240.46, 230000.0, 23759.54, 11.5);
            assertThat(row.apply("Target market")).contains("Australia").doesNotContain("AU"); // review T3 item 3
            assertThat(row.apply("Used")).contains(15468.03);
            assertThat(row.apply("Over budget (spent beyond the approved total)")).contains(8291.51);
            assertThat(rows.toString()).contains("Over budget: spent TWD 230,000").doesNotContain("not recorded");
        }
    }

    CampaignId campaignWithResults() {
        MarketingSamples.Sample s = MarketingSamples.create(campaigns);
        CampaignId c = s.campaign();
        long enquiries = campaigns.kpis(c).get(0).id(); // ENQUIRIES, target 200
        monitoring.record(c, enquiries, LocalDate.of(2027, 4, 30), new BigDecimal("150"));
        monitoring.addAction(c, enquiries, "加開一場進口商說明會", "manager", LocalDate.of(2027, 5, 31));
        SurveyView v = feedback.createSurvey(c, new SurveyDetails("Wine fair feedback", "酒展回饋", calendar.today().plusDays(10), false, null,
                List.of(Feedback.recommendQuestion("Recommend us?", "您會推薦我們嗎？"),
                        new SurveyQuestion(0, 0, SurveyQuestionKind.TEXT, MarketingMixAspect.PRODUCT, "Improve?", "改進？", null, null, false))));
        long nps = v.questions().get(0).id();
        long text = v.questions().get(1).id();
        // 5 answers: 10, 10, 9 promoters; 7 passive; 4 detractor → (3 − 1) / 5 = 40.0; too few for a margin
        int[] ratings = {10, 10, 9, 7, 4};
        String[] texts = {"希望有小瓶裝", "希望有小瓶裝", null, "日本客戶也詢問", null};
        for (int i = 0; i < ratings.length; i++) {
            Map<Long, String> answers = new HashMap<>();
            answers.put(nps, String.valueOf(ratings[i]));
            if (texts[i] != null) {
                answers.put(text, texts[i]);
            }
            feedback.answer(v.token(), new SurveySubmission("zh-TW", answers, null, null, false), "198.51.100.77");
        }
        var written = feedback.results(c, v.id()).texts();
        feedback.tag(c, v.id(), written.get(0).id(), ThemeKind.NEED, "小瓶裝");
        feedback.tag(c, v.id(), written.get(1).id(), ThemeKind.NEED, "小瓶裝 ");
        feedback.tag(c, v.id(), written.get(2).id(), ThemeKind.OPPORTUNITY, "日本市場");
        feedback.addIdea(c, new IdeaDetails(s.fair(), "JP", "在東京酒展試賣 375 ml 小瓶"));
        feedback.saveNote(c, -1, "商展的詢價轉換率高於廣告", "2028 年取得 250 件詢價");
        return c;
    }

    @Test
    void thePdfReadsBackInChineseWithEveryFontEmbedded() throws Exception {
        CampaignId c = campaignWithResults();
        byte[] pdf = mvc.perform(get("/marketing/campaigns/" + c.value() + "/documents/results.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
            // enquiries 150 of 200: gap −50, −25.0 %; NPS 40 of 5 answers; the theme 小瓶裝 2 of 3 tagged = 66.7 %
            assertThat(text).contains("行銷成果報告", "澳洲葡萄酒推廣", "2027 年取得 200 件貿易詢價", "貿易詢價", "-50", "-25.0 %",
                    "加開一場進口商說明會", "酒展回饋", "40", "回答數過少", "小瓶裝", "66.7 %", "日本市場", "在東京酒展試賣 375 ml 小瓶",
                    "商展的詢價轉換率高於廣告", "2028 年取得 250 件詢價", "TWD");
            assertThat(org.tradedesk.support.PdfFonts.notEmbedded(doc)).isEmpty();
        }
    }

    @Test
    void theXlsxReadsBackInEnglish() throws Exception {
        CampaignId c = campaignWithResults();
        byte[] xlsx = mvc.perform(get("/marketing/campaigns/" + c.value() + "/documents/results.xlsx").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Results");
            Map<String, List<Object>> rows = new HashMap<>();
            for (Row r : sheet) {
                List<Object> cells = new ArrayList<>();
                for (Cell cell : r) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.toString());
                }
                if (!cells.isEmpty()) {
                    rows.putIfAbsent(String.valueOf(cells.get(0)), cells);
                }
            }
            assertThat(rows.get("Enquiries")).containsSubsequence(200.0, 150.0, -50.0, -25.0);
            assertThat(rows.get("Wine fair feedback")).startsWith("Wine fair feedback", 5.0, 40.0, 3.0, 1.0, 1.0);
            assertThat(rows.get("Wine fair feedback").toString()).contains("Too few answers");
            assertThat(rows.get("Customer need")).containsExactly("Customer need", "小瓶裝", 2.0, 66.7);
            assertThat(rows.get("Opportunity")).containsExactly("Opportunity", "日本市場", 1.0, 33.3);
            assertThat(rows.get("在東京酒展試賣 375 ml 小瓶")).contains("coordinator", "JP", "Proposed");
            assertThat(rows.get("Lessons learnt")).contains("商展的詢價轉換率高於廣告");
            assertThat(rows.get("Next targets")).contains("2028 年取得 250 件詢價");
        }
    }
}
