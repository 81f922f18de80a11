package org.tradedesk.taxes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance review r-t1 F2: a misspelt key of a taxes API body ({@code "insurence"}, a line's {@code "fuelEfficent"},
 * {@code "bogus"}) or a fine code the chain does not have in {@code multiples} was dropped silently and the tax
 * understated; each is refused with a 400 naming the field (its path and its label in the reader's language).
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnknownKeysRefusedTest {

    private static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private JsonNode refused(String path, String body, String language) throws Exception {
        String response = mvc.perform(post(path).with(COORDINATOR).header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response);
    }

    @Test
    void aMisspeltInsuranceIsRefusedNamingIt() throws Exception {
        JsonNode p = refused("/api/v1/tax/calculations",
                TaxCalculationApiController.TW_EXAMPLE.replace("\"insurance\":15", "\"insurence\":5000"), "en");
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("insurence");
        assertThat(p.get("errors").get(0).get("label").asString()).isEqualTo("insurence");
        assertThat(p.get("errors").get(0).get("message").asString()).contains("no such field");
        assertThat(p.get("detail").asString()).contains("insurence");
    }

    @Test
    void aMisspeltLineFieldIsRefusedWithItsLineInTheReadersLanguage() throws Exception {
        JsonNode p = refused("/api/v1/tax/calculations",
                TaxCalculationApiController.TW_EXAMPLE.replace("\"unit\":\"No\"", "\"unit\":\"No\",\"fuelEfficent\":true"), "zh-TW");
        JsonNode error = p.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[0].fuelEfficent");
        assertThat(error.get("label").asString()).isEqualTo("第 1 項 fuelEfficent");
        assertThat(error.get("message").asString()).contains("此請求沒有這個欄位");
        assertThat(p.get("detail").asString()).contains("第 1 項").contains("此請求沒有這個欄位");
    }

    @Test
    void aBogusKeyIsRefusedOnEveryBody() throws Exception {
        assertThat(refused("/api/v1/tax/calculations", TaxCalculationApiController.TW_EXAMPLE.replaceFirst("\\{", "{\"bogus\":1,"), "en")
                .get("errors").get(0).get("field").asString()).isEqualTo("bogus");
        assertThat(refused("/api/v1/tax/calculations/saved",
                "{\"request\":" + TaxCalculationApiController.TW_EXAMPLE.replace("\"freight\"", "\"frieght\"") + "}", "en")
                .get("errors").get(0).get("field").asString()).isEqualTo("request.frieght");
        assertThat(refused("/api/v1/tax/penalties", """
                {"jurisdiction":"TW","date":"2026-01-05","shortfal":10000}""", "en")
                .get("errors").get(0).get("field").asString()).isEqualTo("shortfal");
    }

    @Test
    void aFineCodeTheChainDoesNotHaveIsRefusedNamingTheKnownOnes() throws Exception {
        JsonNode p = refused("/api/v1/tax/penalties", """
                {"jurisdiction":"TW","date":"2026-01-05","shortfall":10000,"multiples":{"NO_SUCH_FINE":2}}""", "zh-TW");
        JsonNode error = p.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("multiples.NO_SUCH_FINE");
        assertThat(error.get("message").asString()).contains("NO_SUCH_FINE").contains("BUSINESS_TAX_FINE")
                .contains("MISDECLARATION_FINE").contains("SMUGGLING_FINE");
    }
}
