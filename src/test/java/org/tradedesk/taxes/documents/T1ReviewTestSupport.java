package org.tradedesk.taxes.documents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-up the T1 acceptance review's test classes share: the application with both bundled schedules imported once
 * per class, a coordinator and a manager, and the calls that save a calculation and read its page, letter and worksheet.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class T1ReviewTestSupport {

    static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");
    static final RequestPostProcessor MANAGER = user("mike").roles("MANAGER");

    @Autowired
    TariffCatalogue catalogue;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @BeforeAll
    void importBundledSchedules() throws InterruptedException {
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.TW);
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.AU);
    }

    /** Saves the calculation {@code body} (a saved-calculation request) as the coordinator: the answer. */
    JsonNode saveCalculation(String body) throws Exception {
        String saved = mvc.perform(post("/api/v1/tax/calculations/saved").with(COORDINATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(saved);
    }

    /** The calculation's page in {@code lang}, as the coordinator sees it. */
    String page(String id, String lang) throws Exception {
        return mvc.perform(get("/taxes/calculations/" + id).with(COORDINATOR).header("Accept-Language", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The advice letter's text in {@code lang}. */
    String letter(String id, String lang) throws Exception {
        return DocumentsTestSupport.pdfText(mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf")
                .param("lang", lang).with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    /** The worksheet in {@code lang}, as bytes. */
    byte[] worksheet(String id, String lang) throws Exception {
        return mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/worksheet.xlsx").param("lang", lang).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** Every cell of a sheet as text, one a line. */
    static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(c -> all.append(c.toString()).append('\n'));
        }
        return all.toString();
    }
}
