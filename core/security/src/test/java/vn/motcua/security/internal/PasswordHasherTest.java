package vn.motcua.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new PasswordHasher.Params(256, 1, 1), new Secrets(new SecureRandom()));

    @Test
    void hashIsArgon2idSaltedAndVerifiesOnlyTheRightPassword() {
        String a = hasher.hash("mật khẩu đúng 123");
        String b = hasher.hash("mật khẩu đúng 123");
        assertTrue(a.startsWith("$argon2id$v=19$m=256,t=1,p=1$"), a);
        assertFalse(a.contains("mật khẩu"));
        assertNotEquals(a, b, "a random salt per hash");
        assertTrue(hasher.verify("mật khẩu đúng 123", a));
        assertTrue(hasher.verify("mật khẩu đúng 123", b));
        assertFalse(hasher.verify("mật khẩu đúng 124", a));
        assertFalse(hasher.verify("", a));
        assertFalse(hasher.verify(null, a));
    }

    @Test
    void malformedOrTamperedHashesNeverVerify() {
        String h = hasher.hash("correct horse battery");
        String[] parts = h.split("\\$");
        assertFalse(hasher.verify("correct horse battery", h.replace("argon2id", "argon2i")));
        assertFalse(hasher.verify("correct horse battery", "$argon2id$v=19$m=999999999,t=1,p=1$" + parts[4] + "$" + parts[5]),
                "absurd memory refused, not attempted");
        assertFalse(hasher.verify("correct horse battery", "plain"));
        assertFalse(hasher.verify("correct horse battery", "$argon2id$v=19$m=256,t=1,p=1$!!$" + parts[5]));
        String otherSalt = hasher.hash("correct horse battery").split("\\$")[4];
        assertFalse(hasher.verify("correct horse battery", "$argon2id$v=19$m=256,t=1,p=1$" + otherSalt + "$" + parts[5]));
    }

    @Test
    void hashesOfWeakerParametersAskForARehash() {
        PasswordHasher stronger = new PasswordHasher(new PasswordHasher.Params(512, 2, 1), new Secrets(new SecureRandom()));
        String old = hasher.hash("correct horse battery");
        assertTrue(stronger.verify("correct horse battery", old), "old parameters still verify");
        assertTrue(stronger.needsRehash(old));
        assertFalse(stronger.needsRehash(stronger.hash("correct horse battery")));
    }
}
