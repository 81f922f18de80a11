package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.DatasetStatus;
import org.tradedesk.markets.MarketDatasets;

/**
 * t2fixI (issue 9, item 1): many large uploads at once with a small connection pool. Waiting and queued jobs hold no pooled
 * connection and the queue bound is enforced before a file is stored: the extra uploads get 409 markets.import.queue-full (or
 * 202), never 503 error.database-unavailable, and the import already running succeeds.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=250",
        "tradedesk.markets.import-queue=3", "tradedesk.markets.queued-heartbeat-ms=50"})
@AutoConfigureMockMvc
class ImportPoolBoundTest {

    static final String TW_BIG5 = "tw_customs_GA30_exports_HS8542_2013_2025.big5.csv";

    @Autowired
    MockMvc mvc;

    @Autowired
    MarketDatasets markets;

    static byte[] big() {
        StringBuilder b = new StringBuilder(6 * 1024 * 1024 + 100);
        b.append("not trade statistics ").append(UUID.randomUUID()).append('\n');
        while (b.length() < 6 * 1024 * 1024) {
            b.append("filler line of an upload far larger than the in-request limit, 0123456789\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void manyLargeUploadsAtOnceNeverExhaustThePoolAndTheRunningImportSucceeds() throws Exception {
        byte[] running;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + TW_BIG5)) {
            running = in.readAllBytes();
        }
        String location = mvc.perform(multipart("/markets/datasets").file(new MockMultipartFile("file", TW_BIG5, "text/csv", running))
                .with(csrf()).with(user("analyst").roles("COORDINATOR"))).andReturn().getResponse().getRedirectedUrl();
        long first = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                byte[] content = big();
                answers.add(pool.submit(() -> mvc.perform(multipart("/api/v1/markets/datasets")
                        .file(new MockMultipartFile("file", "big.csv", "text/csv", content))
                        .with(user("analyst").roles("COORDINATOR"))).andReturn().getResponse()));
            }
            int refused = 0;
            for (Future<MockHttpServletResponse> f : answers) {
                MockHttpServletResponse r = f.get();
                String body = r.getContentAsString(StandardCharsets.UTF_8);
                assertThat(r.getStatus()).as(body).isIn(202, 409);
                assertThat(body).doesNotContain("error.database-unavailable");
                if (r.getStatus() == 409) {
                    assertThat(body).contains("markets.import.queue-full");
                    refused++;
                }
            }
            assertThat(refused).as("the queue bound (3) is enforced before accepting").isGreaterThan(0);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 1200 && markets.dataset(first).running(); i++) {
            Thread.sleep(100);
        }
        assertThat(markets.dataset(first).status()).isEqualTo(DatasetStatus.SUCCEEDED);
    }
}
