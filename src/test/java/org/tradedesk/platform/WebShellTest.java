package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shell on a real server, where error pages go through the container's error dispatch:
 * friendly pages for 404/403/500, problem details for the API, OpenAPI and Swagger UI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WebShellTest.Failing.class)
class WebShellTest {

    @TestConfiguration
    static class Failing {

        @Controller
        static class BoomPage {
            @GetMapping("/test/boom")
            String boom() {
                throw new IllegalStateException("internal detail that must not leak");
            }
        }

        record Line(@NotBlank String code, @Positive int quantity) {
        }

        @RestController
        static class EchoApi {
            @PostMapping("/api/test/echo")
            Line echo(@Valid @RequestBody Line line) {
                return line;
            }
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void users() {
        for (String[] u : new String[][] {{"shell.coord", "COORDINATOR"}, {"shell.admin", "ADMIN,MANAGER,COORDINATOR"}}) {
            if (jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, u[0]) == 0) {
                jdbc.update("insert into user_account (username, password_hash, display_name, roles) values (?, ?, ?, ?)",
                        u[0], encoder.encode("secret-pass"), u[0], u[1]);
            }
        }
    }

    private HttpResponse<String> get(String path, String user, String accept, String lang) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":secret-pass").getBytes(StandardCharsets.UTF_8)));
        }
        if (lang != null) {
            b.header("Cookie", "tradedesk-lang=" + lang);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void coordinatorGetsTheFriendly403PageForAdminAndAuditPages() throws Exception {
        for (String path : new String[] {"/admin/users", "/audit"}) {
            HttpResponse<String> zh = get(path, "shell.coord", "text/html", null);
            assertThat(zh.statusCode()).isEqualTo(403);
            assertThat(zh.body()).contains("id=\"error-message\"").contains("您的角色無權執行此操作").contains("發生錯誤（403）");
            HttpResponse<String> en = get(path, "shell.coord", "text/html", "en");
            assertThat(en.body()).contains("Your role does not allow this action.");
        }
    }

    @Test
    void coordinatorGets403ProblemDetailsFromManagerAndAdminApis() throws Exception {
        for (String path : new String[] {"/api/v1/audit", "/api/v1/admin/users"}) {
            HttpResponse<String> r = get(path, "shell.coord", "application/json", null);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(r.body()).contains("\"status\":403").contains("\"code\":\"identity.api.forbidden\"");
        }
        assertThat(get("/api/v1/audit", "shell.admin", "application/json", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPageIsAFriendly404() throws Exception {
        HttpResponse<String> r = get("/no/such/page", "shell.coord", "text/html", "en");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("The page or record you asked for does not exist.").contains("Something went wrong (404)");
    }

    /** T4 review r-t4c 13: curl on a page path that does not exist got Spring Boot's English {timestamp,status,error,path}. */
    @Test
    void unknownPageForAClientThatIsNotABrowserIsAProblemDetailInItsLanguage() throws Exception {
        HttpResponse<String> zh = get("/clearance/transactions/3/issues/1", "shell.coord", "*/*", null);
        assertThat(zh.statusCode()).isEqualTo(404);
        assertThat(zh.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(zh.body()).contains("\"code\":\"error.page.not-found\"").contains("沒有此頁面或紀錄：/clearance/transactions/3/issues/1。")
                .doesNotContain("timestamp").doesNotContain("Not Found");
        HttpResponse<String> en = get("/no/such/page", "shell.coord", "application/json", "en");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("There is no page or record at /no/such/page.").doesNotContain("timestamp");
        // a browser still gets the page
        assertThat(get("/no/such/page", "shell.coord", "text/html,application/xhtml+xml,*/*;q=0.8", "en").body())
                .contains("Something went wrong (404)");
    }

    @Test
    void unknownApiPathIsAProblemDetailOnTheRealServer() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nope"))
                .header("Accept", "application/json").header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("shell.coord:secret-pass".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"code\":\"error.api.not-found\"").contains("There is no API endpoint at /api/v1/nope.")
                .doesNotContain("timestamp");
    }

    @Test
    void unexpectedFailureIsAFriendly500WithoutInternals() throws Exception {
        HttpResponse<String> r = get("/test/boom", "shell.coord", "text/html", "en");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("An unexpected error occurred").doesNotContain("internal detail")
                .doesNotContain("IllegalStateException");
        // an incident number the log carries next to the stack trace (logged once, at ERROR, by PageExceptionHandler)
        assertThat(r.body()).containsPattern("\\([0-9a-f]{8}\\)");
    }

    @Test
    void invalidApiInputIsAProblemNamingEachField() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/test/echo"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("shell.coord:secret-pass".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"\",\"quantity\":-3}")).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"code\":\"error.validation\"").contains("\"field\":\"code\"").contains("\"field\":\"quantity\"");

        HttpRequest unreadable = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/test/echo"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("shell.coord:secret-pass".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"A\",\"quantity\":\"many\"}")).build();
        HttpResponse<String> r2 = http.send(unreadable, HttpResponse.BodyHandlers.ofString());
        assertThat(r2.statusCode()).isEqualTo(400);
        assertThat(r2.body()).contains("\"code\":\"error.unreadable\"").contains("\"field\":\"quantity\"");
    }

    @Test
    void openApiDocumentListsTheApiAndSwaggerUiIsReachable() throws Exception {
        HttpResponse<String> doc = get("/v3/api-docs", null, "application/json", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"/api/v1/audit\"").contains("tradedesk API").contains("\"bearer\"");
        HttpResponse<String> ui = get("/swagger-ui.html", null, "text/html", null);
        assertThat(ui.statusCode()).isIn(200, 302);
        String location = ui.statusCode() == 302 ? URI.create(ui.headers().firstValue("Location").orElseThrow()).getPath() : "/swagger-ui.html";
        HttpResponse<String> page = get(location, null, "text/html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
    }

    @Test
    void layoutHasViewportAndBothLanguageSwitches() throws Exception {
        HttpResponse<String> home = get("/?lang=en", "shell.admin", "text/html", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("name=\"viewport\"").contains("id=\"lang-zh\"").contains("id=\"lang-en\"")
                .contains("id=\"nav-users\"").contains("id=\"nav-audit\"").contains("id=\"nav-account\"").contains("lang=\"en\"");
        HttpResponse<String> coordinator = get("/", "shell.coord", "text/html", null);
        assertThat(coordinator.body()).doesNotContain("id=\"nav-users\"").doesNotContain("id=\"nav-audit\"");
    }
}
