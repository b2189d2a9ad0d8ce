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
    private static final ChangedBy BY = ChangedBy.of("admin", "10.0.0.1");

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
                    new StaffRoleRecord("lan", "00082", "SPECIALIST")), BY);
            assertEquals(account("lan"), store.account("lan").orElseThrow());
            assertEquals(1, store.accountCount());
            assertThrows(DuplicateKeyException.class, () -> store.insertAccount(account("lan"), List.of(), BY));
            assertEquals(2, store.roles("lan").size());

            // Replacing the roles of one unit leaves the other unit alone.
            store.replaceRoles("lan", Set.of("00070"), List.of(new StaffRoleRecord("lan", "00070", "LEADER")), BY);
            assertEquals(List.of(new StaffRoleRecord("lan", "00070", "LEADER"), new StaffRoleRecord("lan", "00082", "SPECIALIST")),
                    store.roles("lan"));
            assertThrows(IllegalArgumentException.class,
                    () -> store.replaceRoles("lan", Set.of("00070"), List.of(new StaffRoleRecord("lan", "SXD", "LEADER")), BY));

            assertTrue(store.setActive("lan", false, BY));
            assertFalse(store.account("lan").orElseThrow().active());
            assertTrue(store.updatePassword("lan", "$argon2id$new", BY));
            assertEquals("$argon2id$new", store.account("lan").orElseThrow().passwordHash());
            assertFalse(store.updatePassword("nobody", "x", BY));
            assertFalse(store.account("lan").orElseThrow().toString().contains("argon2id"), "toString never shows the hash");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void sessionsExpireAndTouchNeverMovesBack(TestDatabases db) {
        try (JdbiDossierStore dossiers = db.open(dir)) {
            StaffStore store = new JdbiStaffStore(dossiers);
            store.insertAccount(account("lan"), List.of(), BY);
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
            store.insertAccount(account("lan"), List.of(), BY);
            store.insertAccount(account("minh"), List.of(), BY);
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
            // (the two account creations above were audited too, at the wall clock's time: after T0)
            assertEquals(List.of("2", "1"), store.audit(10, 2).stream().map(AuditRecord::id).toList());
            assertEquals(List.of("1"), store.audit(10, 3).stream().map(AuditRecord::id).toList());
        }
    }

    /**
     * Issue 16: a procedure bundle created a CITY_ADMIN account through the store and no audit entry showed it. Every
     * account change through the store now leaves its entry, in the same transaction, whoever calls.
     */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void everyAccountChangeThroughTheStoreLeavesAnAuditEntry(TestDatabases db) {
        try (JdbiDossierStore dossiers = db.open(dir)) {
            StaffStore store = new JdbiStaffStore(dossiers);
            store.insertAccount(account("rogue"), List.of(new StaffRoleRecord("rogue", "01", "CITY_ADMIN")),
                    new ChangedBy("bundle:evil", null, "activator"));
            store.updatePassword("rogue", "$argon2id$other", ChangedBy.of("bundle:evil", null));
            store.setActive("rogue", false, ChangedBy.of("admin", "10.0.0.1"));
            store.setActive("rogue", true, ChangedBy.of("admin", "10.0.0.1"));
            store.updateDisplayName("rogue", "Kẻ lạ", ChangedBy.of("admin", "10.0.0.1"));
            store.replaceRoles("rogue", Set.of("01", "00070"), List.of(new StaffRoleRecord("rogue", "00070", "LEADER")),
                    ChangedBy.of("admin", "10.0.0.1"));
            assertFalse(store.updatePassword("nobody", "x", BY), "no account, no change, no entry");

            List<AuditRecord> entries = store.audit(100, 0);
            assertEquals(java.util.Set.of("account_created", "password_changed", "account_deactivated", "account_activated",
                    "display_name_changed", "roles_changed"), entries.stream().map(AuditRecord::event).collect(java.util.stream.Collectors.toSet()));
            assertEquals(6, entries.size());
            AuditRecord created = entries.stream().filter(e -> e.event().equals("account_created")).findFirst().orElseThrow();
            assertEquals("bundle:evil", created.actor());
            assertEquals("rogue [01 CITY_ADMIN] (activator)", created.detail());
            AuditRecord roles = entries.stream().filter(e -> e.event().equals("roles_changed")).findFirst().orElseThrow();
            assertEquals("rogue: [01 CITY_ADMIN] → [00070 LEADER]", roles.detail());
            assertTrue(entries.stream().noneMatch(e -> String.valueOf(e.detail()).contains("argon2id")), "never a hash");
        }
    }
}
