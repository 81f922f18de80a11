package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradedesk.identity.NewUser;
import org.tradedesk.identity.Role;
import org.tradedesk.identity.UserAdministration;

/**
 * Issue 11, through the real Tomcat (it parses the multipart bodies, the query strings and the
 * content types, which MockMvc does not): each input that answered 500 or a 6.8 MB body now answers a
 * 4xx RFC 9457 problem detail with our {@code code}, in the reader's language, small.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedRequestsTest {

    static final String USER = "fuzz.manager";
    static final String PASSWORD = "Fuzz-manager-pass-2026!";

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void manager() {
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("admin", null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN")));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            if (users.list().stream().noneMatch(u -> u.username().equals(USER))) {
                users.create(new NewUser(USER, "Fuzz", EnumSet.of(Role.MANAGER, Role.COORDINATOR), PASSWORD));
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    HttpResponse<String> send(String method, String path, String contentType, byte[] body, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), "en");
    }

    static String calculation(String value, String extra) {
        return """
                {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF"%s,
                 "lines":[{"description":"amplifier","tariffCode":"85184000","origin":"CN","value":%s,"measures":{"duty":"7.5%%"}}]}"""
                .formatted(extra, value);
    }

    static void problem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"code\":\"" + code + "\"").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.body().length()).isLessThan(4_000);
    }

    @Test
    void aValidCalculationStillWorks() throws Exception {
        HttpResponse<String> r = postJson("/api/v1/tax/calculations", calculation("1000.50", ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void numbersPastTheBoundsAreRefusedNamingTheFieldAndTheLimit() throws Exception {
        HttpResponse<String> huge = postJson("/api/v1/tax/calculations", calculation("1e200000", ""));
        problem(huge, 400, "error.unreadable");
        assertThat(huge.body()).contains("lines[0].value").contains("18 digits");
        problem(postJson("/api/v1/tax/calculations", calculation("1000", ",\"exchangeRate\":0.00000000001")), 400, "error.unreadable");
        HttpResponse<String> shortfall = postJson("/api/v1/tax/penalties",
                "{\"jurisdiction\":\"TW\",\"date\":\"2026-03-02\",\"shortfall\":1e100000}");
        problem(shortfall, 400, "error.unreadable");
        assertThat(shortfall.body()).contains("shortfall");
        HttpResponse<String> zh = send("POST", "/api/v1/tax/calculations", "application/json",
                calculation("1e200000", "").getBytes(StandardCharsets.UTF_8), "zh-TW");
        assertThat(zh.body()).contains("整數部分最多 18 位");
    }

    @Test
    void strictJsonRefusesDuplicateKeysDayCountsBooleansAsNumbersAndControlCharactersInNumbers() throws Exception {
        assertThat(postJson("/api/v1/tax/calculations", calculation("1000", ",\"currency\":\"USD\"")).statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/tax/calculations", calculation("1000", "").replace("\"2026-03-02\"", "2147483648"))
                .statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/tax/calculations", calculation("1000", "").replace("\"origin\":\"CN\"",
                "\"origin\":\"CN\",\"fuelEfficient\":1")).statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/tax/calculations", calculation("1000", "").replace("\"origin\":\"CN\"",
                "\"origin\":\"CN\",\"fuelEfficient\":12345678901234567890")).statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/tax/calculations", calculation("\"\\u0000\"", "")).statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyLargerThanSixteenMebibytesIsA413BeforeItIsRead() throws Exception {
        byte[] body = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        problem(send("POST", "/api/v1/tax/calculations", "application/json", body, "en"), 413, "error.api.body-too-large");
    }

    @Test
    void aWildcardContentTypeIsA415ProblemDetail() throws Exception {
        problem(send("POST", "/api/v1/tax/calculations", "application/*", calculation("1000", "").getBytes(StandardCharsets.UTF_8), "en"),
                415, "error.api.content-type-unreadable");
    }

    @Test
    void aFormValueWithAPercentNotFollowedByHexIsA400NotA500() throws Exception {
        // the README's own duty expression typed in a form and sent unencoded
        HttpResponse<String> r = send("POST", "/taxes/quotations/preview", "application/x-www-form-urlencoded",
                "jurisdiction=AU&lines[0].duty=MAX(10%,$1/kg)".getBytes(StandardCharsets.UTF_8), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    }

    @Test
    void invalidUtf8InAQueryParameterIsNeverA500() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/tariff/AU/search?q=%ED%BF%BF", null, null, "en");
        assertThat(r.statusCode()).as(r.body()).isLessThan(500);
    }

    @Test
    void brokenMultipartBodiesAreProblemDetails() throws Exception {
        String path = "/api/v1/tax/exchange-rates";
        problem(send("POST", path, "multipart/form-data", "--x\r\n".getBytes(StandardCharsets.UTF_8), "en"), 400, "error.api.parameters-unreadable");
        String truncated = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rates.csv\"\r\n\r\ncurrency,rate";
        problem(send("POST", path, "multipart/form-data; boundary=b", truncated.getBytes(StandardCharsets.UTF_8), "en"), 400,
                "error.api.parameters-unreadable");
        String noFile = "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n";
        HttpResponse<String> missing = send("POST", path, "multipart/form-data; boundary=b", noFile.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("file");
        String nul = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ra\u0000tes.csv\"\r\n\r\ncurrency,rate\r\n--b--\r\n";
        assertThat(send("POST", path, "multipart/form-data; boundary=b", nul.getBytes(StandardCharsets.UTF_8), "en").statusCode())
                .isBetween(400, 499);
        String mixed = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n"
                + "--c\r\n\r\nx\r\n--c--\r\n--b--\r\n";
        assertThat(send("POST", path, "multipart/form-data; boundary=b", mixed.getBytes(StandardCharsets.UTF_8), "en").statusCode())
                .isBetween(400, 499);
    }
}
