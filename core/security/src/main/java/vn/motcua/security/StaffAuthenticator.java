package vn.motcua.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Resolves the credentials a request carries to a staff identity. Thread-safe and fast: called on every staff request. */
@ProviderType
public interface StaffAuthenticator {

    /**
     * @param sessionId   value of the session cookie, or {@code null}
     * @param bearerToken token of an {@code Authorization: Bearer} header, or {@code null}
     * @return the identity, or empty when neither is valid (expired, revoked, unknown)
     */
    Optional<StaffIdentity> authenticate(String sessionId, String bearerToken);
}
