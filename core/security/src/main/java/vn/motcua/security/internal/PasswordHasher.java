package vn.motcua.security.internal;

import java.security.MessageDigest;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * argon2id through BouncyCastle, stored in the PHC string format {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}, so that
 * parameters can be raised later and old hashes still verify (decision 0601). Thread-safe.
 */
final class PasswordHasher {

    /** OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane. */
    static final Params DEFAULT = new Params(19 * 1024, 2, 1);

    /** Cost parameters. */
    record Params(int memoryKiB, int iterations, int parallelism) {
    }

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int HASH_BYTES = 32;

    private final Params params;
    private final Secrets secrets;
    /** Verified against when the login is unknown, so that the answer takes as long as for a wrong password. */
    private final String dummy;

    PasswordHasher(Params params, Secrets secrets) {
        this.params = params;
        this.secrets = secrets;
        this.dummy = hash(secrets.password());
    }

    String hash(String password) {
        byte[] salt = secrets.salt();
        byte[] out = derive(password, salt, params);
        return "$argon2id$v=19$m=" + params.memoryKiB() + ",t=" + params.iterations() + ",p=" + params.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** Constant-time comparison; false for any malformed hash. */
    boolean verify(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        try {
            Params p = parse(parts[3]);
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, salt, p, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Burns the time of one verification; used for unknown logins. */
    void verifyDummy(String password) {
        verify(password == null ? "" : password, dummy);
    }

    /** True when the hash was made with weaker parameters than today's. */
    boolean needsRehash(String encoded) {
        return !encoded.startsWith("$argon2id$v=19$m=" + params.memoryKiB() + ",t=" + params.iterations() + ",p=" + params.parallelism() + "$");
    }

    private static Params parse(String s) {
        int m = -1;
        int t = -1;
        int p = -1;
        for (String kv : s.split(",")) {
            String[] pair = kv.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException(s);
            }
            int v = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> p = v;
                default -> throw new IllegalArgumentException(s);
            }
        }
        // Refuse absurd parameters a tampered row could carry (a denial of service by memory).
        if (m < 8 || m > 1024 * 1024 || t < 1 || t > 20 || p < 1 || p > 16) {
            throw new IllegalArgumentException(s);
        }
        return new Params(m, t, p);
    }

    private static byte[] derive(String password, byte[] salt, Params p) {
        return derive(password, salt, p, HASH_BYTES);
    }

    private static byte[] derive(String password, byte[] salt, Params p, int length) {
        if (length < 16 || length > 64) {
            throw new IllegalArgumentException("hash length");
        }
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.toCharArray(), out);
        return out;
    }
}
