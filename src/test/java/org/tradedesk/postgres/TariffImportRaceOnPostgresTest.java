package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tradedesk.markets.MarketsTestFiles;
import org.tradedesk.markets.persistence.TariffDatasetStore;
import org.tradedesk.support.PostgresTest;

/**
 * t2fixP: two requests importing the same tariff file for the same market at the same moment. Both look for the file before
 * either has stored it (the test holds each at that look-up until the other is there too), so both insert and one meets the
 * uniqueness of market and SHA-256: it answers 200 {@code duplicate} naming the dataset the other created, not a 500.
 */
@PostgresTest
@AutoConfigureMockMvc
class TariffImportRaceOnPostgresTest {

    static final String TARIFFS = "usa_tariffs_HS8542_2013_2025.csv";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    TariffDatasetStore store;

    @Test
    void twoSimultaneousImportsOfOneFileGiveOneDatasetAndTheDuplicateAnswer() throws Exception {
        byte[] file = MarketsTestFiles.resource("/markets/" + TARIFFS);
        CyclicBarrier bothLooked = new CyclicBarrier(2);
        AtomicInteger looks = new AtomicInteger();
        Mockito.doAnswer(call -> {
            Object found = call.callRealMethod();
            if (looks.incrementAndGet() <= 2) { // the two first look-ups; the loser's look-up after the race is not held
                bothLooked.await(20, TimeUnit.SECONDS);
            }
            return found;
        }).when(store).find(Mockito.anyString(), Mockito.anyString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<MvcResult> results = new ArrayList<>();
        try {
            List<Future<MvcResult>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(pool.submit(() -> mvc.perform(multipart("/api/v1/markets/tariff-datasets")
                        .file(new MockMultipartFile("file", TARIFFS, "text/csv", file)).param("market", "USA")
                        .with(user("analyst").roles("COORDINATOR"))).andReturn()));
            }
            for (Future<MvcResult> call : calls) {
                results.add(call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            Mockito.reset(store);
        }
        List<Integer> statuses = results.stream().map(r -> r.getResponse().getStatus()).sorted().toList();
        assertThat(statuses).as(results.get(0).getResponse().getContentAsString() + " / "
                + results.get(1).getResponse().getContentAsString()).containsExactly(200, 201);
        Long stored = jdbc.queryForObject("select id from markets_tariff_dataset where market = 'USA'", Long.class);
        for (MvcResult r : results) {
            String json = r.getResponse().getContentAsString();
            assertThat(((Number) JsonPath.read(json, "$.id")).longValue()).isEqualTo(stored);
            assertThat((Boolean) JsonPath.read(json, "$.duplicate")).isEqualTo(r.getResponse().getStatus() == 200);
        }
        assertThat(jdbc.queryForObject("select count(*) from markets_tariff_dataset", Integer.class)).isEqualTo(1);
    }
}
