package vn.motcua.demo.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.security.AccountConflictException;
import vn.motcua.security.CreatedAccount;
import vn.motcua.security.NewAccount;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffAccount;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * The sample officers of a demo start, created through {@link StaffAccounts} with generated passwords that go to the
 * console once (never to a logger). Accounts that exist already are left alone and their password is not shown again,
 * so a restart, or a second node of the same database, creates nothing twice.
 */
final class DemoAccounts {

    /** A sample account of a demo start. */
    record DemoAccount(String login, String displayName, String unit, StaffRole role) {
    }

    /**
     * Who creates them, in the audit log: a city administrator (the only one who may create accounts in every unit)
     * named after this bundle, which is no account anyone can log in as.
     */
    static final StaffIdentity CREATOR = StaffIdentity.of("motcua-demo", "Dữ liệu mẫu (--demo)",
            Set.of(new RoleGrant("01", StaffRole.CITY_ADMIN)));

    /** Units of the demo: two wards and the construction department (inter-agency step of 1.013225). */
    private static final Map<String, String> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("00070", "Phường Hoàn Kiếm");
        UNITS.put("00082", "Phường Cửa Nam");
        UNITS.put("SXD", "Sở Xây dựng");
    }

    private final StaffAccounts accounts;
    private final PrintStream console;

    DemoAccounts(StaffAccounts accounts, PrintStream console) {
        this.accounts = accounts;
        this.console = console;
    }

    /** Five roles (counter, specialist, leader, unit administrator, control officer) at each demo unit. */
    static List<DemoAccount> all() {
        List<DemoAccount> out = new ArrayList<>();
        UNITS.forEach((unit, name) -> {
            String u = unit.toLowerCase(Locale.ROOT);
            out.add(new DemoAccount("motcua." + u, "Cán bộ một cửa " + name, unit, StaffRole.ONE_STOP_OFFICER));
            out.add(new DemoAccount("chuyenvien." + u, "Chuyên viên " + name, unit, StaffRole.SPECIALIST));
            out.add(new DemoAccount("lanhdao." + u, "Lãnh đạo " + name, unit, StaffRole.LEADER));
            out.add(new DemoAccount("quantri." + u, "Quản trị " + name, unit, StaffRole.UNIT_ADMIN));
            out.add(new DemoAccount("kiemsoat." + u, "Kiểm soát TTHC " + name, unit, StaffRole.CONTROL_OFFICER));
        });
        return out;
    }

    /** Creates the sample accounts that do not exist yet and prints their passwords once; returns those created. */
    List<DemoAccount> createMissing() {
        // One listing first: creating an existing account would hash a password for nothing at every restart.
        Set<String> existing = accounts.list(CREATOR).stream().map(StaffAccount::login).collect(Collectors.toSet());
        List<DemoAccount> created = new ArrayList<>();
        StringBuilder table = new StringBuilder("motcua --demo: sample accounts (passwords shown once):\n");
        for (DemoAccount d : all()) {
            if (existing.contains(d.login())) {
                continue;
            }
            CreatedAccount made;
            try {
                made = accounts.create(CREATOR, new NewAccount(d.login(), d.displayName(), null,
                        Set.of(new RoleGrant(d.unit(), d.role()))), null);
            } catch (AccountConflictException anotherNodeWasFirst) {
                continue;
            }
            table.append(String.format("  %-22s %-16s %-6s %s%n", d.login(), made.generatedPassword(), d.unit(), d.role()));
            created.add(d);
        }
        if (!created.isEmpty()) {
            console.print(table);
        }
        return created;
    }
}
