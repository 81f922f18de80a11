package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * T4.7 through the API: a Taiwan reclassification disputed — the 復查 deadline counted from the notice, the 訴願 from the
 * review decision, evidence with its checksum, a partly upheld outcome with the refund rule, the summary letter read
 * back in the client's language; the Australian route as data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceDisputeApiTest {

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    org.tradedesk.clearance.domain.RestDays restDays;

    String newTransaction(String jurisdiction, PreferredLanguage language) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("寶島食品有限公司", ClientKind.IMPORTER, CountryCode.TW, null, language, null, null,
                null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"%s","mode":"SEA","arrivalDate":"%s"}"""
                .formatted(clientId, jurisdiction, org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.of(jurisdiction)).minusDays(40))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void aTaiwanReclassificationDisputedThroughReviewWithEvidenceOutcomeAndLetter() throws Exception {
        String tx = newTransaction("TW", PreferredLanguage.ZH_TW);
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW); // the file's today, in its zone
        LocalDate notice = today.minusDays(23);
        // 復查 within 30 days from the day after the notice: notice + 30 = (today − 23) + 30 = today + 7 → 7 days left, warned;
        // when today + 7 is a Saturday, Sunday or holiday, the last day is the next working day (行政程序法 §48)
        LocalDate reviewLast = restDays.roll(org.tradedesk.tariff.Jurisdiction.TW, today.plusDays(7)).to();
        long reviewLeft = java.time.temporal.ChronoUnit.DAYS.between(today, reviewLast);
        String json = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/15/A123/0456","decisionSummary":"稅則由 0902.30 改列 2101.20，補稅",
                 "noticeReceived":"%s","amount":48250.00,"currency":"TWD","clientNeeds":"退還補繳稅款並確認後續批次之歸列"}""".formatted(notice)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(48250.00))
                .andExpect(jsonPath("$.deadlines[0].stepId").value("tw-review"))
                .andExpect(jsonPath("$.deadlines[0].legalReference").value("關稅法 第45條"))
                .andExpect(jsonPath("$.deadlines[0].lastDay").value(reviewLast.toString()))
                .andExpect(jsonPath("$.deadlines[0].daysLeft").value((int) reviewLeft))
                .andExpect(jsonPath("$.deadlines[0].warning").value(reviewLeft <= 7))
                .andExpect(jsonPath("$.deadlines[1].stepId").value("tw-appeal"))
                .andExpect(jsonPath("$.deadlines[1].state").value("WAITING"))
                .andReturn().getResponse().getContentAsString();
        String dispute = tx + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
        int version = JsonPath.read(json, "$.version");

        // a step not on Taiwan's route, a future filing date (in Chinese), a stale version
        mvc.perform(post(dispute + "/steps").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"au-protest","filedOn":"%s","summary":"x"}""".formatted(version, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.step.unknown"));
        // named in the reader's language, with the steps that exist (review: "TW 之救濟程序中無 nope。")
        mvc.perform(post(dispute + "/steps").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"nope","filedOn":"%s","summary":"x"}""".formatted(version, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        "臺灣（TW）的救濟程序中沒有「nope」；可登錄的程序為：向海關申請復查、提起訴願、提起行政訴訟。"));
        mvc.perform(post(dispute + "/steps").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"tw-review","filedOn":"%s","summary":"x"}""".formatted(version, today.plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.date.future"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("晚於今日")));
        mvc.perform(post(dispute + "/steps").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"tw-review","filedOn":"%s","summary":"x"}""".formatted(version + 5, today)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.stale-edit"));
        // acceptance review M8: a 訴願 before any 復查 decision — its period (from the 復查 decision) has not started
        mvc.perform(post(dispute + "/steps").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"tw-appeal","filedOn":"%s","summary":"x"}""".formatted(version, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.step.not-started"))
                .andExpect(jsonPath("$.errors[0].field").value("stepId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("尚不能登錄「提起訴願」")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("「向海關申請復查」之決定")));
        mvc.perform(post(dispute + "/steps").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"tw-appeal","filedOn":"%s","summary":"x"}""".formatted(version, today)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("\"Administrative appeal (訴願)\" cannot be recorded yet")));
        mvc.perform(get(dispute)).andExpect(jsonPath("$.steps.length()").value(0));

        // 復查 filed 20 days ago, decided 2 days ago: 訴願 last day = (today − 2) + 30 = today + 28 (or the next working day)
        LocalDate appealLast = restDays.roll(org.tradedesk.tariff.Jurisdiction.TW, today.plusDays(28)).to();
        json = mvc.perform(post(dispute + "/steps").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"tw-review","filedOn":"%s","decidedOn":"%s","summary":"申請復查，附型錄及成分表"}"""
                .formatted(version, today.minusDays(20), today.minusDays(2))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[0].state").value("FILED"))
                .andExpect(jsonPath("$.deadlines[1].from").value(today.minusDays(2).toString()))
                .andExpect(jsonPath("$.deadlines[1].lastDay").value(appealLast.toString()))
                .andExpect(jsonPath("$.deadlines[1].daysLeft").value((int) java.time.temporal.ChronoUnit.DAYS.between(today, appealLast)))
                .andExpect(jsonPath("$.deadlines[1].warning").value(false))
                .andReturn().getResponse().getContentAsString();
        version = JsonPath.read(json, "$.version");
        // a 訴願 filed before the 復查 decision (today − 2) it appeals against
        mvc.perform(post(dispute + "/steps").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"tw-appeal","filedOn":"%s","summary":"x"}""".formatted(version, today.minusDays(5))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.step.filed-before-start"))
                .andExpect(jsonPath("$.errors[0].field").value("filedOn"));

        // evidence: a document uploaded to the file, then linked; its SHA-256 is the file's
        byte[] catalogue = "Oolong tea leaves, no additives".getBytes(StandardCharsets.UTF_8);
        String doc = mvc.perform(multipart(tx + "/documents").file(new MockMultipartFile("file", "catalogue.txt", "text/plain", catalogue))
                .param("type", "OTHER")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long documentId = ((Number) JsonPath.read(doc, "$.id")).longValue();
        json = mvc.perform(post(dispute + "/evidence").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"documentId":%d,"note":"型錄：純茶葉"}""".formatted(version, documentId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[0].fileName").value("catalogue.txt"))
                .andExpect(jsonPath("$.evidence[0].sha256").value(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(catalogue))))
                .andReturn().getResponse().getContentAsString();
        version = JsonPath.read(json, "$.version");
        mvc.perform(post(dispute + "/evidence").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"documentId":999999999}""".formatted(version)))
                .andExpect(status().isNotFound());
        // a document withdrawn from the file is on it, but no evidence: said so, not "the file has no such document" (r-t4c 12)
        byte[] draft = "Draft catalogue, superseded".getBytes(StandardCharsets.UTF_8);
        long withdrawn = ((Number) JsonPath.read(mvc.perform(multipart(tx + "/documents").file(new MockMultipartFile("file", "draft.txt",
                "text/plain", draft)).param("type", "OTHER")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
        mvc.perform(post(tx + "/documents/" + withdrawn + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + JsonPath.read(mvc.perform(get(tx + "/documents/" + withdrawn)).andReturn().getResponse()
                                .getContentAsString(), "$.version") + ",\"reason\":\"superseded\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(dispute + "/evidence").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"version\":" + version + ",\"documentId\":" + withdrawn + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.evidence.withdrawn"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Other")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("was withdrawn from the file")));

        // partly upheld refunds more than 0 and less than 48,250.00; 12,000.00 leaves 36,250.00 borne
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"outcome":"PARTLY_UPHELD","decidedOn":"%s","refundedAmount":48250.00,"refundedCurrency":"TWD"}"""
                .formatted(version, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.refund.partly"))
                .andExpect(jsonPath("$.errors[0].field").value("refundedAmount"));
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"outcome":"PARTLY_UPHELD","decidedOn":"%s","refundedAmount":12000,"refundedCurrency":"AUD"}"""
                .formatted(version, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.refund.currency"));
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"outcome":"PARTLY_UPHELD","decidedOn":"%s","refundedAmount":12000.00,"refundedCurrency":"TWD",
                 "note":"准予依原稅則歸列部分貨品"}""".formatted(version, today)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.outcome").value("PARTLY_UPHELD"))
                .andExpect(jsonPath("$.outcome.stillBorne").value(36250.00))
                .andExpect(jsonPath("$.deadlines.length()").value(0));
        mvc.perform(post(dispute + "/steps").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"tw-appeal","filedOn":"%s","summary":"x"}""".formatted(version + 1, today)).header("Accept-Language", "en"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.dispute.decided.closed"))
                // issue 8: the dispute by its decision, not its id
                .andExpect(jsonPath("$.detail").value("Dispute Reclassification (AW/15/A123/0456) is decided and no longer changes."));

        // the letter: the client prefers Traditional Chinese; fonts embedded, Chinese text extractable
        byte[] pdf = mvc.perform(get(dispute + "/letter.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String zh = pdfText(pdf);
        // t4fixQ 5: TWD in whole dollars as the customs notice prints it (TWD 48,250, not 48,250.00)
        assertThat(zh).contains("與海關之爭議：摘要", "寶島食品有限公司", "稅則改列", "AW/15/A123/0456", "TWD 48,250",
                "向海關申請復查", "申請復查，附型錄及成分表", "catalogue.txt", "部分有理由", "TWD 12,000", "TWD 36,250")
                .doesNotContain("48,250.00", "12,000.00", "36,250.00");
        String en = pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(en).contains("Dispute with customs: summary", "Reclassification", "Partly upheld", "Still borne by the client");
        // t4fixL (T4 acceptance review item 4): after the outcome the route stays on the letter (復查 → 訴願 → 行政訴訟) and a
        // partly upheld case names its next route and last day: 訴願 within 30 days of the 復查 decision (訴願法 第14條)
        String enFlat = en.replaceAll("\\s+", " ");
        assertThat(enFlat).contains("Review route and deadlines", "Administrative appeal (訴願)", "Administrative litigation",
                "The case was partly upheld: it can be taken further by Administrative appeal (訴願) (Administrative Appeal Act (訴願法) art 14), no later than "
                        + appealLast.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
        assertThat(zh.replaceAll("\\s+", "")).contains("提起行政訴訟", "下一步可提起訴願（訴願法第14條）");
        // dates as the reader writes them (as the T1 advice letter does: 2026/03/02 in Chinese, 2 Mar 2026 in English), no ISO
        java.time.format.DateTimeFormatter zhDate = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd");
        java.time.format.DateTimeFormatter enDate = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
        assertThat(zh).contains(notice.format(zhDate), today.minusDays(20).format(zhDate), today.format(zhDate))
                .doesNotContain(notice.toString(), today.toString());
        assertThat(en).contains(notice.format(enDate), today.minusDays(20).format(enDate), today.format(enDate))
                .doesNotContain(notice.toString(), today.toString());
        String history = mvc.perform(get(tx + "/history").header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Dispute", "Partly upheld");
    }

    @Test
    void theAustralianRouteIsDataAndAProtestCountsFromThePayment() throws Exception {
        mvc.perform(get("/api/v1/clearance/review-routes/AU")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("au-protest"))
                .andExpect(jsonPath("$[0].from").value("PAID"))
                .andExpect(jsonPath("$[0].amount").value(7))
                .andExpect(jsonPath("$[0].legalReference").value("Customs Act 1901 s167(3)"))
                .andExpect(jsonPath("$[3].id").value("au-tribunal"))
                .andExpect(jsonPath("$[3].afterStep").value("au-refund"));
        String tx = newTransaction("AU", PreferredLanguage.EN);
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.AU); // the file's today, in its zone
        // paid 9 days ago: protest notice due (today − 9) + 7 = today − 2 → overdue by 2; paid a day earlier while that
        // last day is a Saturday, Sunday or ACT holiday (it would roll, Acts Interpretation Act s 36(2))
        LocalDate paid = today.minusDays(9);
        while (!restDays.workingDay(org.tradedesk.tariff.Jurisdiction.AU, paid.plusDays(7))) {
            paid = paid.minusDays(1);
        }
        mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"VALUATION_UPLIFT","decisionReference":"ABF-2026-118","decisionSummary":"Royalties added to the customs value",
                 "noticeReceived":"%s","paidOn":"%s","amount":"3150.40","currency":"AUD","clientNeeds":"Refund; no precedent"}"""
                .formatted(paid.minusDays(1), paid)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadlines[0].stepId").value("au-protest"))
                .andExpect(jsonPath("$.deadlines[0].state").value("OVERDUE"))
                .andExpect(jsonPath("$.deadlines[0].daysLeft").value((int) java.time.temporal.ChronoUnit.DAYS.between(today, paid.plusDays(7))))
                .andExpect(jsonPath("$.deadlines[1].lastDay").value(
                        restDays.roll(org.tradedesk.tariff.Jurisdiction.AU, paid.plusMonths(6)).to().toString()));
        mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"PENALTY","decisionReference":"R","decisionSummary":"S","noticeReceived":"%s","amount":-5,
                 "currency":"AUD","clientNeeds":"N"}""".formatted(today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        // acceptance review m17: paid (today − 12) before the notice was received (today − 10)
        mvc.perform(post(tx + "/disputes").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"VALUATION_UPLIFT","decisionReference":"ABF-2026-119","decisionSummary":"S",
                 "noticeReceived":"%s","paidOn":"%s","amount":"10","currency":"AUD","clientNeeds":"N"}"""
                .formatted(today.minusDays(10), today.minusDays(12))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.date.paid-before-notice"))
                .andExpect(jsonPath("$.errors[0].field").value("paidOn"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("繳納日")));
        // the protest (from PAID) on a case with no payment: its period has not started
        String unpaid = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"PENALTY","decisionReference":"R2","decisionSummary":"S","noticeReceived":"%s","amount":"10",
                 "currency":"AUD","clientNeeds":"N"}""".formatted(today.minusDays(3))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post(tx + "/disputes/" + ((Number) JsonPath.read(unpaid, "$.id")).longValue() + "/steps")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"stepId":"au-protest","filedOn":"%s","summary":"x"}""".formatted(
                        ((Number) JsonPath.read(unpaid, "$.version")).intValue(), today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.step.not-started"));
        // review M4: an unknown currency names its field, in the reader's language
        mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW").content("""
                {"decisionKind":"PENALTY","decisionReference":"R","decisionSummary":"S","noticeReceived":"%s","amount":5,
                 "currency":"NTD","clientNeeds":"N"}""".formatted(today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currency"))
                .andExpect(jsonPath("$.errors[0].message").value("不認得的 ISO 4217 幣別代碼：NTD"));
    }

    /**
     * The letter of an open dispute whose 復查 period ends on a Saturday or Sunday says the last day was rolled to the
     * next working day, with the law, in the reader's date format (行政程序法 §48).
     */
    @Test
    void theLetterSaysWhenALastDayWasRolled() throws Exception {
        String tx = newTransaction("TW", PreferredLanguage.ZH_TW);
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW); // the file's today, in its zone
        LocalDate notice = today.minusDays(29);
        while (notice.plusDays(30).getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
            notice = notice.plusDays(1);
        }
        org.tradedesk.clearance.domain.RestDays.Roll roll = restDays.roll(org.tradedesk.tariff.Jurisdiction.TW, notice.plusDays(30));
        String json = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/15/R","decisionSummary":"改列","noticeReceived":"%s",
                 "amount":100,"currency":"TWD","clientNeeds":"退稅"}""".formatted(notice)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadlines[0].lastDay").value(roll.to().toString()))
                .andExpect(jsonPath("$.deadlines[0].rolledFrom").value(notice.plusDays(30).toString()))
                .andReturn().getResponse().getContentAsString();
        String dispute = tx + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
        java.time.format.DateTimeFormatter zhDate = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd");
        String zh = pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", "zh-TW")).andReturn().getResponse()
                .getContentAsByteArray()).replaceAll("\\s+", "");
        assertThat(zh).contains(("末日" + notice.plusDays(30).format(zhDate) + "（" + roll.reason(java.util.Locale.TAIWAN)
                + "）為休息日，依行政程序法第48條順延至" + roll.to().format(zhDate) + "。"));
        String en = pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", "en")).andReturn().getResponse()
                .getContentAsByteArray()).replaceAll("\\s+", " ");
        java.time.format.DateTimeFormatter enDate = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
        assertThat(en).contains("Rolled from " + notice.plusDays(30).format(enDate) + " (" + roll.reason(java.util.Locale.ENGLISH)
                + ") to " + roll.to().format(enDate));
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(org.tradedesk.support.PdfFonts.notEmbedded(doc)).isEmpty();
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * Review of issue 8: a notice received before the file's declaration date was taken silently. It is said on the
     * dispute (API and page) in the reader's language; a notice received in the future is refused at its field.
     */
    @Test
    void aNoticeReceivedBeforeTheDeclarationIsWarnedAndOneInTheFutureRefused() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW); // the file's today, in its zone
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("長青茶業股份有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        String created = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","arrivalDate":"%s","declarationDate":"%s"}"""
                .formatted(clientId, today.minusDays(40), today.minusDays(10))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String tx = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(created, "$.id")).longValue();
        String body = """
                {"decisionKind":"VALUATION_UPLIFT","decisionReference":"AW/15/B7","decisionSummary":"運費計入完稅價格",
                 "noticeReceived":"%s","amount":1200,"currency":"TWD","clientNeeds":"退稅"}""";
        mvc.perform(post(tx + "/disputes").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(today.plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.date.future"))
                .andExpect(jsonPath("$.errors[0].field").value("noticeReceived"));
        String json = mvc.perform(post(tx + "/disputes").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(today.minusDays(20))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[0].code").value("clearance.dispute.warning.notice-before-declaration"))
                .andExpect(jsonPath("$.warnings[0].text").value(org.hamcrest.Matchers.containsString("早於本案件的報關日")))
                .andReturn().getResponse().getContentAsString();
        String dispute = tx + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(get(dispute).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.warnings[0].text").value(org.hamcrest.Matchers.containsString("before the file's declaration date")));
        String page = mvc.perform(get(dispute.replace("/api/v1", "")).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"dispute-warnings\"", "before the file&#39;s declaration date");
        // a notice on or after the declaration date: no warning (another decision: one dispute per decision, t4fixS)
        mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(today.minusDays(5)).replace("AW/15/B7", "AW/15/B8")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.warnings").isEmpty());
    }

    /**
     * Review of issue 8: the letter used the dispute's own notice date. It uses the day the FILE records the duty notice as
     * received (關稅法 第45條 counts the 30 days of 復查 from receipt), counts the last day from it, and says on the letter
     * that the dispute holds another date.
     */
    @Test
    void theLetterCountsFromTheFilesReceiptDateAndWarnsWhenTheDisputeDiffers() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("港都貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        // the file: notice dated 12 days ago, received 10 days ago; the dispute typed 11 days ago
        LocalDate received = today.minusDays(10);
        LocalDate typed = today.minusDays(11);
        String created = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","arrivalDate":"%s","declarationDate":"%s",
                 "dutyNoticeDate":"%s","dutyNoticeReceived":"%s"}"""
                .formatted(clientId, today.minusDays(40), today.minusDays(30), today.minusDays(12), received)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String tx = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(created, "$.id")).longValue();
        String json = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/15/R9","decisionSummary":"改列","noticeReceived":"%s",
                 "amount":100,"currency":"TWD","clientNeeds":"退稅"}""".formatted(typed)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dispute = tx + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
        // 復查: 30 days from the day after receipt, a rest day rolled to the next working day
        LocalDate lastFromFile = restDays.roll(org.tradedesk.tariff.Jurisdiction.TW, received.plusDays(30)).to();
        LocalDate lastFromDispute = restDays.roll(org.tradedesk.tariff.Jurisdiction.TW, typed.plusDays(30)).to();
        java.time.format.DateTimeFormatter zhDate = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd");
        String zh = pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", "");
        assertThat(zh).contains("收到通知日" + received.format(zhDate))
                .contains("本函之復查等期限自" + received.format(zhDate) + "起算", "本爭議所載為" + typed.format(zhDate))
                .contains(lastFromFile.format(zhDate));
        if (!lastFromDispute.equals(lastFromFile)) {
            assertThat(zh).doesNotContain(lastFromDispute.format(zhDate));
        }
        java.time.format.DateTimeFormatter enDate = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
        String en = pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
        assertThat(en).contains("This letter counts the review periods from " + received.format(enDate),
                "the dispute itself records " + typed.format(enDate));
        // t4fixC: the API and the page give the letter's last day (counted from the file's receipt), not the dispute's own
        mvc.perform(get(dispute))
                .andExpect(jsonPath("$.deadlines[0].stepId").value("tw-review"))
                .andExpect(jsonPath("$.deadlines[0].lastDay").value(lastFromFile.toString()));
        String page = mvc.perform(get("/clearance/transactions/" + tx.substring(tx.lastIndexOf('/') + 1) + "/disputes/"
                        + dispute.substring(dispute.lastIndexOf('/') + 1)).param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-step=\"tw-review\"", "data-last-day=\"" + lastFromFile + "\"");
        if (!lastFromDispute.equals(lastFromFile)) {
            assertThat(page).doesNotContain("data-last-day=\"" + lastFromDispute + "\"");
        }
    }

    /**
     * Acceptance review F11: a WITHDRAWN outcome asked for a refund (400 "refundedCurrency is required; refundedAmount is
     * required") though nothing is refunded on a withdrawal. Now it is taken without one and 0 is recorded; an amount given
     * must still be 0; an outcome that refunds (UPHELD) still needs it.
     */
    @Test
    void aWithdrawnOutcomeNeedsNoRefund() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        long clientId = clients.create(new ClientDetails("撤回測試有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        String created = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","arrivalDate":"%s","declarationDate":"%s"}"""
                .formatted(clientId, today.minusDays(12), today.minusDays(10))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String tx = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(created, "$.id")).longValue();
        String json = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"VALUATION_UPLIFT","decisionReference":"AW/15/W1","decisionSummary":"運費計入完稅價格",
                 "noticeReceived":"%s","amount":1200,"currency":"TWD","clientNeeds":"退稅"}""".formatted(today.minusDays(5))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dispute = tx + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
        int v = ((Number) JsonPath.read(json, "$.version")).intValue();
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"outcome":"UPHELD","decidedOn":"%s"}""".formatted(v, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("refundedAmount"));
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"outcome":"WITHDRAWN","decidedOn":"%s","refundedAmount":5,"refundedCurrency":"TWD"}""".formatted(v, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.refund.none-when-refused"));
        // R9 (T4 code read): a currency without its amount was silently dropped; it is refused at refundedAmount
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"outcome":"WITHDRAWN","decidedOn":"%s","refundedCurrency":"TWD"}""".formatted(v, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("refundedAmount"));
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"outcome":"WITHDRAWN","decidedOn":"%s"}""".formatted(v, today)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.outcome").value("WITHDRAWN"))
                .andExpect(jsonPath("$.outcome.refundedAmount").value(0))
                .andExpect(jsonPath("$.outcome.currency").value("TWD"));
    }

    /**
     * Acceptance review F5: closing a file with an open dispute gave 200 and froze the dispute (409 on its next step). Now the
     * close is refused (409) naming the open dispute, a reason does not override it; once the dispute is decided the file
     * closes. A running obligation (the lodgement deadline, not met) refuses the close too unless a reason is given, and the
     * reason is recorded in the history.
     */
    @Test
    void aFileWithAnOpenDisputeOrARunningObligationIsNotClosedSilently() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        long clientId = clients.create(new ClientDetails("結案測試有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        String created = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","arrivalDate":"%s","declarationDate":"%s"}"""
                .formatted(clientId, today.minusDays(12), today.minusDays(10))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String tx = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(created, "$.id")).longValue();
        String json = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"VALUATION_UPLIFT","decisionReference":"AW/15/C9","decisionSummary":"運費計入完稅價格",
                 "noticeReceived":"%s","amount":1200,"currency":"TWD","clientNeeds":"退稅"}""".formatted(today.minusDays(5))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dispute = tx + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
        for (String reason : new String[] {"", ",\"reason\":\"客戶要求結案\""}) {
            mvc.perform(post(tx + "/status").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                            .content("{\"status\":\"CLOSED\",\"version\":" + version(tx) + reason + "}"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.transaction.close-open-disputes"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("AW/15/C9")));
        }
        mvc.perform(post(tx + "/status").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content("{\"status\":\"CLOSED\",\"version\":" + version(tx) + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("尚未結案的爭議")));
        mvc.perform(get(tx)).andExpect(jsonPath("$.status").value("DRAFT"));
        int v = ((Number) JsonPath.read(mvc.perform(get(dispute)).andReturn().getResponse().getContentAsString(), "$.version")).intValue();
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":%d,"outcome":"WITHDRAWN","decidedOn":"%s","refundedAmount":0,"refundedCurrency":"TWD"}""".formatted(v, today)))
                .andExpect(status().isOk());
        mvc.perform(post(tx + "/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLOSED\",\"version\":" + version(tx) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));

        // a running obligation: arrived 5 days ago, not declared (the 15-day lodgement deadline is open)
        String second = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","arrivalDate":"%s"}""".formatted(clientId, today.minusDays(5))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String tx2 = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(second, "$.id")).longValue();
        mvc.perform(post(tx2 + "/status").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"status\":\"CLOSED\",\"version\":" + version(tx2) + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.transaction.close-open-deadlines"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Lodge the import declaration")));
        mvc.perform(post(tx2 + "/status").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"status\":\"CLOSED\",\"version\":" + version(tx2) + ",\"reason\":\"Shipment cancelled by the seller\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get(tx2 + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Shipment cancelled by the seller"),
                        org.hamcrest.Matchers.containsString("Lodge the import declaration")))));
    }

    /** Acceptance review F13: "XXX 100" was accepted as the amount in dispute; codes that are not money are refused at the field. */
    @Test
    void anAmountInDisputeIsInACurrencyNotATestOrMetalCode() throws Exception {
        String tx = newTransaction("TW", PreferredLanguage.ZH_TW);
        for (String code : new String[] {"XXX", "XTS", "XAU", "XAG", "XDR"}) {
            mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                    {"decisionKind":"VALUATION_UPLIFT","decisionReference":"AW/15/D1","decisionSummary":"x",
                     "noticeReceived":"%s","amount":100,"currency":"%s","clientNeeds":"x"}""".formatted(org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).minusDays(3), code)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.money.not-a-currency"))
                    .andExpect(jsonPath("$.errors[0].field").value("currency"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(code)));
        }
        mvc.perform(get(tx + "/disputes")).andExpect(jsonPath("$").isEmpty());
    }

    /**
     * Issue 8: {@code "amount":1e30} got a problem detail without {@code errors[]}. Every out-of-range or malformed number of a
     * dispute body is a 400 with {@code errors[]} naming the field, its label and the bound, in the reader's language, as the
     * rest of the clearance API; nothing is stored.
     */
    @Test
    void anOutOfRangeOrMalformedAmountIsRefusedAtItsFieldWithTheBound() throws Exception {
        String tx = newTransaction("TW", PreferredLanguage.ZH_TW);
        String body = """
                {"decisionKind":"PENALTY","decisionReference":"R","decisionSummary":"S","noticeReceived":"%s","amount":%s,
                 "currency":"TWD","clientNeeds":"N"}""";
        String notice = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).minusDays(3).toString();
        for (String amount : new String[] {"1e30", "1e17", "10000000000000000", "12.345", "1e999999"}) {
            mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                            .content(body.formatted(notice, amount)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("amount"))
                    .andExpect(jsonPath("$.errors[0].label").value("Amount in dispute"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("at most 15 digits before the decimal mark and 2 after"),
                            // what was given, as the number read (1e30 → 1E+30)
                            org.hamcrest.Matchers.containsString("'" + new java.math.BigDecimal(amount) + "'"))))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Amount in dispute")));
            mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                            .content(body.formatted(notice, amount)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("amount"))
                    .andExpect(jsonPath("$.errors[0].label").value("爭議金額"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("整數最多 15 位，小數最多 2 位")))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(".*[A-Za-z]{4,}.*"))));
        }
        // not a number at all: named at its field, in the reader's language
        mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(body.formatted(notice, "\"abc\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].label").value("爭議金額"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("abc")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(".*[A-Za-z]{4,}.*"))));
        // the outcome's refund likewise
        mvc.perform(get(tx + "/disputes")).andExpect(jsonPath("$").isEmpty());
        String opened = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content(body.formatted(notice, "100")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dispute = tx + "/disputes/" + ((Number) JsonPath.read(opened, "$.id")).longValue();
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s","refundedAmount":1e30,"refundedCurrency":"TWD"}"""
                        .formatted(((Number) JsonPath.read(opened, "$.version")).intValue(), notice)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("refundedAmount"))
                .andExpect(jsonPath("$.errors[0].label").value("Amount refunded"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("at most 15 digits")));
    }

    private Number version(String tx) throws Exception {
        return JsonPath.read(mvc.perform(get(tx)).andReturn().getResponse().getContentAsString(), "$.version");
    }

    /**
     * t4dl: the letter of an open dispute had a blank second page (only its page counter, "2 / 2") when its content just
     * filled the first: the bottom margins of the last paragraph ("No evidence yet.") and of the body spilled onto a page of
     * their own. The client's needs grow by a few characters at a time through the lengths where page 1 fills up (the window
     * was about 15 characters wide: a trailing margin is less than a line), and every page of every letter carries text
     * besides the counter.
     */
    @Test
    void noPageOfTheLetterIsBlankWhenTheContentJustFillsTheFirst() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Probe Ltd", ClientKind.IMPORTER, CountryCode.AU, null, PreferredLanguage.EN,
                null, null, null)).id();
        LocalDate notice = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).minusDays(3);
        String tx = null;
        int pagesSeen = 0;
        for (int n = 150, made = 0; n <= 330; n += 3, made++) {
            if (made % 19 == 0) {
                // at most 20 disputes a file
                String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA"}""".formatted(clientId)))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                tx = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(json, "$.id")).longValue();
            }
            String text = "word ".repeat(100).substring(0, n).strip();
            String d = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                    {"decisionKind":"RECLASSIFICATION","decisionReference":"R-%d","decisionSummary":"%s",
                     "noticeReceived":"%s","amount":100.00,"currency":"TWD","clientNeeds":"%s"}""".formatted(n, text, notice, text)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            byte[] pdf = mvc.perform(get(tx + "/disputes/" + JsonPath.read(d, "$.id") + "/letter.pdf").param("lang", "en"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                pagesSeen = Math.max(pagesSeen, doc.getNumberOfPages());
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    assertThat(stripper.getText(doc).replaceAll("\\d+ / \\d+", "").strip())
                            .as("page %d of %d of the letter with %d characters of client needs", p, doc.getNumberOfPages(), n).isNotBlank();
                }
            }
        }
        // the lengths went from one page to two: the fill-up point was crossed
        assertThat(pagesSeen).isEqualTo(2);
    }
}
