package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token of an API client. Only the SHA-256 of the token is stored.
 *
 * @param id        public id, to list and revoke the token
 * @param tokenHash hex SHA-256 of the token
 * @param login     account the token acts for
 * @param name      what the client is, chosen by the person who issued it
 * @param createdAt when issued
 * @param expiresAt when it stops working
 * @param revoked   revoked before expiry
 */
public record StaffApiTokenRecord(String id, String tokenHash, String login, String name, Instant createdAt,
                                  Instant expiresAt, boolean revoked) {
    public StaffApiTokenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
