package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What README "Running in production" promises of the operations endpoints: liveness and readiness
 * open to the load balancer, Prometheus metrics for an ADMIN only, and Swagger UI switched off by
 * one property.
 */
@SpringBootTest(properties = {"tradedesk.demo.enabled=true", "tradedesk.demo.tariff=false",
        "springdoc.swagger-ui.enabled=false", "springdoc.api-docs.enabled=false"})
@AutoConfigureMockMvc
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;

    MockHttpServletResponse get(String path, String user) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        if (user != null) {
            request.with(httpBasic(user, user));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void livenessAndReadinessAreOpenAndUp() throws Exception {
        MockHttpServletResponse live = get("/actuator/health/liveness", null);
        assertThat(live.getStatus()).isEqualTo(200);
        assertThat(live.getContentAsString()).contains("\"status\":\"UP\"");
        MockHttpServletResponse ready = get("/actuator/health/readiness", null);
        assertThat(ready.getStatus()).isEqualTo(200);
        assertThat(ready.getContentAsString()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsAreForAnAdministratorOnly() throws Exception {
        MockHttpServletResponse metrics = get("/actuator/prometheus", "admin");
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(get("/actuator/prometheus", null).getStatus()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "coordinator").getStatus()).isEqualTo(403);
        assertThat(get("/actuator/info", "coordinator").getStatus()).isEqualTo(403);
    }

    @Test
    void swaggerUiIsOffWhenThePropertySaysSo() throws Exception {
        assertThat(get("/swagger-ui.html", "admin").getStatus()).isEqualTo(404);
        assertThat(get("/v3/api-docs", "admin").getStatus()).isEqualTo(404);
    }
}
