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
        "tradedesk.markets.import-wait=300ms", "tradedesk.markets.queued-heartbeat-ms=200"})
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
            // the job has been handed to the import thread, which really waits at the gate for the turn (t2fixG)
            for (int i = 0; i < 100 && !importer.gate().hasQueuedThreads(); i++) {
                Thread.sleep(50);
            }
            assertThat(importer.gate().hasQueuedThreads()).as("the import thread waits at the gate").isTrue();
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

    // --- t2fixG ---

    @Autowired
    java.time.Clock clock;

    @Autowired
    org.tradedesk.markets.persistence.DatasetStore store;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    org.tradedesk.markets.persistence.MappingStore mappingStore;

    @Autowired
    org.springframework.context.MessageSource messages;

    long pageUpload(String name) throws Exception {
        String location = mvc.perform(multipart("/markets/datasets").file(new MockMultipartFile("file", name, "text/csv", file(name)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
    }

    void awaitDone(long... ids) throws Exception {
        for (long id : ids) {
            for (int i = 0; i < 600 && markets.dataset(id).running(); i++) {
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aJobWaitingItsTurnRenewsItsHeartbeatSoNoInstanceStartTakesItForADeadOne() throws Exception {
        long atGate;
        long inQueue;
        importer.gate().acquire();
        try {
            atGate = pageUpload("comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv"); // waits at the gate
            inQueue = pageUpload("tw_customs_GA30_exports_HS8542_2013_2025.csv"); // waits in the executor's queue behind it
            for (int i = 0; i < 100 && !importer.gate().hasQueuedThreads(); i++) {
                Thread.sleep(50);
            }
            // both rows look 10 minutes silent; the waiting jobs beat every 200 ms here (every minute by default)
            jdbc.update("update markets_dataset set heartbeat_at = ? where id in (?, ?)",
                    java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofMinutes(10))), atGate, inQueue);
            Thread.sleep(1000);
            importer.interruptStaleJobs(); // another instance's start
            assertThat(markets.dataset(atGate).status().name()).isEqualTo("QUEUED");
            assertThat(markets.dataset(inQueue).status().name()).isEqualTo("QUEUED");
        } finally {
            importer.gate().release();
        }
        awaitDone(atGate, inQueue);
        assertThat(markets.dataset(atGate).status().name()).isEqualTo("SUCCEEDED");
        assertThat(markets.dataset(inQueue).status().name()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aQueuedJobMarkedInterruptedMeanwhileIsDroppedWhenItsTurnComesAndLoadsNothing() throws Exception {
        long id;
        importer.gate().acquire();
        try {
            id = pageUpload("comtrade_legacy_IND_CHN_H3_2010.csv");
            for (int i = 0; i < 100 && !importer.gate().hasQueuedThreads(); i++) {
                Thread.sleep(50);
            }
            assertThat(importer.gate().hasQueuedThreads()).isTrue();
            // an instance's start marked it interrupted (before t2fixG it did so to every job queued for 5 minutes)
            store.failed(id, "markets.import.interrupted", java.util.List.of(), null, clock.instant());
        } finally {
            importer.gate().release();
        }
        for (int i = 0; i < 100 && (importer.gate().hasQueuedThreads() || importer.gate().availablePermits() == 0); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        while (importer.gate().availablePermits() == 0) { // an import under way (without the fix: this job's)
            Thread.sleep(100);
        }
        assertThat(markets.dataset(id).status().name()).isEqualTo("FAILED");
        assertThat(markets.dataset(id).messageCode()).isEqualTo("markets.import.interrupted");
        assertThat(table.holds(id)).as("no rows of a job marked interrupted").isFalse();
    }

    @Test
    void readersOfADatasetToBeLoadedShareOneLoadWithOneDeadlineAndA409SaysWhat() throws Exception {
        long id;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + PORTAL)) {
            id = markets.importFile(PORTAL, in, null, "analyst", true).id(); // this file or its earlier import
        }
        awaitDone(id);
        assertThat(markets.dataset(id).status().name()).isEqualTo("SUCCEEDED");
        table.drop(id); // imported on another instance: this one loads it on first use
        importer.gate().acquire();
        try {
            int readers = 3;
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<long[]>> done = new java.util.ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
            java.util.List<String> codes = new java.util.concurrent.CopyOnWriteArrayList<>();
            try {
                for (int r = 0; r < readers; r++) {
                    done.add(pool.submit(() -> {
                        start.await();
                        try {
                            importer.ensureLoaded(id);
                            codes.add("loaded");
                        } catch (org.tradedesk.shared.TradedeskException e) {
                            codes.add(e.messageCode());
                        }
                        return new long[] {System.nanoTime()};
                    }));
                }
                start.countDown();
                long first = Long.MAX_VALUE;
                long last = Long.MIN_VALUE;
                for (java.util.concurrent.Future<long[]> f : done) {
                    long t = f.get(30, java.util.concurrent.TimeUnit.SECONDS)[0];
                    first = Math.min(first, t);
                    last = Math.max(last, t);
                }
                assertThat(codes).containsOnly("markets.dataset.load-busy").hasSize(readers);
                // one wait of 300 ms for all of them, not one after the other (3 × 300 ms before t2fixG)
                assertThat((last - first) / 1_000_000).as("ms between the first and the last reader's answer").isLessThan(250);
            } finally {
                pool.shutdownNow();
            }
            // a reader who only opened an analysis: 409 saying the dataset is being loaded, in the reader's language
            mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "0").param("flow", "X")
                            .param("product", "8542").header("Accept-Language", "zh-TW"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("markets.dataset.load-busy"))
                    .andExpect(jsonPath("$.detail").value(containsString("資料集 " + id + " 尚未載入此伺服器的分析資料庫")))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("未儲存"))));
            mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "0").param("flow", "X")
                            .param("product", "8542").header("Accept-Language", "en"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("Dataset " + id + " is not yet in this server's analytical store")))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("send it again"))));
        } finally {
            importer.gate().release();
        }
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "0").param("flow", "X")
                .param("product", "8542")).andExpect(status().isOk());
        assertThat(table.holds(id)).isTrue();
    }

    @Test
    void aFullQueueOfWaitingJobsAnswers409QueueFullNotBusyAndStoresNothing() throws Exception {
        DatasetImporter full = new DatasetImporter(store, table, task -> {
            throw new org.springframework.core.task.TaskRejectedException("queue full");
        }, transactions, clock, mappingStore, java.time.Duration.ofSeconds(30), 60_000);
        long before = jdbc.queryForObject("select count(*) from markets_dataset", Long.class);
        DatasetImporter.Upload upload = DatasetImporter.spool("queued.csv",
                new java.io.ByteArrayInputStream(("a file never read " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.tradedesk.shared.TradedeskException e = org.junit.jupiter.api.Assertions.assertThrows(org.tradedesk.shared.TradedeskException.class,
                () -> full.submit(upload, org.tradedesk.markets.SourceFormat.COMTRADE_V1, "analyst", false));
        assertThat(e.kind()).isEqualTo(org.tradedesk.shared.TradedeskException.Kind.CONFLICT); // answered 409
        assertThat(e.messageCode()).isEqualTo("markets.import.queue-full");
        assertThat(jdbc.queryForObject("select count(*) from markets_dataset", Long.class)).isEqualTo(before);
        assertThat(Files.exists(upload.file())).isFalse();
        String en = messages.getMessage(e.messageCode(), e.arguments(), java.util.Locale.ENGLISH);
        String zh = messages.getMessage(e.messageCode(), e.arguments(), java.util.Locale.TAIWAN);
        assertThat(en).contains("Too many imports are already waiting").doesNotContain("waited");
        assertThat(zh).contains("等候匯入的檔案已達上限").doesNotContain("已等候");
    }
}
