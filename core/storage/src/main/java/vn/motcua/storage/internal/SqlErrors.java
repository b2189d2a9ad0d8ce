package vn.motcua.storage.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.StorageException;
import vn.motcua.storage.StorageUnavailableException;

/**
 * Turns driver exceptions into storage exceptions; the SQL state of a unique violation is 23505 on H2 and PostgreSQL.
 * A database that cannot be reached becomes {@link StorageUnavailableException} (decision 1412).
 */
final class SqlErrors {

    /**
     * SQL states (besides the connection class 08) meaning "not now" rather than "never": PostgreSQL shutting down or
     * starting (57P01–57P03), too many connections (53300), out of disk or memory (53100, 53200), read-only during a
     * fail-over (25006); H2's database closed or being closed (90098, 90121), connection broken (90067), file locked
     * (90020), out of disk (90100).
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300", "53100", "53200", "25006",
            "90098", "90121", "90067", "90020", "90100");

    private SqlErrors() {
    }

    static StorageException translate(RuntimeException e) {
        if (e instanceof StorageException se) {
            return se;
        }
        return translate((Exception) e);
    }

    /** For the statements this bundle runs on plain JDBC ({@link JdbiStoreTransaction}). */
    static StorageException translate(SQLException e) {
        return translate((Exception) e);
    }

    private static StorageException translate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return new DuplicateKeyException(sql.getMessage(), e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (unavailable(t)) {
                return new StorageUnavailableException("database unavailable: " + t.getMessage(), e);
            }
        }
        return new StorageException("database error: " + e.getMessage(), e);
    }

    static boolean unavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || UNAVAILABLE.contains(state);
        }
        return t instanceof java.net.ConnectException || t instanceof java.net.SocketException;
    }
}
