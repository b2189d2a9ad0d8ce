package vn.motcua.storage.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the database is.
 *
 * @param url            JDBC URL, {@code jdbc:h2:file:…} or {@code jdbc:postgresql:…}
 * @param user           user name; may be empty
 * @param password       password; may be empty
 * @param maxConnections pool size
 */
public record DatabaseSettings(String url, String user, String password, int maxConnections) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        maxConnections = maxConnections <= 0 ? 16 : maxConnections;
    }

    /** The default: an H2 file {@code <dataDir>/db/motcua.mv.db}. */
    public static DatabaseSettings h2File(Path dataDir) {
        return new DatabaseSettings("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("motcua"), "sa", "", 16);
    }

    public static DatabaseSettings of(String url) {
        return new DatabaseSettings(url, "", "", 16);
    }

    boolean isH2File() {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /**
     * The URL with the settings durability and speed depend on (decisions 0301, 0901), each unless the operator set it:
     * {@code RETENTION_TIME=1000}: superseded chunks become reusable after one second instead of H2's default 45 s, which
     * keeps the file bounded; 0 is faster but H2 2.3 then fails with "Chunk not found" under concurrent transactions.
     * {@code QUERY_CACHE_SIZE=64}: each pooled session keeps 64 parsed statements instead of 8; a dossier action and a
     * submission use more than 8 distinct statements together, so the default cache kept re-parsing them.
     */
    String effectiveUrl() {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        String effective = url;
        if (isH2File() && !upper.contains("RETENTION_TIME")) {
            effective += ";RETENTION_TIME=1000";
        }
        if (!upper.contains("QUERY_CACHE_SIZE")) {
            effective += ";QUERY_CACHE_SIZE=64";
        }
        return effective;
    }

    String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
