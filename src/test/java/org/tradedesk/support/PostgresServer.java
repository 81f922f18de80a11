package org.tradedesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the {@link PostgresTest} suite runs on, looked up once per JVM.
 *
 * <p>First choice is a real server at {@code TRADEDESK_PG_URL}. If it is not reachable and we are
 * not on CI, an embedded PostgreSQL 17 (zonky binaries from Maven Central) is started instead, so a
 * developer still gets a real PostgreSQL; under {@code CI=true} an unreachable configured server
 * is a failure, not something to paper over.
 */
public final class PostgresServer {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/tradedesk_test";
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");

    /** Either a server or the reason there is none. */
    public record Lookup(PostgresServer server, String reason) {
    }

    private static Lookup lookup;

    private final String url;
    private final String user;
    private final String password;
    private final String description;

    private PostgresServer(String url, String user, String password, String description) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.description = description;
    }

    public static synchronized Lookup lookup() {
        if (lookup == null) {
            lookup = locate();
            if (lookup.server() != null) {
                System.out.println("[tradedesk] PostgreSQL suite runs on " + lookup.server().description);
            }
        }
        return lookup;
    }

    static PostgresServer require() {
        Lookup found = lookup();
        if (found.server() == null) {
            throw new IllegalStateException("PostgreSQL unavailable: " + found.reason());
        }
        return found.server();
    }

    private static Lookup locate() {
        String url = env("TRADEDESK_PG_URL", DEFAULT_URL);
        String user = env("TRADEDESK_PG_USER", "tradedesk");
        String password = env("TRADEDESK_PG_PASSWORD", "tradedesk");
        if (!URL.matcher(url).matches()) {
            return new Lookup(null, "TRADEDESK_PG_URL=" + url + " is not a jdbc:postgresql://host:port/database URL");
        }
        PostgresServer configured = new PostgresServer(url, user, password, url + " as " + user);
        String problem = configured.probe();
        if (problem == null) {
            return new Lookup(configured, null);
        }
        String reason = "cannot connect to " + url + " as " + user + " (" + problem + ")";
        if (Ci.isOn() || "false".equalsIgnoreCase(System.getenv("TRADEDESK_PG_EMBEDDED"))) {
            return new Lookup(null, reason);
        }
        try {
            return new Lookup(EmbeddedServer.start(), null);
        } catch (Exception | LinkageError e) {
            return new Lookup(null, reason + "; embedded PostgreSQL did not start either (" + e + ")");
        }
    }

    /** Null when a connection works, otherwise what went wrong. */
    private String probe() {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    static PostgresServer embedded(String url, String user, String password) {
        return new PostgresServer(url, user, password, "embedded PostgreSQL at " + url);
    }

    /** Creates an empty database owned by the suite's user and returns its name. */
    String createDatabase(String hint) {
        String readable = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = "tdt_" + readable.substring(0, Math.min(30, readable.length())) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute("create database " + name);
        return name;
    }

    /** Drops a database made by {@link #createDatabase}, ending any session still open on it. */
    void dropDatabase(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    String urlOf(String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + url);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on " + url + " as " + user + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
