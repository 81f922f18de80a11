package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.ClearanceChecks;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.taxes.TaxCalculations;

/**
 * t4fixAC 4: a Taiwan export's declaration asked the tax engine for its 推廣貿易服務費 three times for one draft (to build it,
 * to check it, to show it) and once per row of the declarations list, and the list read the file's documents for each row
 * (to name the documents of the file's ERROR findings). Counted with spies: once per request.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class DeclarationWorkOncePerRequestTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @MockitoSpyBean
    TaxCalculations taxes;
    @MockitoSpyBean
    ClearanceChecks checks;

    long clientId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("寶島茶業有限公司", ClientKind.EXPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theExportChargeAndTheFilesDocumentsAreWorkedOutOncePerRequest() throws Exception {
        ClearanceFiles files = new ClearanceFiles(mvc);
        // a sea export without its bill of lading: an ERROR finding of the file, whose documents each row names
        long tw = files.transaction("""
                {"clientId":%d,"direction":"EXPORT","jurisdiction":"TW","mode":"SEA","incoterm":"FOB","reference":"KHH-EX-0904",
                 "portOfLoading":"TWKHH","portOfDischarge":"AUMEL","consignee":"Melbourne Tea House"}""".formatted(clientId));
        files.invoice(tw, """
                {"invoiceNumber":"KHA-2026-904","issueDate":"2026-11-28","currency":"USD","incoterm":"FOB","sellerName":"寶島茶業有限公司",
                 "sellerCountry":"TW","buyerName":"Melbourne Tea House","buyerCountry":"AU","totalAmount":10000,"packages":30,"grossMassKg":520,
                 "lines":[{"description":"烏龍茶 Oolong tea","tariffCode":"09023000","originCountry":"TW","quantity":300,"unitCode":"KGM",
                 "netMassKg":300,"amount":10000}]}""");
        String draft = """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":31.5,
                 "items":[{"line":1,"tariffCode":"09023000004"}]}""";
        for (int i = 0; i < 3; i++) {
            clearInvocations(taxes);
            // FOB USD 10,000 × 31.5 = NT$315,000; fee 0.04 % = 126 (by hand)
            mvc.perform(post(ClearanceFiles.base(tw) + "/declarations").contentType(MediaType.APPLICATION_JSON).content(draft))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.declaration.dutiesAndTaxesTotal").value(126));
            verify(taxes, times(1)).exportCharges(eq("TW"), any(), any());
        }

        clearInvocations(taxes, checks);
        mvc.perform(get(ClearanceFiles.base(tw) + "/declarations")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].fileErrors", not(empty())))
                .andExpect(jsonPath("$[2].fileErrors", not(empty())));
        // three rows of one FOB total on one day: the engine asked once, the file's documents read once
        verify(taxes, times(1)).exportCharges(eq("TW"), any(), any());
        verify(checks, times(1)).documents(any(TransactionView.class));

        // the declarations page lists them the same way
        clearInvocations(taxes, checks);
        mvc.perform(get("/clearance/transactions/" + tw + "/declaration")).andExpect(status().isOk());
        verify(taxes, times(1)).exportCharges(eq("TW"), any(), any());
        verify(checks, times(1)).documents(any(TransactionView.class));
    }
}
