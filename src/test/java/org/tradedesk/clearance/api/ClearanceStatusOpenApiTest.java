package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8 item 6: the request body of {@code POST /api/v1/clearance/transactions/{id}/status} was documented with
 * marketing's campaign enum (both controllers named their body {@code StatusRequest}, one schema name for two records).
 * The published description must list the clearance lifecycle.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClearanceStatusOpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theStatusMoveDocumentsTheClearanceLifecycle() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode api = JsonMapper.builder().build().readTree(body);
        String ref = api.path("paths").path("/api/v1/clearance/transactions/{id}/status").path("post").path("requestBody")
                .path("content").path("application/json").path("schema").path("$ref").asString();
        assertThat(ref).startsWith("#/components/schemas/");
        JsonNode values = api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                .path("properties").path("status").path("enum");
        List<String> statuses = new ArrayList<>();
        values.forEach(v -> statuses.add(v.asString()));
        assertThat(statuses).containsExactly("DRAFT", "DOCUMENTS_COMPLETE", "DECLARED", "RELEASED", "HELD", "CLOSED");
    }

    /** t4fixB: the OpenAPI says what the review's F3, F4, F11, F12 changed (the PUT, the refund of a withdrawal, 503, ?version=). */
    @Test
    void theChangedBehaviourIsDocumented() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode paths = JsonMapper.builder().build().readTree(body).path("paths");
        String base = "/api/v1/clearance/transactions/{id}";
        assertThat(paths.path(base).path("put").path("description").asString()).contains("clearance.transaction.date-kept-by-status",
                "clearance.transaction.field-date-future");
        assertThat(paths.path(base).path("get").path("description").asString()).contains("404");
        assertThat(paths.path(base + "/queries").path("post").path("description").asString()).contains("503");
        assertThat(paths.path(base + "/disputes/{disputeId}/outcome").path("post").path("description").asString()).contains("WITHDRAWN");
        assertThat(paths.path(base + "/declaration").path("get").path("parameters").toString()).contains("\"version\"");
    }
}
