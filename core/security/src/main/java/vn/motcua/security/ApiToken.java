package vn.motcua.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token of an API client, as listed (never the secret).
 *
 * @param id        public id, to revoke
 * @param name      what the client is
 * @param createdAt when issued
 * @param expiresAt when it stops working
 * @param revoked   revoked before expiry
 */
public record ApiToken(String id, String name, Instant createdAt, Instant expiresAt, boolean revoked) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
