package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;

/**
 * Acceptance review r-t4c F1: an invoice changed after its declaration was lodged gives an ERROR finding naming the invoice,
 * the line and what the lodged declaration declares against what the invoice now says (customs hold the old figures: an
 * amendment is due); it does not block lodging that amendment, and lodging an amendment built from the current invoice
 * clears it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class LodgedDeclarationDriftTest {

    static final int SMTP = org.tradedesk.support.TestSmtp.freePort();

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension greenMail = org.tradedesk.support.TestSmtp.server(SMTP);

    @org.springframework.test.context.DynamicPropertySource
    static void mail(org.springframework.test.context.DynamicPropertyRegistry registry) {
        org.tradedesk.support.TestSmtp.sendTo(registry, SMTP);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TariffCatalogue catalogue;

    @BeforeAll
    void importBundledSchedules() throws InterruptedException {
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.AU);
    }

    static final String INVOICE = """
            {"invoiceNumber":"NM-2026-92","issueDate":"2026-11-28","currency":"AUD","incoterm":"FOB","sellerName":"Nagoya Motors KK",
             "sellerCountry":"JP","totalAmount":%s,"lines":[
              {"description":"Sedan 2.0 l petrol","tariffCode":"8703239087","originCountry":"JP","quantity":1,"unitCode":"EA","amount":%s}]}""";

    @Test
    void anInvoiceChangedAfterLodgementIsAnErrorUntilAnAmendmentIsLodged() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Harbour Coupes Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, null,
                PreferredLanguage.EN, null, null, null)).id();
        long contact = clients.addContact(new org.tradedesk.clients.ClientId(clientId), new org.tradedesk.clients.ContactDetails(
                "Jane Citizen", "jane@harbour-coupes.example", null, null, PreferredLanguage.EN)).id();
        ClearanceFiles files = new ClearanceFiles(mvc);
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-DRIFT",
                 "importer":"Harbour Coupes Pty Ltd","exporter":"Nagoya Motors KK","portOfLoading":"JPNGO","portOfDischarge":"AUSYD"}"""
                .formatted(clientId));
        files.invoice(id, INVOICE.formatted("10000", "10000"));
        files.transportDocument(id, "BILL_OF_LADING", "bl-" + id + ".txt", "B/L NYK" + id);
        files.documentsComplete(id);
        String base = ClearanceFiles.base(id);
        lodge(base, contact);
        mvc.perform(get(base + "/findings")).andExpect(jsonPath("$[?(@.rule == 'invoice.lodged')]", hasSize(0)));

        // after lodgement the invoice is changed: A$12,000
        String file = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        long invoiceId = ((Number) ((List<?>) JsonPath.read(file, "$.documents[?(@.type == 'COMMERCIAL_INVOICE')].id")).get(0)).longValue();
        Number invoiceVersion = JsonPath.read(mvc.perform(get(base + "/documents/" + invoiceId)).andReturn().getResponse()
                .getContentAsString(), "$.version");
        mvc.perform(put(base + "/documents/" + invoiceId + "/capture").param("version", String.valueOf(invoiceVersion))
                .contentType(MediaType.APPLICATION_JSON).content(INVOICE.formatted("12000", "12000"))).andExpect(status().isOk());
        mvc.perform(get(base + "/findings").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.lodged')].severity", contains("ERROR")))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.lodged')].regulation", contains("Customs Act 1901 s71A, s243T")))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.lodged')].message.text", contains(
                        "The lodged declaration (version 1) no longer matches Commercial invoice NM-2026-92 of 28 Nov 2026, line 1: it declares the amount AUD 10,000.00,"
                                + " the invoice now says AUD 12,000.00. Lodge an amendment built from the current invoices.")));
        mvc.perform(get(base + "/findings").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.lodged')].message.text", contains(containsString(
                        "已申報之報單（第 1 版）與"))))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.lodged')].message.text", contains(containsString(
                        "報單申報之金額為 AUD 10,000.00，發票現為 AUD 12,000.00。請依現有發票申報修正報單。"))));

        // the amendment built from the corrected invoice is lodged (the finding does not block it) and clears the finding
        lodge(base, contact);
        mvc.perform(get(base + "/findings")).andExpect(jsonPath("$[?(@.rule == 'invoice.lodged')]", hasSize(0)));

        // review r-t4c F2: the document set carries the worksheet of each lodged version (not only the first), the index
        // naming each by its version and where it stands
        byte[] zip = mvc.perform(get(base + "/document-set").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        org.assertj.core.api.Assertions.assertThat(entries.keySet().stream().filter(k -> k.startsWith("worksheet/")).toList())
                .containsExactlyInAnyOrder("worksheet/declaration-v1-r1-worksheet.xlsx", "worksheet/declaration-v2-r2-worksheet.xlsx");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(entries.get("index.pdf"))) {
            String index = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(index).contains("Worksheet of declaration version 1 (draft 1,",
                    "Worksheet of declaration version 2 (draft 2,");
        }
    }

    private void lodge(String base, long contact) throws Exception {
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"53004085616","declarantName":"Harbour Customs Brokers Pty Ltd","importerId":"51824753556",
                         "freight":250,"insurance":50,"items":[{"line":1,"duty":"5%"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(draft, "$.id")).longValue();
        String code = JsonPath.read(draft, "$.sha256").toString().substring(0, 12);
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contact + "}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + contact + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/lodgement")).andExpect(status().isOk());
    }
}
