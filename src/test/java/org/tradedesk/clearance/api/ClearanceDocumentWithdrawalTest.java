package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;

/**
 * Acceptance review F1: the UBL {@code en16931_ubl-tc434-example1.xml} and the EDIFACT
 * {@code en16931_INVOIC_D14B_EXAMPLE1.edi} (the same invoice 12115118) on one file gave {@code ERROR
 * duplicate.invoice-in-file} "keep one and remove the other" — with no way to remove one, so the file could never be lodged.
 * A document is withdrawn with a reason: kept for the record, counted nowhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceDocumentWithdrawalTest {

    static final int SMTP = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, SMTP);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.test.context.bean.override.mockito.MockitoSpyBean
    org.tradedesk.clearance.domain.LodgementChannel channel;

    long clientId;
    long contact;
    ClearanceFiles files;

    @BeforeEach
    void client() {
        files = new ClearanceFiles(mvc);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("寶島電子有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        contact = clients.addContact(new ClientId(clientId), new ContactDetails("王小明", "ming.w@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ClearanceDocumentWithdrawalTest.class.getResourceAsStream("/clearance/" + name)) {
            return in.readAllBytes();
        }
    }

    long upload(String base, String name, byte[] content, String type) throws Exception {
        var request = multipart(base + "/documents").file(new MockMultipartFile("file", name, "application/octet-stream", content));
        if (type != null) {
            request.param("type", type);
        }
        String json = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long documentVersion(String base, long documentId) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get(base + "/documents/" + documentId)).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
    }

    static String withdrawal(long version, String reason) {
        return reason == null ? "{\"version\":" + version + "}"
                : "{\"version\":" + version + ",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void theSameInvoiceUploadedTwiceIsWithdrawnWithAReasonAndNoLongerBlocks() throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"FOB","reference":"KHH-F1"}"""
                .formatted(clientId));
        String base = ClearanceFiles.base(id);
        long ubl = upload(base, "en16931_ubl-tc434-example1.xml", resource("en16931_ubl-tc434-example1.xml"), null);
        long edi = upload(base, "en16931_INVOIC_D14B_EXAMPLE1.edi", resource("en16931_INVOIC_D14B_EXAMPLE1.edi"), null);
        mvc.perform(get(base + "/findings").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rule == 'duplicate.invoice-in-file')].severity").value(hasItem("ERROR")))
                // T4 code read R13: the two copies are named apart by their places, as the history names them
                .andExpect(jsonPath("$[?(@.rule == 'duplicate.invoice-in-file')].documents[*].name", org.hamcrest.Matchers.hasItems(
                        "Commercial invoice 12115118 (1st document of the file)", "Commercial invoice 12115118 (2nd document of the file)")));
        long version = documentVersion(base, edi);
        String sha = JsonPath.read(mvc.perform(get(base + "/documents/" + edi)).andReturn().getResponse().getContentAsString(), "$.sha256");

        // a reason is required, in the reader's language; nothing is withdrawn
        mvc.perform(post(base + "/documents/" + edi + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(version, "  ")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.document.withdraw-reason-required"))
                .andExpect(jsonPath("$.detail").value(containsString("A withdrawal needs a reason")));
        mvc.perform(post(base + "/documents/" + edi + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(version, null)).header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("撤回須填寫原因")));
        mvc.perform(post(base + "/documents/" + edi + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(version, "x".repeat(501))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.document.withdraw-reason-long"));
        // two coordinators: the one who read an older version is told
        mvc.perform(post(base + "/documents/" + edi + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(version + 1, "Same invoice 12115118 as the UBL")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.stale-edit"));
        // a coordinator not assigned to the client: as every clearance endpoint, the file is not found (no enumeration)
        mvc.perform(post(base + "/documents/" + edi + "/withdrawal").with(user("ben-f1").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content(withdrawal(version, "Same invoice 12115118 as the UBL")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("clearance.transaction.not-found"));
        mvc.perform(get(base)).andExpect(jsonPath("$.documents", hasSize(2))).andExpect(jsonPath("$.withdrawnDocuments", hasSize(0)));

        mvc.perform(post(base + "/documents/" + edi + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(version, "Same invoice 12115118 as the UBL")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnBy").value("coordinator"))
                .andExpect(jsonPath("$.withdrawalReason").value("Same invoice 12115118 as the UBL"))
                .andExpect(jsonPath("$.withdrawnAt").isNotEmpty())
                .andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.captured.invoiceNumber").value("12115118"));
        // the error that blocked lodging is gone: the withdrawn copy counts in no check
        mvc.perform(get(base + "/findings"))
                .andExpect(jsonPath("$[?(@.rule == 'duplicate.invoice-in-file')]", hasSize(0)));
        mvc.perform(get(base)).andExpect(jsonPath("$.documents", hasSize(1)))
                .andExpect(jsonPath("$.documents[0].id").value(ubl))
                .andExpect(jsonPath("$.withdrawnDocuments", hasSize(1)))
                .andExpect(jsonPath("$.withdrawnDocuments[0].id").value(edi))
                .andExpect(jsonPath("$.withdrawnDocuments[0].withdrawalReason").value("Same invoice 12115118 as the UBL"));
        // kept for the record: the file as uploaded, its checksum
        mvc.perform(get(base + "/documents/" + edi + "/file")).andExpect(status().isOk())
                .andExpect(header().string("X-Checksum-SHA256", sha));
        // the history line, in the reader's language (stored as a code with its arguments)
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.code").value("clearance.history.document-withdrawn"))
                .andExpect(jsonPath("$[0].what.text").value(
                        // two copies with the same number are told apart by their place in the file (read-b R10)
                        "Commercial invoice 12115118 (2nd document of the file) (en16931_INVOIC_D14B_EXAMPLE1.edi) withdrawn by coordinator: Same invoice 12115118 as the UBL"));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[0].what.text").value(
                        containsString("商業發票 12115118（案件第 2 份文件）（en16931_INVOIC_D14B_EXAMPLE1.edi）由 coordinator 撤回：Same invoice 12115118 as the UBL")));
        // once only, and a withdrawn invoice's data is no longer corrected
        long after = documentVersion(base, edi);
        mvc.perform(post(base + "/documents/" + edi + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(after, "again")).header("Accept-Language", "en"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.document.withdrawn-already"))
                // issue 8: named by what the user knows (its kind and number), not by our id
                .andExpect(jsonPath("$.detail").value("Commercial invoice 12115118 (2nd document of the file) is already withdrawn."));
        // the same file uploaded again (withdrawn by mistake) is a document again, not refused as a duplicate
        long again = upload(base, "again.edi", resource("en16931_INVOIC_D14B_EXAMPLE1.edi"), null);
        assertThat(again).isNotEqualTo(edi);
        mvc.perform(get(base + "/findings"))
                .andExpect(jsonPath("$[?(@.rule == 'duplicate.invoice-in-file')].severity").value(hasItem("ERROR")));

        // a closed file is a record: nothing is withdrawn from it
        Number fileVersion = JsonPath.read(mvc.perform(get(base)).andReturn().getResponse().getContentAsString(), "$.version");
        mvc.perform(post(base + "/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CLOSED\",\"version\":" + fileVersion + ",\"reason\":\"Shipment cancelled.\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/documents/" + again + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(documentVersion(base, again), "duplicate")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.transaction.closed"));
    }

    @Test
    void aWithdrawnInvoiceOfAnotherFileIsNoDuplicateThere() throws Exception {
        String first = ClearanceFiles.base(files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","reference":"KHH-F1-A"}""".formatted(clientId)));
        String second = ClearanceFiles.base(files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","reference":"KHH-F1-B"}""".formatted(clientId)));
        upload(first, "ubl.xml", resource("en16931_ubl-tc434-example1.xml"), null);
        long wrong = upload(second, "ubl.xml", resource("en16931_ubl-tc434-example1.xml"), null);
        mvc.perform(get(first + "/findings"))
                .andExpect(jsonPath("$[?(@.rule == 'duplicate.invoice-other-file')]", hasSize(1)));
        mvc.perform(post(second + "/documents/" + wrong + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content(withdrawal(documentVersion(second, wrong), "Uploaded to the wrong file"))).andExpect(status().isOk());
        mvc.perform(get(first + "/findings"))
                .andExpect(jsonPath("$[?(@.rule == 'duplicate.invoice-other-file')]", hasSize(0)));
    }

    /**
     * After lodgement: a document that was on the file when the lodged declaration was built is refused (customs hold that
     * declaration; a correction is an amendment); one added after it may be withdrawn. A confirmed draft built while a
     * document since withdrawn was on the file is not lodged: a new draft is.
     */
    @Test
    void aDraftBuiltWithAWithdrawnDocumentIsNotLodgedAndALodgedDeclarationsDocumentsStay() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345691", "SA-F1");
        String base = ClearanceFiles.base(id);
        files.documentsComplete(id);
        // a transport document: one whose data the declaration uses (T4 R14: documents it never used are not recorded with it)
        long stray = upload(base, "other-client-awb.txt", "AWB 297-99999 of another client".getBytes(StandardCharsets.UTF_8), "AIR_WAYBILL");
        String draft = """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                 "items":[{"line":1,"duty":"0%"}]}""";
        long d1 = confirmed(base, draft);
        mvc.perform(post(base + "/documents/" + stray + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content(withdrawal(documentVersion(base, stray), "A file of another client's shipment"))).andExpect(status().isOk());
        // the instance that withdrew it has a clock a minute behind the one that built the draft: the draft still rests on it
        // (review R3: decided by the document ids recorded with the draft, not by comparing the two instances' instants)
        jdbc.update("update clearance_document set withdrawn_at = (select created_at from clearance_declaration where id = ?)"
                + " - interval '1' minute where id = ?", d1, stray);
        mvc.perform(post(base + "/declarations/" + d1 + "/lodgement").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.declaration.document-withdrawn"))
                .andExpect(jsonPath("$.detail").value(containsString("build a new draft")));
        long d2 = confirmed(base, draft);
        mvc.perform(post(base + "/declarations/" + d2 + "/lodgement")).andExpect(status().isOk());

        String file = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> docs = JsonPath.read(file, "$.documents");
        long invoice = docs.stream().filter(m -> "COMMERCIAL_INVOICE".equals(m.get("type"))).map(m -> ((Number) m.get("id")).longValue())
                .findFirst().orElseThrow();
        mvc.perform(post(base + "/documents/" + invoice + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(documentVersion(base, invoice), "wrong invoice")).header("Accept-Language", "en"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.document.withdraw-lodged"))
                .andExpect(jsonPath("$.detail").value(containsString("by an amendment")));
        mvc.perform(get(base)).andExpect(jsonPath("$.documents[*].id", hasItem((int) invoice)));
        // the lodged declaration's instance had a clock behind the one that took the invoice: it still rests on the invoice
        jdbc.update("update clearance_declaration set created_at = (select uploaded_at from clearance_document where id = ?)"
                + " - interval '1' minute where id = ?", invoice, d2);
        mvc.perform(post(base + "/documents/" + invoice + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content(withdrawal(documentVersion(base, invoice), "wrong invoice")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.document.withdraw-lodged"));
        // a document added after the lodged declaration was built may still be withdrawn
        long late = upload(base, "late-note.txt", "note added after lodgement".getBytes(StandardCharsets.UTF_8), "OTHER");
        mvc.perform(post(base + "/documents/" + late + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content(withdrawal(documentVersion(base, late), "not for this file"))).andExpect(status().isOk());
    }

    /**
     * T4 code read R14: a draft rests on the invoices it has items from and the documents whose data it uses, not on every
     * document of the file — a packing list sent by mistake, or a copy of the declared invoice, withdrawn after the draft was
     * built does not stop it being lodged (both made lodging refuse "built from a document since withdrawn" before).
     */
    @Test
    void withdrawingADocumentTheDraftNeverUsedDoesNotStopItsLodgement() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345692", "SA-R14");
        String base = ClearanceFiles.base(id);
        files.documentsComplete(id);
        long list = upload(base, "wrong-packing-list.txt", "packing list of another shipment".getBytes(StandardCharsets.UTF_8),
                "PACKING_LIST");
        String draft = """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                 "items":[{"line":1,"duty":"0%"}]}""";
        long d = confirmed(base, draft);
        mvc.perform(post(base + "/documents/" + list + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content(withdrawal(documentVersion(base, list), "Another shipment's packing list"))).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/lodgement")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LODGED"));
    }

    long confirmed(String base, String draft) throws Exception {
        String json = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(json, "$.id")).longValue();
        String code = JsonPath.read(json, "$.sha256").toString().substring(0, 12);
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contact + "}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + contact + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        return d;
    }

    /** The page: a withdraw form per document (reason, CSRF); a refusal keeps the reason typed; the withdrawn are listed. */
    @Test
    void theFilePageWithdrawsWithAReasonAndKeepsTheInputOnError() throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","reference":"KHH-F1-P"}""".formatted(clientId));
        String base = ClearanceFiles.base(id);
        long ubl = upload(base, "en16931_ubl-tc434-example1.xml", resource("en16931_ubl-tc434-example1.xml"), null);
        String page = "/clearance/transactions/" + id;
        assertThat(mvc.perform(get(page).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"withdraw-form-" + ubl + "\"", "name=\"reason\"", "name=\"_csrf\"");
        long version = documentVersion(base, ubl);
        // without CSRF: refused, nothing withdrawn
        mvc.perform(post(page + "/documents/" + ubl + "/withdrawal").param("version", String.valueOf(version))
                .param("reason", "duplicate")).andExpect(status().isForbidden());
        // a stale version: the page comes back (409) with the reason kept and what went wrong
        String refused = mvc.perform(post(page + "/documents/" + ubl + "/withdrawal").with(csrf()).param("lang", "en")
                        .param("version", String.valueOf(version + 5)).param("reason", "Typed reason kept"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"withdraw-error-" + ubl + "\"", ">Typed reason kept</textarea>");
        String blank = mvc.perform(post(page + "/documents/" + ubl + "/withdrawal").with(csrf()).param("lang", "zh-TW")
                        .param("version", String.valueOf(version)).param("reason", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("撤回須填寫原因");
        mvc.perform(get(base)).andExpect(jsonPath("$.withdrawnDocuments", hasSize(0)));
        mvc.perform(post(page + "/documents/" + ubl + "/withdrawal").with(csrf()).param("version", String.valueOf(version))
                .param("reason", "Uploaded to the wrong client's file")).andExpect(status().is3xxRedirection());
        String after = mvc.perform(get(page).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("id=\"withdrawn-documents\"", "id=\"withdrawn-document-" + ubl + "\"",
                "Uploaded to the wrong client&#39;s file").doesNotContain("id=\"withdraw-form-" + ubl + "\"");
        assertThat(after).contains("withdrawn by coordinator");
        assertThat(after).doesNotContain("id=\"document-" + ubl + "\"");
    }

    /**
     * Review R2: a lodgement and a withdrawal of a document the draft rests on, on two instances at once, cannot both
     * succeed. The lodgement takes the file's row before its check and before sending; the withdrawal, which read the file
     * before, waits for it and is refused — the message sent is the one recorded, and the document stays.
     */
    @Test
    void aWithdrawalDuringALodgementOfADraftBuiltFromTheDocumentIsRefused() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345692", "SA-F1-R");
        String base = ClearanceFiles.base(id);
        files.documentsComplete(id);
        long note = upload(base, "note.txt", "packing note".getBytes(StandardCharsets.UTF_8), "OTHER");
        long d = confirmed(base, """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                 "items":[{"line":1,"duty":"0%"}]}""");
        long noteVersion = documentVersion(base, note);
        java.util.concurrent.CountDownLatch sending = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        org.mockito.Mockito.doAnswer(call -> {
            sending.countDown();
            release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(channel).lodge(org.mockito.ArgumentMatchers.any());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var lodge = pool.submit(() -> mvc.perform(post(base + "/declarations/" + d + "/lodgement")
                    .with(user("coordinator").roles("COORDINATOR"))).andReturn().getResponse().getStatus());
            assertThat(sending.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var withdraw = pool.submit(() -> mvc.perform(post(base + "/documents/" + note + "/withdrawal")
                    .with(user("coordinator").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON)
                    .content(withdrawal(noteVersion, "not for this file"))).andReturn().getResponse().getStatus());
            Thread.sleep(500); // the withdrawal reaches the file's row while the message is being sent
            release.countDown();
            assertThat(lodge.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(withdraw.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(409);
        } finally {
            release.countDown();
            pool.shutdownNow();
            org.mockito.Mockito.reset(channel);
        }
        mvc.perform(get(base)).andExpect(jsonPath("$.documents[*].id", hasItem((int) note)))
                .andExpect(jsonPath("$.withdrawnDocuments", hasSize(0)));
    }
}
