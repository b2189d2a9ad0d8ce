package vn.motcua.engine.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.storage.CitizenAccessStore;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.GrantRecord;

/**
 * Short-lived grants to one dossier, in the database so that any node honours a grant another node opened (issue 14,
 * decision 1410). The second factor stays on the server, so later pages need neither ask for it again nor carry it
 * anywhere; the browser holds only a random token. The table holds neither: the token's SHA-256 names the row and the
 * factor is sealed (AES-GCM) with a key derived from the token, so a copy of the database opens no dossier and reveals
 * no phone number. Thread-safe.
 */
final class LookupGrants {

    record Held(Grant grant, String factor) {
    }

    static final Duration LIFETIME = Duration.ofMinutes(20);
    /** How often expired grants are deleted, by whichever node opens a grant first after this pause. */
    private static final long PURGE_MILLIS = 60_000;

    private final CitizenAccessStore store;
    private final String kind;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;
    private final AtomicLong nextPurge = new AtomicLong();

    LookupGrants(CitizenAccessStore store, String kind, Clock clock) {
        this(store, kind, clock, LIFETIME);
    }

    /** Grants of {@code kind} that live {@code lifetime}, e.g. the counter's one-time rating links. */
    LookupGrants(CitizenAccessStore store, String kind, Clock clock, Duration lifetime) {
        this.store = store;
        this.kind = kind;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Grant open(String dossierCode, String factor) {
        Instant now = clock.instant();
        purge(now);
        for (int attempt = 0; ; attempt++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Grant g = new Grant(token, dossierCode, now.plus(lifetime));
            try {
                store.insertGrant(new GrantRecord(hash(token), kind, dossierCode, seal(token, factor), g.expiresAt()));
                return g;
            } catch (DuplicateKeyException collision) {
                // 256 random bits do not collide; a retry costs nothing if they ever do
                if (attempt >= 2) {
                    throw collision;
                }
            }
        }
    }

    /** Deletes expired grants at most once a minute per node; the DELETE is idempotent across nodes. */
    private void purge(Instant now) {
        long due = nextPurge.get();
        if (now.toEpochMilli() >= due && nextPurge.compareAndSet(due, now.toEpochMilli() + PURGE_MILLIS)) {
            store.deleteExpiredGrants(now);
        }
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
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<GrantRecord> r = store.grant(hash).filter(g -> g.kind().equals(kind));
        if (r.isEmpty()) {
            return Optional.empty();
        }
        GrantRecord g = r.get();
        if (!g.expiresAt().isAfter(clock.instant())) {
            store.deleteGrant(hash);
            return Optional.empty();
        }
        return Optional.of(new Held(new Grant(token, g.dossierCode(), g.expiresAt()), unseal(token, g.sealedFactor())));
    }

    /** Ends the grant; true only for the one caller that ended it while live (single use under concurrency, any node). */
    boolean consume(String token) {
        return find(token).isPresent() && store.deleteGrant(hash(token));
    }

    void close(String token) {
        if (token != null && !token.isEmpty() && token.length() <= 100) {
            store.deleteGrant(hash(token));
        }
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(sha256("motcua-grant-id:" + token));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The factor encrypted under a key only the token's holder can derive: IV (12 bytes) then ciphertext, Base64. */
    private String seal(String token, String factor) {
        if (factor == null) {
            return null;
        }
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(token), new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(factor.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static String unseal(String token, String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(token), new GCMParameterSpec(128, in, 0, 12));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored grant's factor does not open with its token", e);
        }
    }

    private static SecretKeySpec key(String token) {
        return new SecretKeySpec(sha256("motcua-grant-key:" + token), "AES");
    }
}
