package org.tradedesk.clearance.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The clearance file set-up the declaration tests repeat, through the REST API as a coordinator would: a transaction,
 * its invoice typed by hand, the transport document its mode needs (without it the file's checks show an ERROR, which
 * blocks lodging) and the move to DOCUMENTS_COMPLETE.
 */
final class ClearanceFiles {

    private final MockMvc mvc;

    ClearanceFiles(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String base(long id) {
        return "/api/v1/clearance/transactions/" + id;
    }

    /** Creates the transaction {@code json}: its id. */
    long transaction(String json) throws Exception {
        String created = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    /** Captures the invoice {@code json} typed by hand. */
    void invoice(long id, String json) throws Exception {
        mvc.perform(post(base(id) + "/documents/invoice").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated());
    }

    /** Uploads a transport document of {@code type} (BILL_OF_LADING, AIR_WAYBILL) named {@code name}, reading {@code text}. */
    void transportDocument(long id, String type, String name, String text) throws Exception {
        mvc.perform(multipart(base(id) + "/documents").file(new MockMultipartFile("file", name, "text/plain",
                text.getBytes(StandardCharsets.UTF_8))).param("type", type)).andExpect(status().isCreated());
    }

    /** Moves the file to DOCUMENTS_COMPLETE at its current version. */
    void documentsComplete(long id) throws Exception {
        Number version = JsonPath.read(mvc.perform(get(base(id))).andReturn().getResponse().getContentAsString(), "$.version");
        mvc.perform(post(base(id) + "/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"DOCUMENTS_COMPLETE\",\"version\":" + version + "}")).andExpect(status().isOk());
    }

    /**
     * The particulars Taiwan's single-window declaration needs of an air shipment (master AWB, flight, goods location, package
     * unit, responsible broker, importer's identity type, English name and address, duty payment method), as the JSON member
     * {@code customs}.
     */
    static final String TAIWAN_PARTICULARS = """
            "customs":{"transportDocumentNumber":"29712345675","journeyId":"CI5148","goodsLocation":"C2036","packageTypeCode":"CTN",
            "representativeId":"10321","importerTypeCode":"1","importerEnglishName":"Formosa Island Electronics Co., Ltd.",
            "importerAddress":"No. 1, Sec. 1, Zhongshan Rd., Taipei City","dutyMethodCode":"1"}
            """.strip();

    /**
     * A Taiwan air import, CIF, of USD 1,000 of Bluetooth speakers from China (one invoice line, 120 SET) with its air
     * waybill, still in DRAFT: the declaration reference {@code reference}, the invoice {@code invoiceNumber}.
     */
    long taiwanAirImport(long clientId, String reference, String invoiceNumber) throws Exception {
        long id = transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"%s",
                 "importer":"寶島電子有限公司","exporter":"Shenzhen Audio Co.","portOfLoading":"CNSZX","portOfDischarge":"TWTPE",
                 "arrivalDate":"%s", %s}""".formatted(clientId, reference, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).minusDays(1),
                TAIWAN_PARTICULARS));
        invoice(id, """
                {"invoiceNumber":"%s","issueDate":"2026-11-28","currency":"USD","incoterm":"CIF","sellerName":"Shenzhen Audio Co.",
                 "sellerCountry":"CN","totalAmount":1000,"packages":12,"grossMassKg":96.5,"lines":[
                  {"description":"藍牙喇叭 Bluetooth speakers","tariffCode":"85182200006","originCountry":"CN","quantity":120,"unitCode":"SET","netMassKg":84.6,"amount":1000}]}"""
                .formatted(invoiceNumber));
        transportDocument(id, "AIR_WAYBILL", "awb-" + id + ".txt", "AWB 297-" + id);
        return id;
    }
}
