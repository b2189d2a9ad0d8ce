package vn.motcua.security;

import java.time.Duration;

/** Too many recent failed logins for the account or the client; retry after {@link #retryAfter()}. */
public class LoginThrottledException extends StaffSecurityException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("login throttled for " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
