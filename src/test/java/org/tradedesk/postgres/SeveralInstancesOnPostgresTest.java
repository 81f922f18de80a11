package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.tradedesk.TradedeskApplication;
import org.tradedesk.support.BundledTariffs;
import org.tradedesk.support.PostgresTest;
import org.tradedesk.tariff.ImportJobView;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.persistence.TariffStore;

/**
 * Issue 12: two instances (two application contexts, two servers on random ports) on one PostgreSQL
 * database, as behind a load balancer without sticky sessions. Instance A is the test's context,
 * instance B is started here on A's database.
 */
@PostgresTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tradedesk.demo.enabled=true",
        "tradedesk.demo.tariff=false", "tradedesk.instance.id=instance-a", "tradedesk.tariff.search.refresh-interval=1s",
        "tradedesk.jobs.heartbeat-interval=1s", "tradedesk.jobs.stale-after=120s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesOnPostgresTest {

    @LocalServerPort
    int portA;
    @Autowired
    Environment env;
    @Autowired
    TariffCatalogue catalogueA;

    ConfigurableApplicationContext instanceB;
    int portB;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    TariffStore storeA;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    void startInstanceB() {
        instanceB = new SpringApplicationBuilder(TradedeskApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password"),
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--tradedesk.demo.enabled=false",
                "--tradedesk.instance.id=instance-b",
                "--tradedesk.tariff.search.refresh-interval=1s",
                "--tradedesk.jobs.heartbeat-interval=1s", "--tradedesk.jobs.stale-after=120s");
        portB = ((ServletWebServerApplicationContext) instanceB).getWebServer().getPort();
    }

    @AfterAll
    void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close(); // before A's context closes and drops the database
        }
    }

    @Test
    void aLoginOnOneInstanceIsValidOnTheOtherAndALogoutEndsItOnBoth() throws Exception {
        HttpResponse<String> loginPage = get(portA, "/login", null);
        String anonymous = sessionCookie(loginPage);
        HttpResponse<String> login = post(portA, "/login", anonymous,
                "username=admin&password=admin&_csrf=" + enc(csrf(loginPage.body())));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = sessionCookie(login);

        // instance B knows the session: pages and an admin page answer, no redirect to the login page
        HttpResponse<String> home = get(portB, "/", session);
        assertThat(home.statusCode()).as(home.headers().map().toString()).isEqualTo(200);
        assertThat(get(portB, "/admin/users", session).statusCode()).isEqualTo(200);

        // a form POST on B with the session's CSRF token is accepted (the token lives in the shared session)
        HttpResponse<String> logout = post(portB, "/logout", session, "_csrf=" + enc(csrf(home.body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        // and the logout on B ended the session on A too
        HttpResponse<String> after = get(portA, "/", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theOtherInstancesWordSearchFollowsAnImportWithinSeconds() throws Exception {
        TariffCatalogue catalogueB = instanceB.getBean(TariffCatalogue.class);
        assertThat(catalogueB.search(Jurisdiction.TW, "wine", 0, 10).hits()).isEmpty();

        long job = catalogueA.startBundledImport(Jurisdiction.TW, "instance-a");
        ImportJobView done = BundledTariffs.await(catalogueA, job);
        assertThat(done.status()).as(done.message()).isEqualTo("SUCCEEDED");
        long imported = System.nanoTime();

        while (catalogueB.search(Jurisdiction.TW, "wine", 0, 10).hits().isEmpty()
                && System.nanoTime() - imported < 30_000_000_000L) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - imported) / 1e9;
        assertThat(catalogueB.search(Jurisdiction.TW, "wine", 0, 10).hits())
                .anySatisfy(h -> assertThat(h.line().code()).startsWith("2204"));
        // refresh every second plus the rebuild of the sample: well within ten seconds even on a busy machine
        assertThat(seconds).as("seconds until B's search had the new version").isLessThan(10);
        assertThat(catalogueB.search(Jurisdiction.TW, "葡萄酒", 0, 10).hits().get(0).line().code()).startsWith("2204");
    }

    @Test
    void aRestartMarksOnlyItsOwnJobsAndADeadInstancesJobIsMarkedByTheLiving() throws Exception {
        long ofA = running(storeA.createJob(Jurisdiction.AU, "a.json", "test", Instant.now(), "instance-a"));
        long ofB = running(storeA.createJob(Jurisdiction.AU, "b.json", "test", Instant.now(), "instance-b"));
        long ofDead = running(storeA.createJob(Jurisdiction.AU, "c.json", "test", Instant.now(), "instance-c"));

        // B restarts: its own unfinished job is marked, A's is left running
        instanceB.close();
        startInstanceB();
        assertThat(storeA.job(ofB).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(storeA.job(ofB).orElseThrow().messageCode()).isEqualTo("tariff.import.interrupted");

        // nobody beats for instance-c: once its heartbeat is older than the stale limit (60 s by default, 120 s
        // here so that B's restart above stays within it), a living instance marks it; A's job keeps beating
        jdbc.update("update tariff_import_job set heartbeat_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(600)), ofDead);
        long start = System.nanoTime();
        while (storeA.job(ofDead).orElseThrow().running() && System.nanoTime() - start < 30_000_000_000L) {
            Thread.sleep(200);
        }
        assertThat(storeA.job(ofDead).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(storeA.job(ofDead).orElseThrow().messageCode()).isEqualTo("tariff.import.abandoned");
        assertThat(storeA.job(ofA).orElseThrow().status()).isEqualTo("RUNNING");
        storeA.jobFailed(ofA, "tariff.import.failed", "test over", Instant.now());
    }

    long running(long job) {
        assertThat(storeA.jobStarted(job, "0".repeat(64), "test")).isTrue();
        return job;
    }

    // ---- HTTP helpers

    HttpResponse<String> get(int port, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Accept-Language", "en").header("Accept", "text/html,application/xhtml+xml");
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(int port, String path, String cookie, String form) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .header("Accept", "text/html,application/xhtml+xml");
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String sessionCookie(HttpResponse<?> response) {
        String set = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
        return set.substring(0, set.indexOf(';'));
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
