package vn.motcua.engine.citizen;

import java.time.Instant;
import java.util.Objects;

/**
 * Access to one dossier for its applicant, opened with the second factor.
 *
 * @param token       random, unguessable; keep it in an HttpOnly cookie, never in a URL
 * @param dossierCode the dossier it opens
 * @param expiresAt   when it stops working
 */
public record Grant(String token, String dossierCode, Instant expiresAt) {
    public Grant {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
