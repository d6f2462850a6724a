package vn.civic.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh PostgreSQL database for this test run, created on the real server (127.0.0.1:5432 with trust
 * authentication on CI machines; override with CIVIC_TEST_PG_HOST, CIVIC_TEST_PG_PORT, CIVIC_TEST_PG_USER and
 * CIVIC_TEST_PG_PASSWORD). The application contexts hold connections until the JVM exits, so a run does not drop its
 * own database: the next run drops the databases earlier runs left, once nothing is connected to them.
 */
public final class PostgresTestDatabase {

    private static final String HOST = TestEnvironment.env("CIVIC_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = TestEnvironment.env("CIVIC_TEST_PG_PORT", "5432");
    private static final String USER = TestEnvironment.env("CIVIC_TEST_PG_USER", "postgres");
    private static final String PASSWORD = TestEnvironment.env("CIVIC_TEST_PG_PASSWORD", "");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private static volatile String databaseName;
    private static volatile String unavailableReason;

    private PostgresTestDatabase() {}

    /** Null when the server answers, otherwise why it does not. */
    public static synchronized String unavailableReason() {
        if (databaseName == null && unavailableReason == null) {
            try {
                create();
            } catch (SQLException e) {
                unavailableReason =
                        "PostgreSQL at " + HOST + ":" + PORT + " is not reachable as " + USER + ": " + e.getMessage();
            }
        }
        return unavailableReason;
    }

    public static String jdbcUrl() {
        if (unavailableReason() != null) {
            throw new IllegalStateException(unavailableReason);
        }
        return url(databaseName);
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static void create() throws SQLException {
        String name = "civic_test_" + LocalDateTime.now().format(STAMP) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement s = c.createStatement()) {
            dropLeftovers(s);
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        }
        databaseName = name;
    }

    /**
     * Drops test databases of earlier runs that nobody is connected to and that are older than ten minutes (a run
     * started in parallel may not have connected to its new database yet).
     */
    private static void dropLeftovers(Statement s) throws SQLException {
        String cutoff = LocalDateTime.now().minusMinutes(10).format(STAMP);
        List<String> leftovers = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select datname from pg_database where datname like 'civic\\_test\\_%'"
                + " and datname not in (select datname from pg_stat_activity where datname is not null)")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String stamp = name.substring("civic_test_".length(), Math.min(name.length(), 26));
                if (stamp.compareTo(cutoff) < 0) {
                    leftovers.add(name);
                }
            }
        }
        for (String leftover : leftovers) {
            try {
                s.execute("drop database if exists " + leftover);
            } catch (SQLException e) {
                // someone connected meanwhile: leave it for a later run
            }
        }
    }
}
