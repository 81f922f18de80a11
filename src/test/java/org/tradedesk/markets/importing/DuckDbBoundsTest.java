package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.persistence.TradeTable;

/**
 * t2duck: the DuckDB store runs within the memory and spill bounds the settings give ({@code tradedesk.markets.duckdb.*}),
 * and one import runs at a time per instance — an import in the request waits at most {@code tradedesk.markets.import-wait},
 * then answers 409 in the reader's language and stores nothing; a page upload waits its turn as QUEUED, and the page says so.
 */
@SpringBootTest(properties = {"tradedesk.markets.duckdb.memory-limit=256MiB", "tradedesk.markets.duckdb.max-temp-size=2GiB",
        "tradedesk.markets.import-wait=300ms"})
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class DuckDbBoundsTest {

    static final Path SPILL = Path.of(System.getProperty("java.io.tmpdir"), "tradedesk-duck-spill-" + UUID.randomUUID());
    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";
    static final String TW_BIG5 = "tw_customs_GA30_exports_HS8542_2013_2025.big5.csv";

    @DynamicPropertySource
    static void spill(DynamicPropertyRegistry registry) {
        registry.add("tradedesk.markets.duckdb.temp-directory", SPILL::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TradeTable table;

    @Autowired
    DatasetImporter importer;

    @Autowired
    MarketDatasets markets;

    @Autowired
    JdbcTemplate jdbc;

    static byte[] file(String name) throws Exception {
        try (InputStream in = DuckDbBoundsTest.class.getResourceAsStream("/markets/" + name)) {
            return in.readAllBytes();
        }
    }

    static String setting(TradeTable t, String name) throws Exception {
        try (Connection c = t.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theStoreRunsWithinTheConfiguredMemoryAndSpillBounds() throws Exception {
        // DuckDB's own defaults would be 80 % of the machine's memory and 90 % of the free disk
        assertThat(setting(table, "memory_limit")).isEqualTo("256.0 MiB");
        assertThat(setting(table, "max_temp_directory_size")).isEqualTo("2.0 GiB");
        assertThat(Path.of(setting(table, "temp_directory"))).isEqualTo(SPILL.toAbsolutePath());
        assertThat(Files.isDirectory(SPILL)).isTrue();
    }

    @Test
    void theDefaultsBoundTheStoreToo(@TempDir Path dir) throws Exception {
        TradeTable t = new TradeTable(dir.resolve("trade.duckdb").toString());
        try {
            assertThat(setting(t, "memory_limit")).isEqualTo("953.6 MiB"); // 1GB = 10^9 bytes
            assertThat(setting(t, "max_temp_directory_size")).isEqualTo("9.3 GiB"); // 10GB
            // spill files beside the store on the data disk, not the system's temporary directory
            assertThat(Path.of(setting(t, "temp_directory"))).isEqualTo(dir.resolve("trade.duckdb.tmp").toAbsolutePath());
        } finally {
            t.close();
        }
    }

    @Test
    void anImportInTheRequestWaitsABoundedTimeThenAnswers409InTheReadersLanguage() throws Exception {
        long before = jdbc.queryForObject("select count(*) from markets_dataset", Long.class);
        importer.gate().acquire(); // another import holds this instance's turn
        try {
            mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", PORTAL, "text/csv", file(PORTAL)))
                            .header("Accept-Language", "zh-TW"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("markets.import.busy"))
                    .andExpect(jsonPath("$.detail").value(containsString("另一個匯入正在進行")))
                    .andExpect(jsonPath("$.detail").value(containsString("一次只執行一個匯入")));
            mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", PORTAL, "text/csv", file(PORTAL)))
                            .header("Accept-Language", "en"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("Another import is running on this server")));
            assertThat(jdbc.queryForObject("select count(*) from markets_dataset", Long.class)).isEqualTo(before);
        } finally {
            importer.gate().release();
        }
        // its turn free: the same file imports (nothing of it was kept, so it is no duplicate)
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", PORTAL, "text/csv", file(PORTAL))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicate").value(false));
    }

    @Test
    void aPageUploadWaitsItsTurnQueuedAndThePageSaysSo() throws Exception {
        mvc.perform(get("/markets").header("Accept-Language", "zh-TW"))
                .andExpect(content().string(containsString("此伺服器一次只匯入一個檔案")));
        long id;
        importer.gate().acquire();
        try {
            String location = mvc.perform(multipart("/markets/datasets").file(new MockMultipartFile("file", TW_BIG5, "text/csv", file(TW_BIG5)))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
            Thread.sleep(300); // the job has been handed to the import thread, which waits for the turn
            assertThat(markets.dataset(id).status().name()).isEqualTo("QUEUED");
            mvc.perform(get("/markets/datasets/" + id).header("Accept-Language", "en"))
                    .andExpect(content().string(containsString("id=\"markets-queued-note\"")))
                    .andExpect(content().string(containsString("this server imports one file at a time")));
            mvc.perform(get("/markets/datasets/" + id).header("Accept-Language", "zh-TW"))
                    .andExpect(content().string(containsString("等候中：此伺服器一次只匯入一個檔案")));
        } finally {
            importer.gate().release();
        }
        for (int i = 0; i < 300 && markets.dataset(id).running(); i++) {
            Thread.sleep(100);
        }
        assertThat(markets.dataset(id).status().name()).isEqualTo("SUCCEEDED");
        mvc.perform(get("/markets/datasets/" + id).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"markets-queued-note\""))));
    }
}
