package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error under /api/** is a problem detail with a {@code code}, names the parameter at fault,
 * and speaks the language of {@code Accept-Language}, including the errors Spring raises before a
 * controller is chosen.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(ApiProblemDetailsTest.Faulty.class)
class ApiProblemDetailsTest {

    /** An endpoint with a bug: what reaches the caller when the product itself fails. */
    @org.springframework.web.bind.annotation.RestController
    static class Faulty {
        @org.springframework.web.bind.annotation.GetMapping("/api/v1/test-only/faulty")
        String fail() {
            throw new IllegalStateException("secret internals: table tax_calculation");
        }
    }

    @Test
    void anUnforeseenFailureIsA500ProblemWithAnIncidentAndNoInternals() throws Exception {
        Problem p = problem(get("/api/v1/test-only/faulty").header("Accept-Language", "en"), 500);
        assertThat(p.body().get("code").asString()).isEqualTo("error.internal");
        String incident = p.body().get("incident").asString();
        assertThat(incident).hasSize(8);
        assertThat(p.body().get("detail").asString()).contains(incident).contains("Nothing was saved")
                .doesNotContain("secret").doesNotContain("IllegalStateException");
    }

    private static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private record Problem(MockHttpServletResponse response, JsonNode body) {
        String field() {
            return body.get("errors").get(0).get("field").asString();
        }

        String fieldMessage() {
            return body.get("errors").get(0).get("message").asString();
        }
    }

    private Problem problem(AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(COORDINATOR)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).as(body).startsWith("application/problem+json");
        JsonNode node = json.readTree(body);
        assertThat(node.get("status").asInt()).isEqualTo(status);
        assertThat(node.hasNonNull("code")).as(body).isTrue();
        return new Problem(response, node);
    }

    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        Problem p = problem(get("/api/v1/nope").header("Accept-Language", "en"), 404);
        assertThat(p.body().get("code").asString()).isEqualTo("error.api.not-found");
        assertThat(p.body().get("detail").asString()).isEqualTo("There is no API endpoint at /api/v1/nope.");
    }

    @Test
    void aWrongMethodIsA405ProblemNamingTheAllowedOnes() throws Exception {
        Problem p = problem(get("/api/v1/tax/calculations").header("Accept-Language", "en"), 405);
        assertThat(p.body().get("code").asString()).isEqualTo("error.api.method-not-allowed");
        assertThat(p.body().get("detail").asString()).isEqualTo("Method GET is not allowed here; allowed: POST.");
        assertThat(p.response().getHeader("Allow")).contains("POST");
        assertThat(problem(delete("/api/v1/clients/1"), 405).body().get("code").asString())
                .isEqualTo("error.api.method-not-allowed");
    }

    @Test
    void aWrongContentTypeIsA415Problem() throws Exception {
        Problem p = problem(post("/api/v1/tax/exchange-rates").contentType("text/csv").content("USD,32.15")
                .header("Accept-Language", "en"), 415);
        assertThat(p.body().get("code").asString()).isEqualTo("error.api.unsupported-media-type");
        assertThat(p.body().get("detail").asString()).startsWith("Content type text/csv is not accepted here; send ")
                .contains("multipart/form-data");
    }

    @Test
    void theTitleIsInTheCallersLanguageToo() throws Exception {
        // seen in acceptance: every zh-TW problem detail was titled "Bad Request"
        assertThat(problem(get("/api/v1/clients/abc").header("Accept-Language", "zh-TW"), 400).body().get("title").asString())
                .isEqualTo("請求有誤");
        assertThat(problem(get("/api/v1/clients/abc").header("Accept-Language", "en"), 400).body().get("title").asString())
                .isEqualTo("Bad request");
        assertThat(problem(get("/api/v1/nope").header("Accept-Language", "zh-TW"), 404).body().get("title").asString())
                .isEqualTo("找不到");
    }

    @Test
    void aPathVariableThatIsNotANumberNamesTheParameter() throws Exception {
        Problem p = problem(get("/api/v1/clients/abc").header("Accept-Language", "en"), 400);
        assertThat(p.body().get("code").asString()).isEqualTo("error.validation");
        assertThat(p.field()).isEqualTo("id");
        assertThat(p.fieldMessage()).isEqualTo("must be a number");
    }

    @Test
    void anImpossibleDateParameterNamesTheParameterAndTheFormat() throws Exception {
        Problem p = problem(get("/api/v1/tariff/AU/items/2204.21.20").param("date", "2026-02-30")
                .header("Accept-Language", "en"), 400);
        assertThat(p.body().get("code").asString()).isEqualTo("error.validation");
        assertThat(p.field()).isEqualTo("date");
        assertThat(p.fieldMessage()).isEqualTo("must be a date YYYY-MM-DD");
    }

    @Test
    void aMissingQueryParameterIsNamedInChineseByDefault() throws Exception {
        Problem p = problem(get("/api/v1/tariff/AU/search"), 400);
        assertThat(p.body().get("code").asString()).isEqualTo("error.validation");
        assertThat(p.field()).isEqualTo("q");
        assertThat(p.fieldMessage()).isEqualTo("為必填");
        assertThat(p.body().get("detail").asString()).isEqualTo("輸入不正確：q：為必填");
    }

    @Test
    void businessErrorsFollowAcceptLanguage() throws Exception {
        Problem en = problem(get("/api/v1/clients/987654").header("Accept-Language", "en-AU,en;q=0.9"), 404);
        assertThat(en.body().get("detail").asString()).isEqualTo("There is no client with id 987654.");
        Problem zh = problem(get("/api/v1/clients/987654").header("Accept-Language", "zh-TW,zh;q=0.9,en;q=0.5"), 404);
        assertThat(zh.body().get("detail").asString()).isEqualTo("找不到編號 987654 的客戶。");
        Problem forbidden = problem(multipart("/api/v1/tax/exchange-rates")
                .file(new MockMultipartFile("file", "rates.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en"), 403);
        assertThat(forbidden.body().get("detail").asString()).isEqualTo("Your role does not allow this action.");
    }

    @Test
    void beanValidationDetailsAreInOneLanguage() throws Exception {
        Problem p = problem(post("/api/v1/tax/calculations").contentType("application/json").content("{}")
                .header("Accept-Language", "en"), 400);
        assertThat(p.body().get("detail").asString()).startsWith("Invalid input: ").doesNotContain("為必填");
    }
}
