package vn.motcua.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.security.internal.SecurityFixture.grant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.security.AccessDeniedException;
import vn.motcua.security.AccountConflictException;
import vn.motcua.security.AccountNotFoundException;
import vn.motcua.security.CreatedAccount;
import vn.motcua.security.InvalidAccountException;
import vn.motcua.security.LoginFailedException;
import vn.motcua.security.NewAccount;
import vn.motcua.security.StaffAccount;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.security.StaffSession;

class AccountServiceTest {

    private static final String PASSWORD = "mật khẩu đủ dài 2026";

    @TempDir
    Path dir;

    @Test
    void cityAdministratorManagesEveryoneAndNewPasswordsAreGeneratedOnce() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            StaffIdentity city = f.account("admin", PASSWORD, grant("01", StaffRole.CITY_ADMIN));
            CreatedAccount lan = f.accounts.create(city, new NewAccount("Lan", "Nguyễn Thị Lan", null,
                    Set.of(grant("00070", StaffRole.ONE_STOP_OFFICER))), "c");
            assertEquals("lan", lan.account().login());
            assertNotNull(lan.generatedPassword());
            assertFalse(lan.toString().contains(lan.generatedPassword()));
            f.sessions.login("lan", lan.generatedPassword(), "c");

            CreatedAccount chosen = f.accounts.create(city, new NewAccount("minh", "Trần Minh", PASSWORD,
                    Set.of(grant("SXD", StaffRole.SPECIALIST))), "c");
            assertNull(chosen.generatedPassword());
            assertThrows(AccountConflictException.class, () -> f.accounts.create(city, new NewAccount("minh", "X", PASSWORD,
                    Set.of(grant("SXD", StaffRole.SPECIALIST))), "c"));
            assertThrows(InvalidAccountException.class, () -> f.accounts.create(city, new NewAccount("x y", "X", PASSWORD,
                    Set.of(grant("SXD", StaffRole.SPECIALIST))), "c"));
            assertThrows(InvalidAccountException.class, () -> f.accounts.create(city, new NewAccount("hoa", "Hoa", "ngắn",
                    Set.of(grant("SXD", StaffRole.SPECIALIST))), "c"));
            assertEquals(List.of("admin", "lan", "minh"), f.accounts.list(city).stream().map(StaffAccount::login).toList());

