package vn.motcua.storage;

/**
 * A unique key was violated: a concurrent writer inserted the same event sequence, idempotency key, dossier
 * code or daily sequence first. The transaction has been rolled back; the caller decides whether that is a
 * conflict or a retry.
 */
public class DuplicateKeyException extends StorageException {
    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
