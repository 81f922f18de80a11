package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Issue 7 (security baseline) and issue 6 §7 (static files sent {@code no-store} and uncompressed),
 * through the real embedded Tomcat: cookie attributes, compression and forwarded headers are the
 * container's work, which MockMvc does not do.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebHardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void pagesSendAContentSecurityPolicyThatRunsNoInlineScript() throws Exception {
        HttpResponse<byte[]> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher scripts = Pattern.compile("script-src ([^;]*)").matcher(csp);
        assertThat(scripts.find()).isTrue();
        assertThat(scripts.group(1)).isEqualTo("'self'");
        assertThat(csp).contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndSessionsEndAfterThirtyIdleMinutes() throws Exception {
        HttpResponse<byte[]> login = get("/login");
        // the session is Spring Session's (in the database, shared by instances): cookie SESSION
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(webapp.getSessionTimeout()).isEqualTo(30);
        // and the stored session ends after 30 idle minutes
        String id = new String(java.util.Base64.getDecoder().decode(cookie.substring("SESSION=".length(), cookie.indexOf(';'))),
                StandardCharsets.UTF_8);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?", Integer.class, id))
                .isEqualTo(30 * 60);
    }

    @Test
    void hstsIsSentWhenTheProxyInFrontSaysTheRequestCameOverHttpsAndOnlyThen() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<byte[]> secure = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(secure.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000").contains("includeSubDomains");
        // and the session cookie is Secure then, not on plain http
        assertThat(secure.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
                .singleElement().asString().containsIgnoringCase("; Secure");
        assertThat(get("/login").headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
                .singleElement().asString().doesNotContainIgnoringCase("Secure");
    }

    @Test
    void staticFilesHaveVersionedUrlsCachedForAYearAndAreCompressed() throws Exception {
        String page = new String(get("/login").body(), StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).as("a content-hashed bootstrap URL in %s", page).isTrue();
        assertThat(page).containsPattern("src=\"/js/tradedesk-[0-9a-f]{32}\\.js\"")
                .containsPattern("src=\"/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js\"");

        HttpResponse<byte[]> plain = get(css.group(1));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("public")
                .doesNotContain("no-store");

        HttpResponse<byte[]> gzipped = get(css.group(1), "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        // pages are compressed too
        assertThat(get("/login", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).contains("gzip");
    }
}
