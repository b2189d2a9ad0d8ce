package vn.motcua.storage;

import java.util.Optional;

/**
 * The database cannot be reached right now (server down, failing over, network cut, no free connection within the
 * pool's timeout), as opposed to a statement it refused. Worth retrying later, so HTTP layers answer it with
 * {@code 503} and {@code Retry-After} instead of {@code 500} (issue 14, decision 1412).
 */
public class StorageUnavailableException extends StorageException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** This exception anywhere in the cause chain of {@code t}: callers need not know which layer wrapped it. */
    public static Optional<StorageUnavailableException> in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StorageUnavailableException s) {
                return Optional.of(s);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }
}
