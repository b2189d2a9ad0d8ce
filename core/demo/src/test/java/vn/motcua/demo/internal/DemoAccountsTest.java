package vn.motcua.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.motcua.security.AccountConflictException;
import vn.motcua.security.CreatedAccount;
import vn.motcua.security.NewAccount;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffAccount;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

class DemoAccountsTest {

    /** Account administration in memory: only what the demo uses (list, create with a generated password). */
    static class AccountsInMemory implements StaffAccounts {
        final Map<String, StaffAccount> accounts = new TreeMap<>();
        final List<String> creators = new ArrayList<>();
        int generated;

        @Override
        public List<StaffAccount> list(StaffIdentity actor) {
            return List.copyOf(accounts.values());
        }

        @Override
        public StaffAccount get(StaffIdentity actor, String login) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CreatedAccount create(StaffIdentity actor, NewAccount account, String client) {
            if (accounts.containsKey(account.login())) {
                throw new AccountConflictException("login exists: " + account.login());
            }
            creators.add(actor.accountId() + (actor.has(StaffRole.CITY_ADMIN, "01") ? " CITY_ADMIN" : ""));
            StaffAccount made = new StaffAccount(account.login(), account.displayName(), true, Instant.EPOCH, account.grants());
            accounts.put(account.login(), made);
            return new CreatedAccount(made, account.password() == null ? "mat-khau-sinh-" + (++generated) : null);
        }

        @Override
        public StaffAccount replaceRoles(StaffIdentity actor, String login, Set<RoleGrant> grants, String client) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CreatedAccount resetPassword(StaffIdentity actor, String login, String newPassword, String client) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StaffAccount setActive(StaffIdentity actor, String login, boolean active, String client) {
            throw new UnsupportedOperationException();
        }
    }

    private final AccountsInMemory accounts = new AccountsInMemory();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final DemoAccounts demo = new DemoAccounts(accounts, new PrintStream(console, true, StandardCharsets.UTF_8));

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createsFiveRolesAtThreeUnitsOnceAndPrintsEachGeneratedPasswordOnce() {
        List<DemoAccounts.DemoAccount> created = demo.createMissing();
        assertEquals(15, created.size()); // five roles (counter, specialist, leader, unit admin, control) at three units
        assertEquals(Set.of(new RoleGrant("SXD", StaffRole.SPECIALIST)), accounts.accounts.get("chuyenvien.sxd").grants());
        assertEquals(Set.of(new RoleGrant("00070", StaffRole.CONTROL_OFFICER)), accounts.accounts.get("kiemsoat.00070").grants());
        assertEquals("Cán bộ một cửa Phường Hoàn Kiếm", accounts.accounts.get("motcua.00070").displayName());
        assertTrue(accounts.creators.stream().allMatch("motcua-demo CITY_ADMIN"::equals), accounts.creators.toString());

        String table = console();
        assertTrue(table.startsWith("motcua --demo: sample accounts (passwords shown once):\n"), table);
        assertTrue(table.contains(String.format("  %-22s %-16s %-6s %s%n", "motcua.00070", "mat-khau-sinh-1", "00070", "ONE_STOP_OFFICER")),
                "the table the README and operators read: " + table);
        assertEquals(16, table.lines().count());

        assertTrue(demo.createMissing().isEmpty(), "demo accounts once");
        assertEquals(table, console(), "nothing printed again, no password shown twice");
        assertEquals(15, accounts.generated);
    }

    @Test
    void leavesAnExistingAccountAloneAndCreatesTheRest() {
        accounts.create(DemoAccounts.CREATOR, new NewAccount("lanhdao.00070", "Đã có", "mật khẩu do quản trị đặt", Set.of()), null);
        List<DemoAccounts.DemoAccount> created = demo.createMissing();
        assertEquals(14, created.size());
        assertEquals("Đã có", accounts.accounts.get("lanhdao.00070").displayName());
        assertTrue(!console().contains("lanhdao.00070"), console());
    }

    @Test
    void anotherNodeCreatingTheSameAccountMeanwhileIsNoFailure() {
        StaffAccounts racing = new AccountsInMemory() {
            @Override
            public List<StaffAccount> list(StaffIdentity actor) {
                List<StaffAccount> before = super.list(actor);
                // the other node creates one between this node's listing and its create
                super.create(DemoAccounts.CREATOR, new NewAccount("motcua.sxd", "Nút khác", null, Set.of()), null);
                return before;
            }
        };
        List<DemoAccounts.DemoAccount> created = new DemoAccounts(racing, new PrintStream(console, true, StandardCharsets.UTF_8))
                .createMissing();
        assertEquals(14, created.size());
        assertTrue(!console().contains("motcua.sxd"), console());
    }
}
