package vn.motcua.launcher;

/** The platform could not start; the message says why and what to do. */
public class PlatformStartException extends RuntimeException {
    public PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
