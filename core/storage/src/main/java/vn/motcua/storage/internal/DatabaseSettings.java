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
     * The URL with the settings durability depends on (decision 0301) unless the operator set them:
     * {@code RETENTION_TIME=1000}: superseded chunks become reusable after one second instead of H2's default 45 s, which
     * keeps the file bounded; 0 is faster but H2 2.3 then fails with "Chunk not found" under concurrent transactions.
     */
    String effectiveUrl() {
        if (!isH2File() || url.toUpperCase(Locale.ROOT).contains("RETENTION_TIME")) {
            return url;
        }
        return url + ";RETENTION_TIME=1000";
    }

    String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
