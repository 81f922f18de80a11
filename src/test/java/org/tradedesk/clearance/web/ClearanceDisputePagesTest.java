package org.tradedesk.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.ClearanceIssues;
import org.tradedesk.clearance.IssueView;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/** The dispute pages and the issue register's page forms: input kept and errors at their fields, then saved. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceDisputePagesTest {

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    ClearanceIssues issues;
    @Autowired
    org.tradedesk.clearance.domain.RestDays restDays;

    String file;

    static void asCoordinator() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
    }

    @BeforeEach
    void transaction() throws Exception {
        asCoordinator();
        long clientId = clients.create(new ClientDetails("長青茶業股份有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        file = mvc.perform(post("/clearance/transactions").with(csrf()).param("lang", "en")
                        .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "TW")
                        .param("mode", "SEA").param("arrivalDate", org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).minusDays(30).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void aDisputeOpenedThroughTheFormShowsItsDeadlinesAndTakesStepsEvidenceAndOutcome() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW); // the file's today, in its zone
        // "abc" as the amount and a notice date tomorrow: both at their fields, the typed text kept
        String bad = mvc.perform(post(file + "/disputes").with(csrf()).param("lang", "en")
                        .param("decisionKind", "VALUATION_UPLIFT").param("decisionReference", "KEEP-REF")
                        .param("decisionSummary", "Freight added").param("noticeReceived", today.plusDays(1).toString())
                        .param("amount", "abc").param("currency", "TWD").param("clientNeeds", "Refund"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("value=\"KEEP-REF\"", "value=\"abc\"", "id=\"dispute-amount-error\"", "id=\"dispute-notice-error\"");

        // notice received 25 days ago: 復查 last day = today − 25 + 30 = today + 5 → 5 days left, warned
        String location = mvc.perform(post(file + "/disputes").with(csrf()).param("lang", "en")
                        .param("decisionKind", "VALUATION_UPLIFT").param("decisionReference", "KEEP-REF")
                        .param("decisionSummary", "Freight added").param("noticeReceived", today.minusDays(25).toString())
                        .param("amount", "9,000").param("currency", "TWD").param("clientNeeds", "Refund"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("9,000 is not a number the form takes").isNull();
        // review M4: an unknown currency (NTD) is said at the currency field, in zh-TW, the typed text kept
        String ntd = mvc.perform(post(file + "/disputes").with(csrf()).param("lang", "zh-TW")
                        .param("decisionKind", "VALUATION_UPLIFT").param("decisionReference", "KEEP-REF")
                        .param("decisionSummary", "Freight added").param("noticeReceived", today.minusDays(25).toString())
                        .param("amount", "9000").param("currency", "NTD").param("clientNeeds", "Refund"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(ntd).contains("id=\"dispute-currency-error\"", "不認得的 ISO 4217 幣別代碼：NTD", "value=\"NTD\"");
        location = mvc.perform(post(file + "/disputes").with(csrf()).param("lang", "en")
                        .param("decisionKind", "VALUATION_UPLIFT").param("decisionReference", "KEEP-REF")
                        .param("decisionSummary", "Freight added").param("noticeReceived", today.minusDays(25).toString())
                        .param("amount", "9000").param("currency", "TWD").param("clientNeeds", "Refund"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/clearance/transactions/*/disputes/*"))
                .andReturn().getResponse().getRedirectedUrl();
        // issue 8: the dispute by its decision (kind and customs' reference), never by its id ("Dispute 4: Valuation uplift")
        String disputeNumber = "Dispute: Valuation uplift (KEEP-REF)";
        String oldName = "Dispute " + location.substring(location.lastIndexOf('/') + 1) + ":";
        String page = mvc.perform(get(location).param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        // today + 5, or the next working day when that is a Saturday, Sunday or holiday (行政程序法 §48)
        LocalDate last = restDays.roll(org.tradedesk.tariff.Jurisdiction.TW, today.plusDays(5)).to();
        long left = java.time.temporal.ChronoUnit.DAYS.between(today, last);
        // t4fixW: the amount in dispute in whole NT$ (the page said TWD 9,000.00)
        assertThat(page).doesNotContain("9,000.00");
        assertThat(page).contains("完稅價格調高", "TWD 9,000", "data-step=\"tw-review\"", "data-state=\"OPEN\"",
                "data-last-day=\"" + last + "\"", "尚餘 " + left + " 日", "關稅法 第45條", "待起算日確定");
        if (left <= 7) {
            assertThat(page).contains("table-warning");
        }
        // review of issue 8: the dispute's time is the file's (Taipei), named — as the file and history pages do
        assertThat(page).containsPattern("id=\"dispute-opened\">[^<]* \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}（臺北時間）建立<");

        // the work queue lists the open dispute with its next deadline, 5 days away (warned)
        String queue = mvc.perform(get("/clearance").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(queue).contains("id=\"dispute-queue\"", disputeNumber,
                "Administrative review (復查) by customs", left + " days left", "TWD 9,000").doesNotContain(oldName).doesNotContain("9,000.00");
        assertThat(page).contains("爭議：完稅價格調高（KEEP-REF）");

        // a step decided before it was filed comes back at its field
        String stepBad = mvc.perform(post(location + "/steps").with(csrf()).param("lang", "en").param("version", "0")
                        .param("stepId", "tw-review").param("filedOn", today.minusDays(3).toString())
                        .param("decidedOn", today.minusDays(4).toString()).param("summary", "Review applied"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(stepBad).contains("id=\"step-decided-error\"", "is before the filing date");
        mvc.perform(post(location + "/steps").with(csrf()).param("lang", "en").param("version", "0")
                        .param("stepId", "tw-review").param("filedOn", today.minusDays(3).toString()).param("summary", "Review applied"))
                .andExpect(status().is3xxRedirection());

        // evidence uploaded with the form becomes a document of the file
        mvc.perform(multipart(location + "/evidence").file(new MockMultipartFile("file", "freight-invoice.txt", "text/plain",
                        "Freight USD 300".getBytes(StandardCharsets.UTF_8))).with(csrf()).param("lang", "en").param("version", "1")
                        .param("type", "OTHER").param("note", "Freight was prepaid"))
                .andExpect(status().is3xxRedirection());

        String outcomeBad = mvc.perform(post(location + "/outcome").with(csrf()).param("lang", "en").param("version", "2")
                        .param("outcome", "REFUSED").param("decidedOn", today.minusDays(1).toString()).param("refundedAmount", "100"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(outcomeBad).contains("id=\"outcome-refunded-error\"", "refunds nothing");
        mvc.perform(post(location + "/outcome").with(csrf()).param("lang", "en").param("version", "2")
                        .param("outcome", "UPHELD").param("decidedOn", today.minusDays(1).toString()).param("refundedAmount", "9000"))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(get(location).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-outcome=\"UPHELD\"", "freight-invoice.txt", "Freight was prepaid", "Review applied")
                .doesNotContain("id=\"outcome-form\"", "id=\"step-form\"");
        String filePage = mvc.perform(get(file).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(filePage).contains("id=\"dispute-list\"", disputeNumber, "Upheld (decision set aside)");
    }

    /** Re-review F1: a figure past its bounds or not a number is worded as the API words it, never Hibernate Validator's template text. */
    @Test
    void numbersPastTheirBoundsOrNotNumbersAreWordedWithValueAndBoundsInBothLanguages() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        for (String lang : new String[] {"zh-TW", "en"}) {
            String open = mvc.perform(post(file + "/disputes").with(csrf()).param("lang", lang)
                            .param("decisionKind", "VALUATION_UPLIFT").param("decisionReference", "R-1")
                            .param("decisionSummary", "Freight added").param("noticeReceived", today.minusDays(5).toString())
                            .param("amount", "12345678901234567890").param("currency", "TWD").param("clientNeeds", "Refund"))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(open).doesNotContain("數值超出範圍", "預期為", "digits>", "numeric value out of bounds");
            assertThat(open).contains(lang.equals("en") ? "12345678901234567890&#39; is a number out of range: at most 15 digits before the decimal mark and 2 after."
                    : "「12345678901234567890」為超出範圍的數字：整數最多 15 位，小數最多 2 位。");
        }
        String location = mvc.perform(post(file + "/disputes").with(csrf()).param("lang", "en")
                        .param("decisionKind", "VALUATION_UPLIFT").param("decisionReference", "R-2")
                        .param("decisionSummary", "Freight added").param("noticeReceived", today.minusDays(5).toString())
                        .param("amount", "9000").param("currency", "TWD").param("clientNeeds", "Refund"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(file + "/issues").with(csrf()).param("lang", "en").param("description", "Certificate of origin missing")
                        .param("implications", "No FTA rate").param("likelihood", "3").param("impact", "4").param("owner", "Wang"))
                .andExpect(status().is3xxRedirection());
        asCoordinator();
        String issuePath = file + "/issues/" + issues.issues(TransactionId.of(Long.parseLong(file.substring(file.lastIndexOf('/') + 1))))
                .get(0).id();
        for (String lang : new String[] {"zh-TW", "en"}) {
            String alt = mvc.perform(post(issuePath + "/alternatives").with(csrf()).param("lang", lang).param("kind", "MFN")
                            .param("benefits", "Release now").param("costAmount", "10").param("costCurrency", "TWD")
                            .param("legalRequirements", "None").param("risks", "None").param("riskManagement", "None")
                            .param("likelihood", "1").param("impact", "2").param("insurance", "1e30").param("freight", "abc"))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            String assessment = mvc.perform(post(location + "/assessment").with(csrf()).param("lang", lang).param("version", "0")
                            .param("line", "1").param("assessedValue", "1e30").param("freight", "abc"))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            for (String page : new String[] {alt, assessment}) {
                assertThat(page).doesNotContain("數值超出範圍", "預期為", "digits>", "值不正確", "has an invalid value");
                assertThat(page).contains(lang.equals("en")
                        ? new String[] {"1E+30&#39; is a number out of range: at most 15 digits before the decimal mark and 2 after.",
                            "Freight: &#39;abc&#39; is not a number."}
                        : new String[] {"「1E+30」為超出範圍的數字：整數最多 15 位，小數最多 2 位。", "運費：「abc」不是數字。"});
            }
            // review r-t4c F7: a tariff code typed wrong says what a code looks like, not "has an invalid format"
            String code = mvc.perform(post(location + "/assessment").with(csrf()).param("lang", lang).param("version", "0")
                            .param("line", "1").param("assessedTariffCode", "8703-23"))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(code).contains(lang.equals("en") ? "Not a tariff code: 8703-23. Type the code in digits"
                    : "不是稅則號別：8703-23。請以數字輸入").doesNotContain("invalid format", "格式不正確");
        }
    }

    @Test
    void anIssueRaisedWeighedAndChosenThroughThePageForms() throws Exception {
        long id = Long.parseLong(file.substring(file.lastIndexOf('/') + 1));
        String bad = mvc.perform(post(file + "/issues").with(csrf()).param("lang", "zh-TW").param("description", "產地證明未隨貨")
                        .param("implications", "").param("likelihood", "9").param("impact", "x").param("owner", "王小明"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("產地證明未隨貨", "id=\"issue-implications-error\"", "id=\"issue-likelihood-error\"",
                "id=\"issue-impact-error\"");
        mvc.perform(post(file + "/issues").with(csrf()).param("lang", "en").param("description", "Certificate of origin missing")
                        .param("implications", "No FTA rate").param("likelihood", "3").param("impact", "4").param("owner", "Wang"))
                .andExpect(status().is3xxRedirection());
        asCoordinator();
        IssueView issue = issues.issues(TransactionId.of(id)).get(0);
        String issuePath = file + "/issues/" + issue.id();
        String altForm = mvc.perform(get(issuePath + "/alternatives/new").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(altForm).contains("id=\"alternative-form\"", "Bonded storage", "value=\"TWD\"");
        String altBad = mvc.perform(post(issuePath + "/alternatives").with(csrf()).param("lang", "en").param("kind", "MFN")
                        .param("benefits", "Release now").param("costAmount", "12.345").param("costCurrency", "TWD")
                        .param("legalRequirements", "關稅法 第2條").param("risks", "None").param("riskManagement", "None")
                        .param("likelihood", "1").param("impact", "2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(altBad).contains("id=\"alternative-cost-error\"", "value=\"12.345\"", "Release now");
        for (String[] alt : new String[][] {{"MFN", "12500.00"}, {"BONDED_STORAGE", "3250.50"}}) {
            mvc.perform(post(issuePath + "/alternatives").with(csrf()).param("lang", "en").param("kind", alt[0])
                            .param("benefits", "b").param("costAmount", alt[1]).param("costCurrency", "TWD")
                            .param("legalRequirements", "l").param("risks", "r").param("riskManagement", "m")
                            .param("likelihood", "1").param("impact", "2"))
                    .andExpect(status().is3xxRedirection());
        }
        asCoordinator();
        issue = issues.issue(TransactionId.of(id), issue.id());
        long cheapest = issue.alternatives().get(0).id();
        String choiceForm = mvc.perform(get(issuePath + "/choice").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // ranked by cost: bonded storage (3,250.50) is 1., MFN (12,500.00) 2.
        assertThat(choiceForm.indexOf("1. Bonded storage")).isPositive().isLessThan(choiceForm.indexOf("2. MFN duty"));
        // the time typed is the file's clock time, and the form says which (review of issue 8: issue times unzoned)
        assertThat(choiceForm).contains("id=\"choice-confirmed-zone\">Times in Taipei time<");
        String future = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).plusDays(2) + "T09:30";
        String choiceBad = mvc.perform(post(issuePath + "/choice").with(csrf()).param("lang", "en")
                        .param("version", String.valueOf(issue.version())).param("alternativeId", String.valueOf(cheapest))
                        .param("reasons", "Cheapest").param("regulationReferences", "關稅法 第58條").param("confirmedBy", "Mr Chen")
                        .param("confirmedAt", future))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(choiceBad).contains("id=\"choice-confirmed-at-error\"", "Mr Chen");
        // re-review F8: "now" in the file's zone with the zone named, not a raw ISO instant
        assertThat(choiceBad).contains("cannot be later than now (").contains("(Taipei time))").doesNotMatch("(?s).*\\d{2}:\\d{2}(:\\d{2})?Z.*");
        // typed as the file's clock time (Taipei), to the minute, after the issue was raised (an earlier one is refused)
        java.time.LocalDateTime typed = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Taipei")).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        mvc.perform(post(issuePath + "/choice").with(csrf()).param("lang", "en")
                        .param("version", String.valueOf(issue.version())).param("alternativeId", String.valueOf(cheapest))
                        .param("reasons", "Cheapest").param("regulationReferences", "關稅法 第58條").param("confirmedBy", "Mr Chen")
                        .param("confirmedAt", typed.toString()))
                .andExpect(status().is3xxRedirection());
        asCoordinator();
        IssueView chosen = issues.issue(TransactionId.of(id), issue.id());
        assertThat(chosen.choice().alternativeId()).isEqualTo(cheapest);
        // Taipei is UTC+8: the instant stored is the typed clock time less 8 hours
        assertThat(chosen.choice().confirmedAt()).isEqualTo(typed.minusHours(8).toInstant(java.time.ZoneOffset.UTC));
        assertThat(mvc.perform(get(file).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(">" + typed.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", java.util.Locale.ENGLISH)) + " (Taipei time)<");
    }

    /** t4fixC: closing a file with an open dispute is refused on the page with the sentence filled in, in each language. */
    @Test
    void closingAFileWithAnOpenDisputeOnThePageNamesTheDisputeWithoutPlaceholders() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        mvc.perform(post(file + "/disputes").with(csrf()).param("lang", "en")
                        .param("decisionKind", "VALUATION_UPLIFT").param("decisionReference", "CLOSE-REF")
                        .param("decisionSummary", "Freight added").param("noticeReceived", today.minusDays(3).toString())
                        .param("amount", "9000").param("currency", "TWD").param("clientNeeds", "Refund"))
                .andExpect(status().is3xxRedirection());
        asCoordinator();
        long id = Long.parseLong(file.substring(file.lastIndexOf('/') + 1));
        long version = transactions.transaction(TransactionId.of(id)).transaction().version();
        String zh = mvc.perform(post(file + "/status").with(csrf()).param("lang", "zh-TW").param("status", "CLOSED")
                        .param("version", String.valueOf(version)).param("reason", "客戶撤回"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("本案件尚有 1 件尚未結案的爭議：完稅價格調高（CLOSE-REF）").doesNotContain("{0}", "{1}");
        String en = mvc.perform(post(file + "/status").with(csrf()).param("lang", "en").param("status", "CLOSED")
                        .param("version", String.valueOf(version)).param("reason", "Client withdrew"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("The file has 1 open dispute(s): Valuation uplift (CLOSE-REF).").doesNotContain("{0}", "{1}");
    }

    @Autowired
    org.tradedesk.clearance.ClearanceTransactions transactions;
}
