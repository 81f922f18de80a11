package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxRequest;

/**
 * T4 R5: how often a declaration asks the tax engine. Invoices whose lines together exceed what one declaration carries
 * are refused before the engine is asked anything, naming each invoice and its line count in both languages; a draft
 * asks it twice (the figures, the preferences offered) and keeps what was offered, so listing and showing declarations
 * ask it nothing (they reloaded the file and asked the engine once per row claiming a preference). T4 R4: the header's
 * packages and gross mass of several invoices.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceDeclarationEngineCallsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @org.springframework.test.context.bean.override.mockito.MockitoSpyBean
    TaxCalculations taxes;
    @org.springframework.test.context.bean.override.mockito.MockitoSpyBean
    org.tradedesk.clearance.persistence.DeclarationStore declarations;

    long clientId;
    ClearanceFiles files;

    @BeforeEach
    void client() {
        files = new ClearanceFiles(mvc);
        clientId = clients.create(new ClientDetails("Engine Count Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, null,
                PreferredLanguage.EN, null, null, null)).id();
    }

    long australianFile(String reference) throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"%s",
                 "importer":"Engine Count Pty Ltd","exporter":"Shenzhen Power Co., Ltd.","portOfLoading":"CNSHA","portOfDischarge":"AUSYD"}"""
                .formatted(clientId, reference));
        files.transportDocument(id, "BILL_OF_LADING", "bl-" + id + ".txt", "B/L COSU" + id);
        return id;
    }

    static String invoice(String number, int lines) {
        StringBuilder json = new StringBuilder("""
                {"invoiceNumber":"%s","issueDate":"2026-11-20","currency":"USD","incoterm":"FOB","sellerName":"Shenzhen Power Co., Ltd.",
                 "sellerCountry":"CN","lines":[""".formatted(number));
        for (int i = 0; i < lines; i++) {
            json.append(i == 0 ? "" : ",").append("""
                    {"description":"Men's cotton T-shirts","tariffCode":"6109100027","originCountry":"CN","quantity":10,"unitCode":"EA","amount":20}""");
        }
        return json.append("]}").toString();
    }

    @Test
    void invoicesWithMoreLinesThanOneDeclarationCarriesAreRefusedBeforeTheEngine() throws Exception {
        long id = australianFile("SYD-BIG");
        files.invoice(id, invoice("BIG-1", 600));
        files.invoice(id, invoice("BIG-2", 400));
        clearInvocations(taxes);
        String draft = "{\"declarantId\":\"53004085616\",\"importerId\":\"51824753556\",\"exchangeRate\":1.5}";
        mvc.perform(post(ClearanceFiles.base(id) + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(draft))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").value("clearance.declaration.lines-too-many"))
                .andExpect(jsonPath("$.detail").value(containsString("1,000 lines together, more than the 999 items")))
                .andExpect(jsonPath("$.detail").value(containsString("Commercial invoice BIG-1 (600 lines)")))
                .andExpect(jsonPath("$.detail").value(containsString("Commercial invoice BIG-2 (400 lines)")));
        mvc.perform(post(ClearanceFiles.base(id) + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-TW").content(draft))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value(containsString("BIG-2（400 行）")));
        verify(taxes, never()).calculate(any(TaxRequest.class));
    }

    @Test
    void listingAndShowingDeclarationsAsksTheEngineNothing() throws Exception {
        long id = australianFile("SYD-COUNT");
        files.invoice(id, invoice("CNT-1", 2));
        files.transportDocument(id, "CERTIFICATE_OF_ORIGIN", "coo-" + id + ".txt", "ChAFTA certificate of origin CN-2026-" + id);
        String draft = """
                {"declarantId":"53004085616","importerId":"51824753556","exchangeRate":1.5,
                 "items":[{"line":1,"preference":"ChAFTA","duty":"0%"},{"line":2,"preference":"ChAFTA","duty":"0%"}]}""";
        long last = 0;
        for (int i = 0; i < 3; i++) {
            clearInvocations(taxes);
            String created = mvc.perform(post(ClearanceFiles.base(id) + "/declarations").contentType(MediaType.APPLICATION_JSON).content(draft))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.findings[?(@.rule == 'preference-no-proof')]").isEmpty())
                    .andExpect(jsonPath("$.findings[?(@.rule == 'preference-not-offered')]").isEmpty())
                    .andReturn().getResponse().getContentAsString();
            // the figures and the preferences offered: twice, whatever the number of items
            verify(taxes, times(2)).calculate(any(TaxRequest.class));
            last = ((Number) JsonPath.read(created, "$.id")).longValue();
        }
        clearInvocations(taxes);
        mvc.perform(get(ClearanceFiles.base(id) + "/declarations")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[*].findings[?(@.rule == 'preference-not-offered')]").isEmpty());
        mvc.perform(get(ClearanceFiles.base(id) + "/declarations/" + last)).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.rule == 'preference-no-proof')]").isEmpty());
        verify(taxes, never()).calculate(any(TaxRequest.class));
        // T4 R12: the file's checks, run again for the new declaration, read the newest declaration once (they read it twice)
        String file = mvc.perform(get(ClearanceFiles.base(id))).andReturn().getResponse().getContentAsString();
        long bl = ((Number) JsonPath.<java.util.List<Object>>read(file, "$.documents[?(@.type=='BILL_OF_LADING')].id").get(0)).longValue();
        clearInvocations(declarations);
        // a figure typed: the checks' key changes, they run again
        mvc.perform(put(ClearanceFiles.base(id) + "/documents/" + bl + "/figures").contentType(MediaType.APPLICATION_JSON)
                .content("{\"packages\":3}")).andExpect(status().isOk());
        mvc.perform(get(ClearanceFiles.base(id) + "/findings")).andExpect(status().isOk());
        verify(declarations, times(1)).find(org.mockito.ArgumentMatchers.eq(id), org.mockito.ArgumentMatchers.anyLong());
    }

    static String withFigures(String invoice, Integer packages, Integer gross) {
        return invoice.replace("\"sellerCountry\":\"CN\",", "\"sellerCountry\":\"CN\","
                + (packages == null ? "" : "\"packages\":" + packages + ",") + (gross == null ? "" : "\"grossMassKg\":" + gross + ","));
    }

    /**
     * T4 R4: two invoices each repeating the consignment's 15 packages and 350 kg were declared as 30 and 700; the B/L's
     * figures are the consignment's and are declared. Without a transport document's figure, an invoice that gives none
     * leaves the header's packages empty instead of the other invoice's figure alone.
     */
    @Test
    void theHeaderTakesTheConsignmentsFiguresFromTheTransportDocumentElseEveryInvoice() throws Exception {
        String draft = """
                {"declarantId":"53004085616","importerId":"51824753556","exchangeRate":1.5,
                 "items":[{"line":1,"duty":"5%"},{"line":2,"duty":"5%"}]}""";
        long id = australianFile("SYD-FIG");
        files.invoice(id, withFigures(invoice("FIG-1", 1), 15, 350));
        files.invoice(id, withFigures(invoice("FIG-2", 1), 15, 350));
        String file = mvc.perform(get(ClearanceFiles.base(id))).andReturn().getResponse().getContentAsString();
        long bl = ((Number) JsonPath.<java.util.List<Object>>read(file, "$.documents[?(@.type=='BILL_OF_LADING')].id").get(0)).longValue();
        mvc.perform(put(ClearanceFiles.base(id) + "/documents/" + bl + "/figures").contentType(MediaType.APPLICATION_JSON)
                .content("{\"packages\":15,\"grossMassKg\":350}")).andExpect(status().isOk());
        mvc.perform(post(ClearanceFiles.base(id) + "/declarations").contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.packages").value(15))
                .andExpect(jsonPath("$.declaration.grossMassKg").value(350));

        long other = australianFile("SYD-FIG2");
        files.invoice(other, withFigures(invoice("FIG-3", 1), 12, 310));
        files.invoice(other, withFigures(invoice("FIG-4", 1), null, 40));
        mvc.perform(post(ClearanceFiles.base(other) + "/declarations").contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.packages").doesNotExist())
                .andExpect(jsonPath("$.declaration.grossMassKg").value(350));
    }
}
