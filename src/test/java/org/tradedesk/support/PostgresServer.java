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

    /**
     * Either a server or the reason there is none; {@code fallbackReason} says why the configured server was
     * not used when the suite runs on an embedded one instead.
     */
    public record Lookup(PostgresServer server, String reason, String fallbackReason) {
        public Lookup(PostgresServer server, String reason) {
            this(server, reason, null);
        }
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
                System.out.println("[tradedesk] PostgreSQL suite runs on " + lookup.server().description
                        + (lookup.fallbackReason() == null ? "" : ", because " + lookup.fallbackReason()));
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
        String reason = problem;
        if (Ci.isOn() || "false".equalsIgnoreCase(System.getenv("TRADEDESK_PG_EMBEDDED"))) {
            return new Lookup(null, reason);
        }
        try {
            return new Lookup(EmbeddedServer.start(), null, reason);
        } catch (Exception | LinkageError e) {
            return new Lookup(null, reason + "; embedded PostgreSQL did not start either (" + e + ")");
        }
    }

    /** Null when a connection works and may create the per-class databases, otherwise what is wrong and how to fix it. */
    private String probe() {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select rolcreatedb from pg_roles where rolname = current_user")) {
            if (rs.next() && !rs.getBoolean(1)) {
                return "the server at " + hostPort(url) + " answers and role '" + user + "' logs in, but has no CREATEDB "
                        + "(each test class needs a database of its own): ALTER ROLE " + user + " CREATEDB";
            }
            return null;
        } catch (SQLException e) {
            return explain(url, user, e);
        }
    }

    /**
     * Why a connection failed, in words that tell "nothing listens there" apart from "a server answers but
     * refuses this role or database" — the second is a setup step, not an unreachable server. By SQLSTATE
     * (PostgreSQL Appendix A: class 08 connection exception, 28 invalid authorization, 3D invalid catalog).
     */
    static String explain(String url, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = hostPort(url);
        String database = url.replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("\\?.*$", "");
        if (state.equals("28000") || state.equals("28P01")) {
            return "a server answers at " + where + " but refuses role '" + user + "' (" + e.getMessage() + "): create it with "
                    + "CREATE ROLE " + user + " LOGIN CREATEDB PASSWORD '...', or set TRADEDESK_PG_USER/TRADEDESK_PG_PASSWORD";
        }
        if (state.equals("3D000")) {
            return "a server answers at " + where + " but has no database '" + database + "': CREATE DATABASE " + database
                    + " OWNER " + user + ", or set TRADEDESK_PG_URL";
        }
        if (state.startsWith("08")) {
            return "no PostgreSQL server answers at " + where + " (" + e.getMessage() + "); start one or set TRADEDESK_PG_URL";
        }
        return "cannot use " + url + " as " + user + " (SQLSTATE " + state + ": " + e.getMessage() + ")";
    }

    private static String hostPort(String url) {
        return url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
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
