package vn.motcua.bench.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Diagnostics of an embedded H2 file for the benchmarks: how full the file and its chunks are while it is open, and how
 * small the same data gets after a full {@code SHUTDOWN COMPACT} (the live data). Reads H2 internals; bench only.
 */
final class H2FileStats {

    private H2FileStats() {
    }

    /** Fill rates of the open database under {@code dir/db/motcua}, opened in this JVM. */
    static String fillRates(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(dir), "sa", "")) {
            MVStore store = ((SessionLocal) ((JdbcConnection) c).getSession()).getDatabase().getStore().getMvStore();
            return String.format("fileFill=%d%% chunksFill=%d%%", store.getFillRate(), store.getFileStore().getChunksFillRate());
        }
    }

    /** Compacts the closed database fully and returns its size in MB: what the data needs without free space. */
    static double compactedMegabytes(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection(url(dir), "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return Files.size(dir.resolve("db").resolve("motcua.mv.db")) / 1e6;
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db").resolve("motcua");
    }
}
