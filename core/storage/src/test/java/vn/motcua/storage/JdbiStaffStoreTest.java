package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.JdbiDossierStore;
import vn.motcua.storage.internal.JdbiStaffStore;

class JdbiStaffStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-29T02:00:00.123Z");

    @TempDir
    Path dir;

    private static StaffAccountRecord account(String login) {
        return new StaffAccountRecord(login, "Nguyễn Thị " + login, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", true, T0);
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void accountsWithRolesPerUnitRoundTripAndLoginsAreUnique(TestDatabases db) {
        try (JdbiDossierStore dossiers = db.open(dir)) {
            StaffStore store = new JdbiStaffStore(dossiers);
            assertEquals(0, store.accountCount());
            store.insertAccount(account("lan"), List.of(new StaffRoleRecord("lan", "00070", "ONE_STOP_OFFICER"),
                    new StaffRoleRecord("lan", "00082", "SPECIALIST")));
            assertEquals(account("lan"), store.account("lan").orElseThrow());
            assertEquals(1, store.accountCount());
            assertThrows(DuplicateKeyException.class, () -> store.insertAccount(account("lan"), List.of()));
            assertEquals(2, store.roles("lan").size());

            // Replacing the roles of one unit leaves the other unit alone.
            store.replaceRoles("lan", Set.of("00070"), List.of(new StaffRoleRecord("lan", "00070", "LEADER")));
            assertEquals(List.of(new StaffRoleRecord("lan", "00070", "LEADER"), new StaffRoleRecord("lan", "00082", "SPECIALIST")),
                    store.roles("lan"));
            assertThrows(IllegalArgumentException.class,
                    () -> store.replaceRoles("lan", Set.of("00070"), List.of(new StaffRoleRecord("lan", "SXD", "LEADER"))));

            assertTrue(store.setActive("lan", false));
            assertFalse(store.account("lan").orElseThrow().active());
            assertTrue(store.updatePassword("lan", "$argon2id$new"));
            assertEquals("$argon2id$new", store.account("lan").orElseThrow().passwordHash());
            assertFalse(store.updatePassword("nobody", "x"));
            assertFalse(store.account("lan").orElseThrow().toString().contains("argon2id"), "toString never shows the hash");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void sessionsExpireAndTouchNeverMovesBack(TestDatabases db) {
        try (JdbiDossierStore dossiers = db.open(dir)) {
            StaffStore store = new JdbiStaffStore(dossiers);
            store.insertAccount(account("lan"), List.of());
            store.insertSession(new StaffSessionRecord("a".repeat(64), "lan", T0, T0, T0.plus(Duration.ofHours(12)), "csrf1", "127.0.0.1"));
            store.insertSession(new StaffSessionRecord("b".repeat(64), "lan", T0, T0, T0.plus(Duration.ofHours(12)), "csrf2", null));
            store.touchSession("a".repeat(64), T0.plusSeconds(600));
            store.touchSession("a".repeat(64), T0.plusSeconds(300));
            assertEquals(T0.plusSeconds(600), store.session("a".repeat(64)).orElseThrow().lastSeen());

            // Idle limit: b was last seen at T0, a at T0+600s.
            assertEquals(1, store.deleteExpiredSessions(T0.plusSeconds(700), T0.plusSeconds(100)));
            assertTrue(store.session("b".repeat(64)).isEmpty());
            assertEquals(1, store.deleteSessions("lan"));
            assertTrue(store.session("a".repeat(64)).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void tokensFailuresAndAudit(TestDatabases db) {
        try (JdbiDossierStore dossiers = db.open(dir)) {
            StaffStore store = new JdbiStaffStore(dossiers);
            store.insertAccount(account("lan"), List.of());
            store.insertAccount(account("minh"), List.of());
            store.insertApiToken(new StaffApiTokenRecord("t1", "c".repeat(64), "lan", "máy in", T0, T0.plus(Duration.ofDays(30)), false));
            assertFalse(store.revokeApiToken("t1", "minh"), "only the owner revokes");
            assertTrue(store.revokeApiToken("t1", "lan"));
            assertTrue(store.apiTokenByHash("c".repeat(64)).orElseThrow().revoked());
            assertEquals(1, store.apiTokens("lan").size());

            store.recordLoginFailure("account:lan", T0);
            store.recordLoginFailure("account:lan", T0.plusSeconds(10));
            store.recordLoginFailure("client:10.0.0.1", T0.plusSeconds(10));
            assertEquals(List.of(T0.plusSeconds(10)), store.loginFailures("account:lan", T0.plusSeconds(5)));
            store.clearLoginFailures("account:lan");
            assertTrue(store.loginFailures("account:lan", T0).isEmpty());
            assertEquals(1, store.pruneLoginFailures(T0.plusSeconds(60)));

            store.appendAudit(new AuditRecord("1", T0, "admin", "login", null, "127.0.0.1"));
            store.appendAudit(new AuditRecord("2", T0.plusSeconds(1), "admin", "roles_changed", "lan: 00070 LEADER", null));
            assertEquals(List.of("2", "1"), store.audit(10, 0).stream().map(AuditRecord::id).toList());
            assertEquals(List.of("1"), store.audit(10, 1).stream().map(AuditRecord::id).toList());
        }
    }
}
