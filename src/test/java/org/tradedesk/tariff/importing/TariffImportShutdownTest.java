package org.tradedesk.tariff.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradedesk.TradedeskApplication;
import org.tradedesk.tariff.Jurisdiction;

/**
 * A green build reads green: closing the application while the bundled Australian import runs (what every
 * test context with demo data does when it ends early) stops the job in order — one INFO line, no stack
 * trace, the job recorded as interrupted and no half-written schedule switched on.
 */
@ExtendWith(OutputCaptureExtension.class)
class TariffImportShutdownTest {

    @Test
    void closingTheApplicationDuringAnImportStopsItWithOneLineAndNoStackTrace(CapturedOutput output) throws Exception {
        SpringApplication app = new SpringApplication(TradedeskApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        // DB_CLOSE_DELAY=-1: the in-memory database outlives the context, so the job row can be read after the close
        String url = "jdbc:h2:mem:shutdown-" + java.util.UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE;DB_CLOSE_DELAY=-1";
        ConfigurableApplicationContext context = app.run("--spring.datasource.url=" + url, "--tradedesk.demo.enabled=false", "--server.port=0");
        TariffImporter importer = context.getBean(TariffImporter.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        // as in the demo mode: the AU schedule and the TW sample queued one after the other
        long job = importer.submitBundled(Jurisdiction.AU, "test");
        long queued = importer.submitBundled(Jurisdiction.TW, "test");
        for (int i = 0; i < 600 && !"RUNNING".equals(status(jdbc, job)); i++) {
            Thread.sleep(20);
        }
        assertThat(status(jdbc, job)).isEqualTo("RUNNING");
        int before = output.getAll().length();
        context.close();
        String log = output.getAll().substring(before);
        assertThat(log).contains("Tariff import " + job + " (AU) stopped: the application is shutting down");
        assertThat(log).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(" ERROR ");
        JdbcTemplate after = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""));
        assertThat(status(after, job)).isEqualTo("FAILED");
        assertThat(after.queryForObject("select message_code from tariff_import_job where id = ?", String.class, job))
                .isEqualTo("tariff.import.interrupted");
        assertThat(after.queryForObject("select count(*) from tariff_data_version where active = true", Integer.class)).isZero();
        // the queued one is not started; the next start marks it interrupted (TariffStore.failInterruptedJobs)
        assertThat(status(after, queued)).isEqualTo("QUEUED");
    }

    private static String status(JdbcTemplate jdbc, long job) {
        return jdbc.queryForObject("select status from tariff_import_job where id = ?", String.class, job);
    }
}