            StaffAccount changed = f.accounts.replaceRoles(city, "lan", Set.of(grant("00082", StaffRole.LEADER)), "c");
            assertEquals(Set.of(grant("00082", StaffRole.LEADER)), changed.grants());
            assertThrows(AccountConflictException.class, () -> f.accounts.replaceRoles(city, "admin", Set.of(), "c"),
                    "no locking oneself out");
            assertTrue(f.auditEvents().containsAll(List.of("account_created", "roles_changed")));
        }
    }

    @Test
    void unitAdministratorSeesAndManagesOnlyTheirUnitAndNeverGrantsCityAdmin() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            f.account("admin", PASSWORD, grant("01", StaffRole.CITY_ADMIN));
            StaffIdentity qt = f.account("quantri", PASSWORD, grant("00070", StaffRole.UNIT_ADMIN), grant("00082", StaffRole.SPECIALIST));
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            f.account("binh", PASSWORD, grant("00082", StaffRole.ONE_STOP_OFFICER));
            f.account("mixed", PASSWORD, grant("00070", StaffRole.SPECIALIST), grant("SXD", StaffRole.SPECIALIST));

            assertEquals(List.of("lan", "mixed", "quantri"), f.accounts.list(qt).stream().map(StaffAccount::login).toList());
            assertThrows(AccountNotFoundException.class, () -> f.accounts.get(qt, "binh"), "another unit's account does not exist for them");
            assertThrows(AccountNotFoundException.class, () -> f.accounts.get(qt, "admin"));
            assertThrows(AccountNotFoundException.class, () -> f.accounts.resetPassword(qt, "binh", null, "c"));
            assertThrows(AccessDeniedException.class, () -> f.accounts.create(qt, new NewAccount("hoa", "Hoa", PASSWORD,
                    Set.of(grant("00070", StaffRole.CITY_ADMIN))), "c"));
            assertThrows(AccessDeniedException.class, () -> f.accounts.create(qt, new NewAccount("hoa", "Hoa", PASSWORD,
                    Set.of(grant("00082", StaffRole.ONE_STOP_OFFICER))), "c"), "a unit where they are only a specialist");
            assertThrows(AccessDeniedException.class, () -> f.accounts.replaceRoles(qt, "lan", Set.of(grant("01", StaffRole.CITY_ADMIN)), "c"));

            // A unit administrator sees an account that also works elsewhere, but only a city administrator changes it.
            assertEquals(Set.of(grant("00070", StaffRole.SPECIALIST), grant("SXD", StaffRole.SPECIALIST)), f.accounts.get(qt, "mixed").grants());
            assertThrows(AccessDeniedException.class, () -> f.accounts.replaceRoles(qt, "mixed", Set.of(grant("00070", StaffRole.LEADER)), "c"));

            StaffIdentity lan = f.account("khong-quyen", PASSWORD, grant("00070", StaffRole.LEADER));
            assertThrows(AccessDeniedException.class, () -> f.accounts.list(lan), "no administrator role at all");
        }
    }

    /**
     * Issue 16, cross-unit takeover: a unit administrator reset the password of an account that held one role in
     * their unit and others elsewhere, logged in as it and read the other unit's dossiers.
     */
    @Test
    void unitAdministratorCannotTakeOverAnAccountThatAlsoWorksInAnotherUnit() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            StaffIdentity city = f.account("admin", PASSWORD, grant("01", StaffRole.CITY_ADMIN));
            StaffIdentity qt = f.account("quantri", PASSWORD, grant("00070", StaffRole.UNIT_ADMIN));
            f.account("mixed", PASSWORD, grant("00070", StaffRole.SPECIALIST), grant("SXD", StaffRole.LEADER));
            f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));

            assertThrows(AccessDeniedException.class, () -> f.accounts.resetPassword(qt, "mixed", null, "c"));
            assertThrows(AccessDeniedException.class, () -> f.accounts.resetPassword(qt, "mixed", "mật khẩu kẻ chiếm quyền", "c"));
            assertThrows(AccessDeniedException.class, () -> f.accounts.setActive(qt, "mixed", false, "c"));
            assertThrows(AccessDeniedException.class, () -> f.accounts.replaceRoles(qt, "mixed", Set.of(), "c"));
            f.sessions.login("mixed", PASSWORD, "c"); // the password is unchanged
            assertTrue(f.sessions.login("mixed", PASSWORD, "c").identity().has(StaffRole.LEADER, "SXD"));

            assertNotNull(f.accounts.resetPassword(qt, "lan", null, "c").generatedPassword(), "an account only of their unit");
            assertNotNull(f.accounts.resetPassword(city, "mixed", null, "c").generatedPassword(), "a city administrator may");
        }
    }

    /** Issue 16, segregation of duties: a unit administrator granted itself officer and leader roles. */
    @Test
    void unitAdministratorCannotGrantThemselvesAProcessingRole() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            StaffIdentity city = f.account("admin", PASSWORD, grant("01", StaffRole.CITY_ADMIN));
            StaffIdentity qt = f.account("quantri", PASSWORD, grant("00070", StaffRole.UNIT_ADMIN));
            for (StaffRole role : List.of(StaffRole.ONE_STOP_OFFICER, StaffRole.SPECIALIST, StaffRole.LEADER)) {
                assertThrows(AccessDeniedException.class, () -> f.accounts.replaceRoles(qt, "quantri",
                        Set.of(grant("00070", StaffRole.UNIT_ADMIN), grant("00070", role)), "c"), role.name());
            }
            StaffAccount granted = f.accounts.replaceRoles(city, "quantri",
                    Set.of(grant("00070", StaffRole.UNIT_ADMIN), grant("00070", StaffRole.LEADER)), "c");
            assertTrue(granted.grants().contains(grant("00070", StaffRole.LEADER)), "a city administrator may grant it");
        }
    }

    @Test
    void resetAndDeactivationEndSessionsAndTokens() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            StaffIdentity city = f.account("admin", PASSWORD, grant("01", StaffRole.CITY_ADMIN));
            StaffIdentity lan = f.account("lan", PASSWORD, grant("00070", StaffRole.ONE_STOP_OFFICER));
            StaffSession s = f.sessions.login("lan", PASSWORD, "c");
            String token = f.sessions.issueToken(s.id(), "api", Duration.ofDays(1), "c").token();
            CreatedAccount reset = f.accounts.resetPassword(city, "lan", null, "c");
            assertTrue(f.sessions.authenticate(s.id(), null).isEmpty());
            assertTrue(f.sessions.authenticate(null, token).isEmpty());
            assertThrows(LoginFailedException.class, () -> f.sessions.login("lan", PASSWORD, "c"));
            f.sessions.login("lan", reset.generatedPassword(), "c");

            StaffSession again = f.sessions.login("lan", reset.generatedPassword(), "c");
            assertFalse(f.accounts.setActive(city, "lan", false, "c").active());
            assertTrue(f.sessions.authenticate(again.id(), null).isEmpty());
            assertThrows(AccountConflictException.class, () -> f.accounts.setActive(city, "admin", false, "c"));
            assertTrue(f.auditEvents().containsAll(List.of("password_changed", "account_deactivated")));
        }
    }

    @Test
    void firstStartCreatesTheCityAdministratorOnceAndPrintsOnlyAGeneratedPassword() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            assertTrue(f.bootstrap.firstAdministrator(null));
            String console = f.console();
            String password = console.replaceAll("(?s).*password '([^']+)'.*", "$1");
            assertEquals(16, password.length(), console);
            assertTrue(f.sessions.login("admin", password, "c").identity().has(StaffRole.CITY_ADMIN, "01"));
            assertFalse(f.bootstrap.firstAdministrator(null), "never again once an account exists");
            assertEquals(1, f.console().split("password '", -1).length - 1, "printed once");
        }
    }

    @Test
    void configuredAdministratorPasswordIsNeverPrinted() {
        try (SecurityFixture f = new SecurityFixture(dir)) {
            assertTrue(f.bootstrap.firstAdministrator("mật-khẩu-từ-biến-môi-trường"));
            assertFalse(f.console().contains("mật-khẩu-từ-biến-môi-trường"));
            f.sessions.login("admin", "mật-khẩu-từ-biến-môi-trường", "c");
        }
    }
}
