package vn.motcua.reports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import vn.motcua.storage.internal.DatabaseSettings;

/**
 * The database {@link ReportBench} fills and times: by default the H2 file under the data folder, as before; with
 * {@code -Dbench.db.url=jdbc:postgresql://…} (and {@code bench.db.user}, {@code bench.db.password}) a PostgreSQL
 * database, empty before generation, whose schema Flyway creates as the platform does.
 *
 * @param settings the database the store opens
 * @param dataDir  the bench's data folder (the H2 file lives there)
 */
record BenchDatabase(DatabaseSettings settings, Path dataDir) {

    static BenchDatabase of(Properties properties, Path dataDir) {
        String url = properties.getProperty("bench.db.url");
        if (url == null || url.isBlank()) {
            return new BenchDatabase(DatabaseSettings.h2File(dataDir), dataDir);
        }
        return new BenchDatabase(new DatabaseSettings(url, properties.getProperty("bench.db.user"),
                properties.getProperty("bench.db.password"), 16), dataDir);
    }

    boolean postgres() {
        return settings.url().startsWith("jdbc:postgresql:");
    }

    /**
     * The generator's connection. On PostgreSQL the driver rewrites each batch into multi-row INSERTs
     * ({@code reWriteBatchedInserts}): one round trip per few hundred rows instead of one per row.
     */
    Connection openForLoading() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", settings.user());
        p.setProperty("password", settings.password());
        if (postgres()) {
            p.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(settings.url(), p);
    }

    /**
     * What an operator runs after a bulk load: without fresh statistics PostgreSQL plans the first queries over a
     * million rows as if the tables were empty (autovacuum analyses them only later, at its own pace). H2 is left
     * as it always was.
     */
    void afterLoad() throws SQLException {
        if (!postgres()) {
            return;
        }
        long t0 = System.nanoTime();
        try (Connection c = openForLoading(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        System.out.printf("ANALYZE in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The id of the last generated event: the roll-up's event mark starts after it. */
    long lastEventId() throws SQLException {
        try (Connection c = openForLoading(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The settings the timed store opens. H2 would answer a repeated identical query from the result it kept
     * ({@code OPTIMIZE_REUSE_RESULTS}): the repeated runs must do the work again, so that "median" is a warm query
     * and not a cache hit. For the bench only; PostgreSQL has no such cache.
     */
    DatabaseSettings measuredSettings() {
        if (postgres()) {
            return settings;
        }
        return new DatabaseSettings(settings.url() + ";OPTIMIZE_REUSE_RESULTS=FALSE", settings.user(),
                settings.password(), settings.maxConnections());
    }

    /** One line on the size of the data, as printed before the measurements. */
    String size() throws IOException, SQLException {
        if (!postgres()) {
            return String.format("H2 file: %,d MB", Files.size(dataDir.resolve("db").resolve("motcua.mv.db")) >> 20);
        }
        try (Connection c = openForLoading(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_database(), pg_database_size(current_database())")) {
            rs.next();
            return String.format("PostgreSQL database %s: %,d MB", rs.getString(1), rs.getLong(2) >> 20);
        }
    }
}
