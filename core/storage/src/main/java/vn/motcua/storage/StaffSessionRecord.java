package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A login session. Only the SHA-256 of the session id is stored, so a copy of the database opens no session.
 *
 * @param idHash    hex SHA-256 of the session id the cookie carries
 * @param login     account id
 * @param createdAt when logged in
 * @param lastSeen  last authenticated request, for the idle expiry
 * @param expiresAt absolute expiry
 * @param csrfToken the per-session anti-forgery token
 * @param client    client address at login, for the audit log
 */
public record StaffSessionRecord(String idHash, String login, Instant createdAt, Instant lastSeen, Instant expiresAt,
                                 String csrfToken, String client) {
    public StaffSessionRecord {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }
}
