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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review of T1 R1: the strict reading of a taxes body read at most 8 MiB and handed on only those bytes, so a legal tax
 * body of 8–16 MiB (the request limit) was answered "malformed JSON" and its keys went unchecked. A 9 MiB body of 5,000
 * lines is calculated; the same body with a misspelt key in its last line is refused naming it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LargeTaxBodiesTest {

    private static final int LINES = 5_000;
    private static final int SIZE = 9 * 1024 * 1024 + 4096;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private static String body(String lastLineExtra) {
        String description = "藍牙喇叭".repeat(100);
        StringBuilder out = new StringBuilder("""
                {"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":32.15,
                 "freight":120,"insurance":15,"lines":[""");
        for (int i = 0; i < LINES; i++) {
            out.append(i == 0 ? "" : ",").append("{\"description\":\"").append(description).append(' ').append(i)
                    .append("\",\"tariffCode\":\"85182200\",\"origin\":\"CN\",\"value\":20,\"quantity\":1,\"unit\":\"No\"")
                    .append(i == LINES - 1 ? lastLineExtra : "")
                    .append(",\"measures\":{\"duty\":\"MAX(10%, 20 TWD/No)\"}}");
        }
        int bytes = out.toString().getBytes(StandardCharsets.UTF_8).length + 2;
        out.append(" ".repeat(Math.max(0, SIZE - bytes))).append("]}");
        return out.toString();
    }

    @Test
    void aNineMebibyteBodyOfFiveThousandLinesIsCalculated() throws Exception {
        byte[] body = body("").getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(9 * 1024 * 1024);
        String response = mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(response).toString()).contains("\"lines\"");
    }

    @Test
    void aMisspeltKeyBeyondEightMebibytesIsRefusedNamingIt() throws Exception {
        byte[] body = body(",\"fuelEfficent\":true").getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(9 * 1024 * 1024);
        String response = mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode error = json.readTree(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[4999].fuelEfficent");
        assertThat(error.get("message").asString()).contains("no such field");
    }
}
