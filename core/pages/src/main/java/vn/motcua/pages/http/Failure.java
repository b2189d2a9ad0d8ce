package vn.motcua.pages.http;

import java.util.OptionalInt;
import vn.motcua.storage.StorageUnavailableException;

/**
 * The one error path of every front: what status an exception escaping a page or an endpoint becomes. Each front
 * then writes its own body (a page in the citizen's language, a workspace page, an RFC 9457 problem), but the
 * status, the {@code Retry-After} and whether it is a bug to log with its stack trace are decided here.
 *
 * @param status     the HTTP status to answer
 * @param retryAfter seconds for a {@code Retry-After} header, when the client may simply try again
 * @param kind       what happened, for the body's wording
 */
public record Failure(int status, OptionalInt retryAfter, Kind kind) {

    /** What happened, as the body tells it. */
    public enum Kind {
        /** The request cannot be read (malformed parameters or form). */
        BAD_REQUEST,
        /** The form is over the size limit. */
        TOO_LARGE,
        /** A service the page needs is not there yet (the platform is starting or a bundle restarting). */
        STARTING,
        /** The database does not answer; nothing was done (decision 1412). */
        DATABASE_DOWN,
        /** A bug: logged with its stack trace, never shown. */
        UNEXPECTED
    }

    /** Seconds a client waits before retrying while a service starts. */
    public static final int STARTING_RETRY_SECONDS = 2;

    /** Long enough for a PostgreSQL fail-over or a pool to free a connection, short enough for a waiting citizen. */
    public static final int DATABASE_RETRY_SECONDS = 5;

    /** The failure an exception stands for. */
    public static Failure of(Throwable e) {
        if (e instanceof UnreadableFormException u) {
            return u.tooLarge() ? new Failure(413, OptionalInt.empty(), Kind.TOO_LARGE) : new Failure(400, OptionalInt.empty(), Kind.BAD_REQUEST);
        }
        if (e instanceof ServiceStartingException) {
            return new Failure(503, OptionalInt.of(STARTING_RETRY_SECONDS), Kind.STARTING);
        }
        if (StorageUnavailableException.in(e).isPresent()) {
            return new Failure(503, OptionalInt.of(DATABASE_RETRY_SECONDS), Kind.DATABASE_DOWN);
        }
        return new Failure(500, OptionalInt.empty(), Kind.UNEXPECTED);
    }

    /** Whether to log the exception as an error with its stack trace (only bugs are). */
    public boolean unexpected() {
        return kind == Kind.UNEXPECTED;
    }
}
