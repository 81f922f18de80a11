package org.tradedesk.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionStatus;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearancePagesTest {

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    ClearanceTransactions transactions;
    @Autowired
    org.tradedesk.clearance.domain.RestDays restDays;

    long clientId;

    /** MockMvc clears the security context after a request: a direct call of the facade sets it again. */
    static void asCoordinator() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
    }

    @BeforeEach
    void client() {
        asCoordinator();
        clientId = clients.create(new ClientDetails("長青茶業股份有限公司", ClientKind.EXPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
    }

    String createThroughTheForm(String arrival) throws Exception {
        return mvc.perform(post("/clearance/transactions").with(csrf()).param("lang", "en")
                        .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "TW")
                        .param("mode", "SEA").param("incoterm", "CIF").param("reference", "KHH-7")
                        .param("importer", "長青茶業").param("arrivalDate", arrival))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/clearance/transactions/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    /**
     * A lodgement period ending on a rest day is rolled, and the page says from which day, why, to which and under
     * which law, in both languages: arrival 25 September 2026 + 15 days = Saturday 10 October 2026 (國慶日) → Sunday →
     * Monday 12 October 2026 (行政程序法 §48; DGPA 115年 calendar).
     */
    @Test
    void aDeadlineOnNationalDayIsRolledAndThePageSaysWhy() throws Exception {
        String location = createThroughTheForm("2026-09-25");
        String en = mvc.perform(get(location).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(en).contains("data-rolled-from=\"2026-10-10\"", "data-rolled-to=\"2026-10-12\"",
                "Rolled from 10 Oct 2026 (National Day) to 12 Oct 2026, 行政程序法 第48條.");
        String zh = mvc.perform(get(location).param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(zh).contains("末日2026/10/10（國慶日）為休息日，依行政程序法 第48條順延至2026/10/12。");
    }

    /** Acceptance review M1: the status form took a declaration dated after today; refused in the reader's language. */
    @Test
    void aStatusDatedAfterTodayIsRefusedOnThePage() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        mvc.perform(post(location + "/status").with(csrf()).param("status", "DOCUMENTS_COMPLETE").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        LocalDate laterDay = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).plusDays(4);
        String later = laterDay.toString();
        String html = mvc.perform(post(location + "/status").with(csrf()).param("lang", "zh-TW").param("status", "DECLARED")
                        .param("version", "1").param("date", later))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        // the dates in the reader's style, as the API gives them (2026/12/11, not ISO inside a Chinese sentence)
        String zh = laterDay.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        assertThat(html).contains("日期 " + zh + " 晚於今天").doesNotContain("日期 " + later);
    }

    @Test
    void theNewTransactionFormListsTheCoordinatorsClients() throws Exception {
        String html = mvc.perform(get("/clearance/transactions/new").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"transaction-client\"", "長青茶業股份有限公司", "id=\"transaction-arrival\"", "Express courier");
    }

    @Test
    void aTransactionPageShowsDeadlinesWithDaysLeftRetentionAndHistoryInChinese() throws Exception {
        // the file's today, in its zone (Taipei), not the server's
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        String arrival = today.minusDays(3).toString();
        String location = createThroughTheForm(arrival);
        String html = mvc.perform(get(location).param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // 15 days from the day after arrival, three days ago: 12 days left (more when today + 12 is a rest day, §48)
        long left = java.time.temporal.ChronoUnit.DAYS.between(today,
                restDays.roll(org.tradedesk.tariff.Jurisdiction.TW, today.plusDays(12)).to());
        assertThat(html).contains("data-deadline=\"tw-lodge\"", "關稅法 第16條", "剩 " + left + " 天", "data-days-left=\"" + left + "\"",
                "保存 5 年", "條文待確認", "草稿", "建立案件：進口，臺灣", "長青茶業");
        String queue = mvc.perform(get("/clearance").param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("KHH-7", "剩 " + left + " 天", "指派給您的客戶的案件");
        // issue 8: the file named by its reference and client, in the title and the queue — not "通關案件 12" / "#12"
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(html).contains("<title>通關案件 KHH-7（長青茶業股份有限公司）</title>").doesNotContain("通關案件 " + id + "<");
        assertThat(queue).contains("KHH-7（長青茶業股份有限公司）").doesNotContain("#" + id + "<");
    }

    @Test
    void aFormWithErrorsComesBackWithTheInputKept() throws Exception {
        String html = mvc.perform(post("/clearance/transactions").with(csrf()).param("lang", "en")
                        .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "TW")
                        .param("mode", "SEA").param("reference", "KEEP-ME").param("arrivalDate", "9999-01-01"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"KEEP-ME\"", "is-invalid");
    }

    /**
     * Acceptance review (issue 8): a refusal raised with a message text ({@code clearance.transaction.client-unknown}, worded
     * "no client {0} that you can see") reached the page as the bare code's text with no arguments.
     */
    @Test
    void aRefusalWordedAsATextIsShownWithItsTextAndArguments() throws Exception {
        long unseen = 987_654_321L;
        String html = mvc.perform(post("/clearance/transactions").with(csrf()).param("lang", "en")
                        .param("clientId", String.valueOf(unseen)).param("direction", "IMPORT").param("jurisdiction", "TW")
                        .param("mode", "SEA").param("incoterm", "CIF").param("reference", "KHH-8").param("importer", "長青茶業")
                        .param("arrivalDate", "2026-03-02"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is no client " + unseen + " that you can see").doesNotContain("{0}");
    }

    @Test
    void handCaptureRefusesABadTariffCodeAtItsFieldKeepingTheInputThenSaves() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String form = mvc.perform(get(location + "/invoice/new").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"lines0.tariffCode\"", "id=\"invoice-add-line\"");
        String bad = mvc.perform(post(location + "/invoice").with(csrf()).param("lang", "en")
                        .param("invoiceNumber", "INV-88").param("currency", "USD")
                        .param("lines[0].description", "Oolong tea").param("lines[0].tariffCode", "0902.3X")
                        .param("lines[0].originCountry", "TW").param("lines[0].quantity", "120").param("lines[0].unitCode", "KGM"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("value=\"0902.3X\"", "value=\"INV-88\"", "Not a Taiwan tariff code: 0902.3X", "is-invalid");
        mvc.perform(post(location + "/invoice").with(csrf()).param("lang", "en")
                        .param("invoiceNumber", "INV-88").param("currency", "USD")
                        .param("lines[0].description", "Oolong tea").param("lines[0].tariffCode", "0902.30")
                        .param("lines[0].originCountry", "TW").param("lines[0].quantity", "120").param("lines[0].unitCode", "KGM"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(location).param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Oolong tea", "INV-88", "typed by hand", "MANUAL");
        asCoordinator();
        assertThat(transactions.transaction(TransactionId.of(id)).documents()).hasSize(1);
    }

    /** Acceptance review: "abc" as an amount or 2026-13-45 as a date gave an empty 500 (no form to show). */
    @Test
    void anUnreadableAmountOrDateComesBackAtItsFieldWithEverythingTyped() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        String html = mvc.perform(post(location + "/invoice").with(csrf()).param("lang", "zh-TW")
                        .param("invoiceNumber", "INV-77").param("currency", "USD").param("totalAmount", "abc")
                        .param("issueDate", "2026-13-45")
                        .param("lines[0].description", "Oolong tea").param("lines[0].tariffCode", "0902.30")
                        .param("lines[0].originCountry", "TW").param("lines[0].quantity", "120").param("lines[0].unitCode", "KGM"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"INV-77\"", "value=\"abc\"", "value=\"Oolong tea\"", "is-invalid");
    }

    /** Review r-t4c F7: the new file form names a port that is no UN/LOCODE together with an arrival date that does not exist. */
    @Test
    void theNewFileFormNamesTheBadPortWithTheBadDate() throws Exception {
        String html = mvc.perform(post("/clearance/transactions").with(csrf()).param("lang", "en")
                        .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "TW")
                        .param("mode", "SEA").param("incoterm", "CIF").param("reference", "KHH-X").param("importer", "長青茶業")
                        .param("arrivalDate", "2026-13-45").param("portOfLoading", "XX1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2026-13-45", "XX1 is not a UN/LOCODE");
    }

    /** Review r-t4c F7: Incoterm "FOBB" in the invoice form is "not an Incoterms 2020 rule" with the rules, not a length error. */
    @Test
    void anIncotermThatIsNoRuleIsNamedWithTheRules() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        String html = mvc.perform(post(location + "/invoice").with(csrf()).param("lang", "en")
                        .param("invoiceNumber", "INV-FOBB").param("currency", "USD").param("incoterm", "FOBB")
                        .param("lines[0].description", "Oolong tea").param("lines[0].tariffCode", "0902.30")
                        .param("lines[0].originCountry", "TW").param("lines[0].quantity", "120").param("lines[0].unitCode", "KGM"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Not an Incoterms 2020 rule: FOBB. The rules are EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU and DDP.")
                .doesNotContain("between 0 and 3");
    }

    /** Issue 8: a 41-digit unit price typed in the form was "not a number"; it is a number out of range, with the bounds. */
    @Test
    void aFortyOneDigitUnitPriceTypedIsANumberOutOfRange() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        String digits = "12345678901234567890123456789012345678901";
        for (String lang : new String[] {"en", "zh-TW"}) {
            String html = mvc.perform(post(location + "/invoice").with(csrf()).param("lang", lang)
                            .param("invoiceNumber", "INV-41").param("currency", "USD")
                            .param("lines[0].description", "Oolong tea").param("lines[0].tariffCode", "0902.30")
                            .param("lines[0].originCountry", "TW").param("lines[0].quantity", "120").param("lines[0].unitCode", "KGM")
                            .param("lines[0].unitPrice", digits))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("value=\"INV-41\"", digits, "is-invalid");
            if (lang.equals("en")) {
                assertThat(html).contains("is a number out of range: at most 15 digits before the decimal mark and 6 after")
                        .doesNotContain("is not a number");
            } else {
                assertThat(html).contains("為超出範圍的數字：整數最多 15 位，小數最多 6 位").doesNotContain("不是數字");
            }
        }
    }

    /**
     * t4fixQ 4: a gross mass of 1e20 and a quantity of 1e30 typed in the form come back with every other problem at once (the
     * number's bounds, the missing invoice number, the bad tariff code), each at its field, everything typed kept.
     */
    @Test
    void hugeNumbersInTheInvoiceFormComeBackWithTheOtherErrors() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        String html = mvc.perform(post(location + "/invoice").with(csrf()).param("lang", "en")
                        .param("currency", "USD").param("grossMassKg", "1e20")
                        .param("lines[0].description", "Oolong tea").param("lines[0].tariffCode", "0902.3X")
                        .param("lines[0].originCountry", "TW").param("lines[0].quantity", "1e30").param("lines[0].unitCode", "KGM"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"1e20\"", "value=\"1e30\"", "value=\"0902.3X\"", "value=\"Oolong tea\"",
                "Not a Taiwan tariff code: 0902.3X", "id=\"invoice-number-error\"", "id=\"invoice-gross-error\"",
                "id=\"lines0.quantity-error\"", "at most 15 digits before the decimal");
        String zh = mvc.perform(post(location + "/invoice").with(csrf()).param("lang", "zh-TW")
                        .param("currency", "USD").param("grossMassKg", "1e20")
                        .param("lines[0].description", "Oolong tea").param("lines[0].quantity", "1e30").param("lines[0].unitCode", "KGM"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("value=\"1e20\"", "id=\"invoice-number-error\"", "整數最多 15 位");
    }

    /** Acceptance review: clock times were the server's UTC with no zone named; a Taiwan file shows Taipei time, named. */
    @Test
    void theFilePageGivesItsTimesInTheJurisdictionsZoneNamed() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        java.time.ZonedDateTime taipei = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Taipei"));
        String zh = mvc.perform(get(location).param("lang", "zh-TW")).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4}/\\d{2}/\\d{2}) (\\d{2}):\\d{2}:\\d{2}（臺北時間）").matcher(zh);
        assertThat(m.find()).as("a time with its zone named").isTrue();
        // the hour is Taipei's (the server runs on UTC, 8 hours behind)
        assertThat(Integer.parseInt(m.group(2))).isIn(taipei.getHour(), taipei.minusMinutes(5).getHour());
        assertThat(mvc.perform(get(location).param("lang", "en")).andReturn().getResponse().getContentAsString())
                .containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\(Taipei time\\)");
    }

    /** Acceptance review: errors came in rounds (date and total, then quantity, then tariff code and unit). */
    @Test
    void everyProblemOfTheInvoiceFormComesBackAtOnceWithSpecificMessages() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        String html = mvc.perform(post(location + "/invoice").with(csrf()).param("lang", "zh-TW")
                        .param("invoiceNumber", "INV-55").param("currency", "USD").param("totalAmount", "abc")
                        .param("issueDate", "2026-02-30")
                        .param("lines[0].description", "Oolong tea").param("lines[0].tariffCode", "8413")
                        .param("lines[0].originCountry", "TW").param("lines[0].quantity", "-2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"INV-55\"", "value=\"abc\"", "value=\"2026-02-30\"", "value=\"8413\"",
                "value=\"-2\"");
        assertThat(html).contains("「2026-02-30」不是存在的日期", "「abc」不是數字", "不是臺灣稅則號別：8413", "數量須有單位", "id=\"lines0.quantity-error\"")
                .doesNotContain("值不正確");
    }

    @Test
    void addingALineKeepsWhatWasTyped() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        String html = mvc.perform(post(location + "/invoice").with(csrf()).param("lang", "en").param("addLine", "1")
                        .param("invoiceNumber", "INV-9").param("lines[0].description", "Green tea"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"INV-9\"", "value=\"Green tea\"", "id=\"lines1.description\"");
    }

    @Test
    void anUnreadableInvoiceUploadNamesTheReasonAndStoresNothing() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String html = mvc.perform(multipart(location + "/documents").file(new MockMultipartFile("file", "scan.png", "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).param("type", "COMMERCIAL_INVOICE").with(csrf()).param("lang", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"upload-error\"", "scan.png", "Nothing was stored.");
        asCoordinator();
        assertThat(transactions.transaction(TransactionId.of(id)).documents()).isEmpty();
    }

    /** Review m2: the duplicate alert says what happened (the API's sentence) next to its link, in zh-TW. */
    @Test
    void aDuplicateUploadSaysItWasNotStoredAgain() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        byte[] content = "packing list: 3 cartons".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(multipart(location + "/documents").file(new MockMultipartFile("file", "pl.txt", "text/plain", content))
                .param("type", "PACKING_LIST").with(csrf()).param("lang", "zh-TW")).andExpect(status().is3xxRedirection());
        String html = mvc.perform(multipart(location + "/documents").file(new MockMultipartFile("file", "pl.txt", "text/plain", content))
                        .param("type", "PACKING_LIST").with(csrf()).param("lang", "zh-TW"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        String alert = html.substring(html.indexOf("id=\"upload-duplicate\""));
        alert = alert.substring(0, alert.indexOf("</div>"));
        // issue 8: the document kept is named by its kind, its file's name and place in the file, not by its database id
        assertThat(alert).contains("檔案 pl.txt 已是本案件的裝箱單 pl.txt（案件第 1 份文件），未再次儲存。", "前往裝箱單 pl.txt（案件第 1 份文件）");
    }

    @Test
    void aClosedTransactionOffersNoFormAndRefusesAChange() throws Exception {
        String location = createThroughTheForm("2026-11-20");
        TransactionId id = TransactionId.of(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        asCoordinator();
        // the goods arrived 17 days ago and were never declared: closing needs a reason (acceptance review F5)
        transactions.move(id, 0, TransactionStatus.CLOSED, null, "Shipment abandoned by the importer");
        String html = mvc.perform(get(location).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"read-only\"", "Closed: read-only").doesNotContain("id=\"transaction-edit\"", "id=\"upload-form\"",
                "id=\"capture-invoice\"");
        mvc.perform(get(location + "/edit")).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post(location).with(csrf()).param("lang", "en").param("clientId", String.valueOf(clientId))
                        .param("direction", "EXPORT").param("jurisdiction", "TW").param("mode", "AIR").param("version", "1"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("is closed and read-only", "value=\"AIR\" selected");
    }
}
