package vn.motcua.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.security.internal.SecurityFixture.grant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.security.AccessDeniedException;
import vn.motcua.security.CsrfCheck;
import vn.motcua.security.IssuedToken;
import vn.motcua.security.LoginFailedException;
import vn.motcua.security.LoginThrottledException;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.security.StaffSession;

class SessionServiceTest {

    private static final String PASSWORD = "mật khẩu của Lan 2026";

    @TempDir
    Path dir;

    @Test
    void loginOpensASessionThatAuthenticatesWithRolesPerUnit() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER), grant("00082", StaffRole.SPECIALIST));
            StaffSession s = f.sessions.login(" LAN ", PASSWORD, "10.0.0.1");
            StaffIdentity who = f.sessions.authenticate(s.id(), null).orElseThrow();
            assertEquals("lan", who.accountId());
            assertTrue(who.has(StaffRole.ONE_STOP_OFFICER, "00070"));
            assertFalse(who.has(StaffRole.ONE_STOP_OFFICER, "00082"), "roles hold per unit");
            assertEquals(Set.of("00070", "00082"), who.unitCodes());
            assertFalse(f.store.session(s.id()).isPresent(), "the id itself is never stored, only its hash");
            assertFalse(s.toString().contains(s.id()));
            assertTrue(f.auditEvents().contains("login"));
        }
    }

    @Test
    void unknownLoginWrongPasswordAndInactiveAccountFailAlike() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            assertThrows(LoginFailedException.class, () -> f.sessions.login("lan", "sai mật khẩu", "c"));
            assertThrows(LoginFailedException.class, () -> f.sessions.login("khong-co", PASSWORD, "c"));
            f.store.setActive("lan", false, vn.motcua.storage.ChangedBy.of("test", null));
            assertThrows(LoginFailedException.class, () -> f.sessions.login("lan", PASSWORD, "c"));
            assertEquals(3, f.auditEvents().stream().filter("login_failed"::equals).count());
            assertTrue(f.store.audit(100, 0).stream().noneMatch(r -> String.valueOf(r.detail()).contains("sai")), "no password in the audit log");
        }
    }

    @Test
    void fiveFailuresLockTheAccountFromThatClientEvenForTheRightPasswordThenTheLockDoublesAndExpires() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            for (int i = 0; i < 5; i++) {
                assertThrows(LoginFailedException.class, () -> f.sessions.login("lan", "đoán sai", "10.0.0.9"));
            }
            LoginThrottledException locked = assertThrows(LoginThrottledException.class, () -> f.sessions.login("lan", PASSWORD, "10.0.0.9"));
            assertEquals(Duration.ofSeconds(30), locked.retryAfter());

            f.clock.advance(Duration.ofSeconds(31));
            assertThrows(LoginFailedException.class, () -> f.sessions.login("lan", "đoán sai", "10.0.0.9"));
            assertEquals(Duration.ofSeconds(60), assertThrows(LoginThrottledException.class,
                    () -> f.sessions.login("lan", PASSWORD, "10.0.0.9")).retryAfter(), "the sixth failure doubles the lock");

            f.clock.advance(Duration.ofSeconds(61));
            f.sessions.login("lan", PASSWORD, "10.0.0.9");
            // A success clears the account's count: one more failure does not lock.
            assertThrows(LoginFailedException.class, () -> f.sessions.login("lan", "đoán sai", "10.0.0.9"));
            f.sessions.login("lan", PASSWORD, "10.0.0.9");
            assertTrue(f.auditEvents().contains("login_throttled"));
        }
    }

    /** Issue 16: five wrong passwords from an anonymous stranger locked {@code admin} out for everyone. */
    @Test
    void aStrangerCannotLockAnAccountOutForItsOwner() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("admin", PASSWORD, grant("01", StaffRole.CITY_ADMIN));
            for (int i = 0; i < 5; i++) {
                assertThrows(LoginFailedException.class, () -> f.sessions.login("admin", "đoán sai", "203.0.113.66"));
            }
            assertThrows(LoginThrottledException.class, () -> f.sessions.login("admin", PASSWORD, "203.0.113.66"));
            assertEquals("admin", f.sessions.login("admin", PASSWORD, "10.0.0.1").identity().accountId(),
                    "the owner, from their own address, still logs in");
        }
    }

    @Test
    void manyClientsTogetherLockTheAccountAtTheGlobalCeiling() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("admin", PASSWORD, grant("01", StaffRole.CITY_ADMIN));
            for (int i = 0; i < 100; i++) {
                String client = "198.51.100." + (i / 4);
                assertThrows(LoginFailedException.class, () -> f.sessions.login("admin", "đoán sai", client));
            }
            assertThrows(LoginThrottledException.class, () -> f.sessions.login("admin", PASSWORD, "10.0.0.1"),
                    "NIST SP 800-63B: at most 100 failures per account, whatever the addresses");
        }
    }

    @Test
    void oneClientGuessingManyAccountsIsLockedToo() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            for (int i = 0; i < 20; i++) {
                String login = "nguoi" + i;
                assertThrows(LoginFailedException.class, () -> f.sessions.login(login, "đoán sai", "10.6.6.6"));
            }
            assertThrows(LoginThrottledException.class, () -> f.sessions.login("lan", PASSWORD, "10.6.6.6"));
            f.sessions.login("lan", PASSWORD, "10.0.0.1");
        }
    }

    @Test
    void sessionsEndWhenIdleAtTheAbsoluteLimitAtLogoutAndOnDeactivation() {
        SecuritySettings settings = new SecuritySettings(Duration.ofMinutes(30), Duration.ofHours(12), 5, 20, 100,
                Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofDays(90));
        try (SecurityFixture f = new SecurityFixture(dir, settings)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            StaffSession idle = f.sessions.login("lan", PASSWORD, "c");
            f.clock.advance(Duration.ofMinutes(29));
            assertTrue(f.sessions.authenticate(idle.id(), null).isPresent());
            f.clock.advance(Duration.ofMinutes(29));
            assertTrue(f.sessions.authenticate(idle.id(), null).isPresent(), "use moves the idle clock");
            f.clock.advance(Duration.ofMinutes(31));
            assertTrue(f.sessions.authenticate(idle.id(), null).isEmpty(), "idle for more than 30 minutes");

            StaffSession busy = f.sessions.login("lan", PASSWORD, "c");
            for (int i = 0; i < 29; i++) { // 29 × 25 min = 12 h 5 min
                f.clock.advance(Duration.ofMinutes(25));
                f.sessions.authenticate(busy.id(), null);
            }
            assertTrue(f.sessions.authenticate(busy.id(), null).isEmpty(), "12 hours after login, however busy");

            StaffSession out = f.sessions.login("lan", PASSWORD, "c");
            f.sessions.logout(out.id(), "c");
            assertTrue(f.sessions.authenticate(out.id(), null).isEmpty());

            StaffSession gone = f.sessions.login("lan", PASSWORD, "c");
            f.store.setActive("lan", false, vn.motcua.storage.ChangedBy.of("test", null));
            assertTrue(f.sessions.authenticate(gone.id(), null).isEmpty(), "a deactivated account's session stops at once");
            assertTrue(f.sessions.authenticate("s_forged", null).isEmpty());
            assertTrue(f.sessions.authenticate(null, null).isEmpty());
        }
    }

    @Test
    void csrfTokenIsPerSessionAndAbsentSessionsNeedNone() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            StaffSession a = f.sessions.login("lan", PASSWORD, "c");
            StaffSession b = f.sessions.login("lan", PASSWORD, "c");
            assertEquals(CsrfCheck.VALID, f.sessions.checkCsrf(a.id(), a.csrfToken()));
            assertEquals(CsrfCheck.INVALID, f.sessions.checkCsrf(a.id(), b.csrfToken()), "another session's token");
            assertEquals(CsrfCheck.INVALID, f.sessions.checkCsrf(a.id(), null));
            assertEquals(CsrfCheck.NO_SESSION, f.sessions.checkCsrf("s_unknown", null));
            assertEquals(a.csrfToken(), f.sessions.session(a.id()).orElseThrow().csrfToken(), "the UI can fetch it again");
        }
    }

    @Test
    void bearerTokensWorkUntilRevokedOrExpiredAndOnlyTheOwnerRevokes() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            StaffIdentity lan = f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            StaffIdentity minh = f.account("minh", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            StaffSession s = f.sessions.login("lan", PASSWORD, "c");
            IssuedToken t = f.sessions.issueToken(s.id(), "máy quét", Duration.ofDays(1), "c");
            assertEquals("lan", f.sessions.authenticate(null, t.token()).orElseThrow().accountId());
            assertTrue(f.sessions.authenticate(null, "mct_forged").isEmpty());
            assertTrue(f.sessions.authenticate(s.id(), "mct_forged").isEmpty(), "a wrong bearer is not rescued by a cookie");

            assertThrows(vn.motcua.security.AccountNotFoundException.class, () -> f.sessions.revokeToken(minh, t.info().id(), "c"));
            f.sessions.revokeToken(lan, t.info().id(), "c");
            assertTrue(f.sessions.authenticate(null, t.token()).isEmpty());

            IssuedToken shortLived = f.sessions.issueToken(s.id(), "tạm", Duration.ofHours(1), "c");
            f.clock.advance(Duration.ofHours(2));
            assertTrue(f.sessions.authenticate(null, shortLived.token()).isEmpty());
            assertEquals(2, f.sessions.tokens(lan).size());
        }
    }

    /** Issue 16: a token could mint tokens that survived the revocation of their parent, and tokens lasted a year. */
    @Test
    void tokensAreMintedOnlyFromASessionFor30DaysByDefaultAnd90AtMost() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            StaffSession s = f.sessions.login("lan", PASSWORD, "c");
            IssuedToken parent = f.sessions.issueToken(s.id(), "máy quét", null, "c");
            assertEquals(Duration.ofDays(30), Duration.between(parent.info().createdAt(), parent.info().expiresAt()));
            IssuedToken capped = f.sessions.issueToken(s.id(), "dài", Duration.ofDays(365), "c");
            assertEquals(Duration.ofDays(90), Duration.between(capped.info().createdAt(), capped.info().expiresAt()));
            assertThrows(AccessDeniedException.class, () -> f.sessions.issueToken(parent.token(), "con", null, "c"),
                    "a bearer token is no session");
            assertThrows(AccessDeniedException.class, () -> f.sessions.issueToken(null, "con", null, "c"));
        }
    }

    /** Issue 16: changing one's own password left the other sessions and every API token alive. */
    @Test
    void changingOnesPasswordEndsOtherSessionsAndRevokesEveryToken() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            StaffSession mine = f.sessions.login("lan", PASSWORD, "10.0.0.1");
            StaffSession thief = f.sessions.login("lan", PASSWORD, "203.0.113.66");
            IssuedToken token = f.sessions.issueToken(thief.id(), "của kẻ gian", null, "203.0.113.66");
            assertThrows(AccessDeniedException.class, () -> f.sessions.changePassword(token.token(), PASSWORD, "một cụm từ mới khá dài", "c"),
                    "a token cannot change the password");
            assertThrows(LoginFailedException.class, () -> f.sessions.changePassword(mine.id(), "sai mật khẩu", "một cụm từ mới khá dài", "c"));

            f.sessions.changePassword(mine.id(), PASSWORD, "một cụm từ mới khá dài", "10.0.0.1");
            assertTrue(f.sessions.authenticate(mine.id(), null).isPresent(), "the session that changed it stays");
            assertTrue(f.sessions.authenticate(thief.id(), null).isEmpty(), "every other session ends");
            assertTrue(f.sessions.authenticate(null, token.token()).isEmpty(), "every token is revoked");
            assertTrue(f.auditEvents().containsAll(java.util.List.of("password_changed", "sessions_ended")));
        }
    }

    @Test
    void commonAndContextPasswordsAreRefusedLongPhrasesAccepted() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            StaffSession s = f.sessions.login("lan", PASSWORD, "c");
            for (String weak : java.util.List.of("1234567890", "Password123!", "qwertyuiop", "matkhau123", "Motcua@2026",
                    "aaaaaaaaaaaa", "9876543210", "lan-lan-lan-2026", "ngắn")) {
                assertThrows(vn.motcua.security.InvalidAccountException.class,
                        () -> f.sessions.changePassword(s.id(), PASSWORD, weak, "c"), weak);
            }
            f.sessions.changePassword(s.id(), PASSWORD, "ngựa ô ăn cỏ bên hồ Gươm", "c");
        }
    }
}
