package vn.motcua.security;

import java.util.Objects;

/**
 * A token just issued: the secret is shown once and never again.
 *
 * @param token  the secret to send as {@code Authorization: Bearer <token>}
 * @param info   its public description
 */
public record IssuedToken(String token, ApiToken info) {
    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(info, "info");
    }

    @Override
    public String toString() {
        return "IssuedToken[" + info + "]";
    }
}
