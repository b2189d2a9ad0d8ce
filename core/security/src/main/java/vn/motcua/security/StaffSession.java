package vn.motcua.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A login session as the HTTP layer needs it.
 *
 * @param id        the secret session id for the cookie; only its hash is stored; {@code null} when the session was
 *                  looked up rather than created (the id is never read back)
 * @param csrfToken the token every state-changing request of this session must carry
 * @param identity  who is logged in
 * @param expiresAt absolute expiry (an idle session ends earlier)
 */
public record StaffSession(String id, String csrfToken, StaffIdentity identity, Instant expiresAt) {
    public StaffSession {
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Redacted: the id and the token are secrets. */
    @Override
    public String toString() {
        return "StaffSession[" + identity.accountId() + ", expires " + expiresAt + "]";
    }
}
