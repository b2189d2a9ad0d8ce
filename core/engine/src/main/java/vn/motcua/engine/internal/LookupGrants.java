package vn.motcua.engine.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.engine.citizen.Grant;

/**
 * Short-lived grants to one dossier, in memory. The second factor stays here, on the server, so later pages need
 * neither ask for it again nor carry it anywhere; the browser holds only a random token. Thread-safe.
 */
final class LookupGrants {

    record Held(Grant grant, String factor) {
    }

    static final Duration LIFETIME = Duration.ofMinutes(20);
    private static final int MAX_GRANTS = 200_000;

    private final Map<String, Held> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;

    LookupGrants(Clock clock) {
        this(clock, LIFETIME);
    }

    /** Grants that live {@code lifetime}, e.g. the counter's one-time rating links. */
    LookupGrants(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Grant open(String dossierCode, String factor) {
        Instant now = clock.instant();
        if (grants.size() >= MAX_GRANTS) {
            grants.values().removeIf(h -> !h.grant().expiresAt().isAfter(now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Grant g = new Grant(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), dossierCode, now.plus(lifetime));
        grants.put(g.token(), new Held(g, factor));
        return g;
    }

    /** The live grant of {@code token} if it opens {@code dossierCode}. */
    Optional<Held> find(String token, String dossierCode) {
        if (dossierCode == null) {
            return Optional.empty();
        }
        return find(token).filter(h -> h.grant().dossierCode().equals(dossierCode));
    }

    /** The live grant of {@code token}, whichever dossier it opens. */
    Optional<Held> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Held h = grants.get(token);
        if (h == null) {
            return Optional.empty();
        }
        if (!h.grant().expiresAt().isAfter(clock.instant())) {
            grants.remove(token);
            return Optional.empty();
        }
        return Optional.of(h);
    }

    /** Ends the grant; true only for the one caller that ended it while live (single use under concurrency). */
    boolean consume(String token) {
        return token != null && grants.remove(token) != null;
    }

    void close(String token) {
        if (token != null) {
            grants.remove(token);
        }
    }
}
