package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A 2xx means the data is on disk, on the embedded default too (issue 12: a calculation saved and
 * the process killed with {@code kill -9} right after was lost in 4 of 5 trials). H2 writes a
 * commit to its file only after {@code WRITE_DELAY} (500 ms by default); the product's URL sets it
 * to 0. This test runs the product's own H2 URL (from {@code application.yml}, pointed at a
 * temporary folder) in a second JVM that commits rows one by one and halts the moment the last
 * commit returns, as {@code kill -9} would, then opens the file and counts the rows.
 */
class EmbeddedDatabaseDurabilityTest {

    private static final int ROWS = 20;

    @Test
    void everyCommittedRowSurvivesAProcessThatDiesRightAfterTheCommit(@TempDir Path dir) throws Exception {
        String url = productUrl().replace("./data/tradedesk", dir.resolve("tradedesk").toString());
        assertThat(url).contains("WRITE_DELAY=0");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenDie.class.getName(), url)
                .redirectErrorStream(true).start();
        String said;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            said = out.readLine();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(said).isEqualTo("committed " + ROWS);

        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from durability_probe")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rows committed before the process died").isEqualTo(ROWS);
        }
    }

    static String productUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        // the default document only, not the postgres profile's
        yaml.setDocumentMatchers(doc -> doc.containsKey("spring.config.activate.on-profile")
                ? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
        Properties p = yaml.getObject();
        return p.getProperty("spring.datasource.url");
    }

    /** The second JVM: commit each row, say so, and die without closing anything. */
    public static final class CommitThenDie {
        public static void main(String[] args) throws Exception {
            Connection c = DriverManager.getConnection(args[0], "sa", "");
            try (Statement s = c.createStatement()) {
                s.execute("create table durability_probe (id int primary key, note varchar(100))");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into durability_probe values (?, ?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "saved calculation " + i);
                    insert.executeUpdate(); // auto-commit: each row is its own committed transaction
                }
            }
            System.out.println("committed " + ROWS);
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
