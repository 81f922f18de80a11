package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12: with the database down every request waited 30 s, then the API said 401 with valid
 * credentials, the login page "wrong user name or password", other pages a generic 500. Here the
 * pool's connections are refused as Hikari refuses them after its connection timeout
 * ({@link SQLTransientConnectionException}); everything must answer 503 with Retry-After, readiness
 * DOWN, and the failed logins of the outage must not count against the user.
 */
@SpringBootTest(properties = {"tradedesk.demo.enabled=true", "tradedesk.demo.tariff=false"})
@AutoConfigureMockMvc
class DatabaseOutageTest {

    /** The application's pool behind a switch: down, every connection request fails like Hikari's timeout. */
    static final class SwitchableDataSource extends DelegatingDataSource {
        volatile boolean down;

        SwitchableDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms");
            }
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }

    @TestConfiguration
    static class Outage {
        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof HikariDataSource pool ? new SwitchableDataSource(pool) : bean;
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOutageIsAnsweredAsAnOutageAndCostsNoUserALoginFailure() throws Exception {
        SwitchableDataSource database = (SwitchableDataSource) dataSource;
        assertThat(database.unwrap(HikariDataSource.class).getConnectionTimeout()).isEqualTo(3000);
        Cookie session = mvc.perform(formLogin("/login").user("admin").password("admin")).andReturn().getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);

        database.down = true;
        try {
            // API with valid credentials: 503 problem detail, not 401
            MockHttpServletResponse api = mvc.perform(get("/api/v1/clients").with(httpBasic("admin", "admin"))
                    .header("Accept-Language", "en")).andReturn().getResponse();
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getHeader("Retry-After")).isEqualTo("5");
            assertThat(api.getContentType()).startsWith("application/problem+json");
            assertThat(api.getContentAsString()).contains("\"code\":\"error.database-unavailable\"")
                    .contains("database cannot be reached");

            // the login form: the service is unavailable, not a wrong password
            MockHttpServletResponse login = mvc.perform(formLogin("/login").user("admin").password("admin")
                    .acceptMediaType(org.springframework.http.MediaType.TEXT_HTML)).andReturn().getResponse();
            assertThat(login.getStatus()).isEqualTo(503);
            assertThat(login.getRedirectedUrl()).isNull();
            assertThat(login.getContentAsString()).contains("資料庫").doesNotContain("密碼錯誤");

            // a page of a logged-in user: 503 in the reader's language, not a generic 500
            MockHttpServletResponse page = mvc.perform(get("/clients").cookie(session).header("Accept-Language", "en"))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("5");
            assertThat(page.getContentAsString()).contains("The service is unavailable for a moment");

            // wrong passwords during the outage cannot be checked, so they are not failures of the user
            for (int i = 0; i < 7; i++) {
                assertThat(mvc.perform(get("/api/v1/clients").with(httpBasic("admin", "wrong-" + i))).andReturn()
                        .getResponse().getStatus()).isEqualTo(503);
            }
            assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(503);
            assertThat(mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus()).isEqualTo(200);
        } finally {
            database.down = false;
        }

        assertThat(jdbc.queryForObject("select count(*) from login_throttle", Long.class)).isZero();
        assertThat(mvc.perform(get("/api/v1/clients").with(httpBasic("admin", "admin"))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/clients").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
