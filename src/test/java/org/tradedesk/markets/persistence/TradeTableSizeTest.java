package org.tradedesk.markets.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * t2fixG: a DuckDB size setting below 64MB (10^6 bytes a MB, 2^20 a MiB, as DuckDB reads them) stops the start with a message
 * naming the setting, instead of a store that cannot replay its log or load a dataset; the bounds are given when the file is
 * opened (connection properties), and read back from DuckDB.
 */
class TradeTableSizeTest {

    @Test
    void aSizeBelow64MBIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> TradeTable.size("memory-limit", "32MB", TradeTable.DEFAULT_MEMORY_LIMIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tradedesk.markets.duckdb.memory-limit must be at least 64MB (DuckDB needs that much to open its file and "
                        + "load a dataset), not 32MB");
        assertThatThrownBy(() -> TradeTable.size("max-temp-size", "61MiB", "10GB")).hasMessageContaining("max-temp-size must be at least 64MB");
        assertThatThrownBy(() -> TradeTable.size("memory-limit", "0.05GB", "1GB")).hasMessageContaining("at least 64MB");
        assertThat(TradeTable.size("memory-limit", "64MB", "1GB")).isEqualTo("64MB");
        assertThat(TradeTable.size("memory-limit", "62MiB", "1GB")).isEqualTo("62MiB"); // 65,011,712 bytes
        assertThat(TradeTable.size("memory-limit", " ", "1GB")).isEqualTo("1GB");
        assertThatThrownBy(() -> TradeTable.size("memory-limit", "lots", "1GB")).hasMessageContaining("must be a size such as 1GB");
    }

    @Test
    void theStoreDoesNotOpenWithTooLittleMemoryAndOpensWithTheBoundsGiven(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new TradeTable(dir.resolve("small.duckdb").toString(), "16MB", "", "10GB"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memory-limit must be at least 64MB");
        TradeTable t = new TradeTable(dir.resolve("trade.duckdb").toString(), "100MB", dir.resolve("spill").toString(), "1GB");
        try (java.sql.Connection c = t.connection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select current_setting('memory_limit'), current_setting('max_temp_directory_size'), "
                     + "current_setting('temp_directory')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("95.3 MiB"); // 100MB = 10^8 bytes
            assertThat(rs.getString(2)).isEqualTo("953.6 MiB");
            assertThat(Path.of(rs.getString(3))).isEqualTo(dir.resolve("spill").toAbsolutePath());
        } finally {
            t.close();
        }
    }
}
