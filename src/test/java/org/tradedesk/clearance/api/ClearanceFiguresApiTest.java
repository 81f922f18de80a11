package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
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

/** Packing-list figures captured through the API and compared with the invoice in the file's findings, in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceFiguresApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    @Test
    void packingListFiguresAgainstTheInvoice() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Harbour Foods", ClientKind.IMPORTER, CountryCode.AU, null, PreferredLanguage.EN,
                null, null, null)).id();
        String tx = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(mvc.perform(post("/api/v1/clearance/transactions")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","arrivalDate":"2026-03-02"}"""
                        .formatted(clientId))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        // invoice: 600 bottles, net 450 kg, gross 540 kg, 50 packages
        String invoice = mvc.perform(post(tx + "/documents/invoice").contentType(MediaType.APPLICATION_JSON).content("""
                {"invoiceNumber":"INV-7","issueDate":"2026-02-10","currency":"AUD","incoterm":"FOB","sellerName":"Barossa Wines Pty Ltd",
                 "sellerCountry":"AU","buyerName":"Harbour Foods","buyerCountry":"AU","totalAmount":1000,"grossMassKg":540,"packages":50,
                 "lines":[{"description":"Shiraz 750 ml","tariffCode":"2204.21.00","originCountry":"AU","quantity":600,"unitCode":"BO",
                 "netMassKg":450,"grossMassKg":540,"amount":1000}]}""")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        // acceptance review F10: figures on an invoice named its type by the enum (「不適用於COMMERCIAL_INVOICE。」)
        mvc.perform(put(tx + "/documents/" + ((Number) JsonPath.read(invoice, "$.id")).longValue() + "/figures")
                        .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("{\"packages\":50}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.figures.not-for-type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("不適用於商業發票。")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("COMMERCIAL_INVOICE"))));
        String doc = mvc.perform(multipart(tx + "/documents").file(new MockMultipartFile("file", "packing-list.txt", "text/plain",
                "PL".getBytes(StandardCharsets.UTF_8))).param("type", "PACKING_LIST")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String figures = tx + "/documents/" + ((Number) JsonPath.read(doc, "$.id")).longValue() + "/figures";

        mvc.perform(put(figures).contentType(MediaType.APPLICATION_JSON).content("""
                {"packages":50,"grossMassKg":540,"netMassKg":460.5,"quantity":600,"shipper":"Barossa Wines","consignee":"Harbour Foods"}"""))
                .andExpect(status().isOk());
        // net 450 on the invoice, 470 on the packing list: |450 − 470| = 20 > 2 % of 470 = 9.4 → one finding; 540 vs 540 agrees
        mvc.perform(put(figures).contentType(MediaType.APPLICATION_JSON).content("""
                {"packages":50,"grossMassKg":540,"netMassKg":470,"quantity":600,"shipper":"BAROSSA WINES","consignee":"Harbour Foods Pty Ltd"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.netMassKg").value(470));
        mvc.perform(put(figures).contentType(MediaType.APPLICATION_JSON).content("""
                {"grossMassKg":400,"netMassKg":470}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.capture.net-above-gross"));
        // review: a bad tariff code among the codes covered names the field, the code and the form expected, in both languages
        mvc.perform(put(figures).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                {"tariffCodes":["2204.21","22O4"]}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.figures.tariffCodes.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("tariffCodes"))
                .andExpect(jsonPath("$.detail").value("Tariff codes covered: \"22O4\" is not a tariff code. Write each code as 2 to 14 "
                        + "digits (dots allowed), separated by commas, e.g. 0902.30, 2101.20."));
        mvc.perform(put(figures).header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                {"tariffCodes":["..5"]}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("涵蓋之稅則號別：「..5」不是稅則號別。每個號別請填 2 至 14 位數字")));
        String findings = mvc.perform(get(tx + "/findings").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(findings).contains("cross.figures", "The net mass (kg) on the invoices (450 kg) differs from Packing list")
                .doesNotContain("cross.parties");
        String zh = mvc.perform(get(tx + "/findings").header("Accept-Language", "zh-TW")).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("發票之淨重（公斤）（450 公斤）與裝箱單");
    }
}
