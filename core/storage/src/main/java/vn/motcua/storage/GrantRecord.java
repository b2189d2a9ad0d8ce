package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's short-lived grant to one dossier as stored: never the token itself.
 *
 * @param tokenHash    SHA-256 of the token, lower-case hex (64 characters)
 * @param kind         {@code LOOKUP} or {@code COUNTER}
 * @param dossierCode  the dossier the grant opens
 * @param sealedFactor the second factor, encrypted with a key only the token's holder can derive; null when none
 * @param expiresAt    when the grant ends
 */
public record GrantRecord(String tokenHash, String kind, String dossierCode, String sealedFactor, Instant expiresAt) {
    public GrantRecord {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
