package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.SeriesView;
import org.tradedesk.markets.persistence.TradeTable;
import org.tradedesk.support.PostgresTest;

/**
 * The markets datasets on a real PostgreSQL: the Taiwan Big5 file imported (provenance and raw file in bytea), the
 * same file recognised, and the DuckDB rows rebuilt from the raw file read back from PostgreSQL.
 */
@PostgresTest
class MarketsOnPostgresTest {

    @Autowired
    MarketDatasets markets;
    @Autowired
    TradeTable table;
    @Autowired
    org.tradedesk.markets.persistence.ComtradeFetchStore fetches;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    DatasetView upload() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/markets/tw_customs_GA30_exports_HS8542_2013_2025.big5.csv")) {
            return markets.importFile("ga30.big5.csv", in, null, "postgres-suite", true);
        }
    }

    @Test
    void importsRecognisesAndRebuildsFromTheStoredFile() throws Exception {
        DatasetView d = upload();
        assertThat(d.status().name()).as(d.message()).isEqualTo("SUCCEEDED");
        assertThat(d.encoding()).isEqualTo("Big5");
        assertThat(upload().duplicate()).isTrue();
        table.drop(d.id());
        SeriesView s = markets.series(d.id(), "TWN", null, "X", "8542", "A", 2013, 2013);
        assertThat(s.points()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("62823154368.19"));
    }

    /**
     * t2fixG: a fetch's pages are written one query per page (PostgreSQL's driver read one query's whole result, every page,
     * before its first row): every page's bytes in page order, a page done twice kept as first stored. A fetch that found no
     * records is not listed as stopped (nothing to resume); one that failed otherwise is.
     */
    @Test
    void aMultiPageFetchWritesEveryPageInOrderAndANoRecordsFetchIsNotListedAsStopped() throws Exception {
        java.time.Instant now = java.time.Instant.parse("2026-12-07T10:00:00Z");
        long job = fetches.create("A", "156", "842", "M", "8542", 2010, 2013, 4, "postgres-suite", now);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        byte[][] pages = new byte[4][];
        for (int p = 0; p < 4; p++) {
            StringBuilder b = new StringBuilder();
            for (int line = 0; line < 2000 * (p + 1); line++) {
                b.append("page ").append(p).append(",line ").append(line).append(",臺灣\r\n");
            }
            pages[p] = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        for (int p : new int[] {2, 0, 3, 1}) { // stored out of order
            fetches.pageDone(job, p, String.valueOf(2010 + p), 2000 * (p + 1), pages[p], now);
        }
        fetches.pageDone(job, 1, "2011", 1, "not kept".getBytes(java.nio.charset.StandardCharsets.UTF_8), now);
        for (byte[] page : pages) {
            expected.write(page);
        }
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        fetches.writeContent(job, written);
        assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());

        // code read R15: the pages read one at a time, each after the one before has been written. While page 0 is being
        // written, page 3 is changed in the database: read page by page, the change is in what is written; read in one query
        // (the code before t2fixG: the driver holds every page of the result before the first is handed over), it is not.
        byte[] changed = "page 3 changed while page 0 was written\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream interleaved = new java.io.ByteArrayOutputStream() {
            boolean done;

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                if (!done) {
                    done = true;
                    jdbc.update("update markets_comtrade_fetch_page set content = ? where fetch_id = ? and page_no = 3", changed, job);
                }
                super.write(b, off, len);
            }
        };
        fetches.writeContent(job, interleaved);
        java.io.ByteArrayOutputStream expectedNow = new java.io.ByteArrayOutputStream();
        expectedNow.write(pages[0]);
        expectedNow.write(pages[1]);
        expectedNow.write(pages[2]);
        expectedNow.write(changed);
        assertThat(interleaved.toByteArray()).isEqualTo(expectedNow.toByteArray());

        long empty = fetches.create("A", "156", "842", "M", "9999", 2010, 2010, 1, "postgres-suite", now);
        fetches.status(empty, "FAILED", org.tradedesk.markets.persistence.ComtradeFetchStore.NO_RECORDS, now);
        fetches.status(job, "FAILED", "markets.import.queue-full: the queue is full", now);
        assertThat(fetches.stopped(now, 20)).extracting(s -> s.job().id()).contains(job).doesNotContain(empty);
    }
}
