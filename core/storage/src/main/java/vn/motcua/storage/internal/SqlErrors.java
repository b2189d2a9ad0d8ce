package vn.motcua.storage.internal;

import java.sql.SQLException;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.StorageException;

/** Turns driver exceptions into storage exceptions; the SQL state of a unique violation is 23505 on H2 and PostgreSQL. */
final class SqlErrors {
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
        return new StorageException("database error: " + e.getMessage(), e);
    }
}
