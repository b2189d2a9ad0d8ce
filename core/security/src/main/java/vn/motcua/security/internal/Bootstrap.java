package vn.motcua.security.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.ChangedBy;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.StaffStore;

/**
 * Accounts that exist before anyone can log in: the first city administrator on an empty database, and on a demo
 * start the sample officers. Generated passwords go to the console once (never to a logger, never stored in clear).
 */
final class Bootstrap {

    static final String CITY_UNIT = "01";
    static final String ADMIN = "admin";

    /** A sample account of a demo start. */
    record DemoAccount(String login, String displayName, String unit, StaffRole role) {
    }

    /** Units of the demo: two wards and the construction department (inter-agency step of 1.013225). */
    static final Map<String, String> DEMO_UNITS = new LinkedHashMap<>();

    static {
        DEMO_UNITS.put("00070", "Phường Hoàn Kiếm");
        DEMO_UNITS.put("00082", "Phường Cửa Nam");
        DEMO_UNITS.put("SXD", "Sở Xây dựng");
    }

    private final StaffStore store;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final Clock clock;
    private final PrintStream console;

    Bootstrap(StaffStore store, PasswordHasher hasher, Secrets secrets, Clock clock, PrintStream console) {
        this.store = store;
        this.hasher = hasher;
        this.secrets = secrets;
        this.clock = clock;
        this.console = console;
    }

    /** On an empty database: the city administrator {@code admin}, with the configured or a random password. */
    boolean firstAdministrator(String configuredPassword) {
        if (store.accountCount() > 0) {
            return false;
        }
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        String password = configured ? configuredPassword : secrets.password();
        try {
            store.insertAccount(new StaffAccountRecord(ADMIN, "Quản trị Thành phố", hasher.hash(password), true, clock.instant()),
                    List.of(Identities.record(ADMIN, new RoleGrant(CITY_UNIT, StaffRole.CITY_ADMIN))),
                    new ChangedBy("system", null, "first start"));
        } catch (DuplicateKeyException e) {
            return false; // another node of the same database was first
        }
        if (configured) {
            console.println("motcua: first start: city administrator 'admin' created with the password from MOTCUA_ADMIN_PASSWORD");
        } else {
            console.println("motcua: first start: city administrator 'admin', password '" + password
                    + "' (shown once; change it after logging in, or set MOTCUA_ADMIN_PASSWORD before the first start)");
        }
        return true;
    }

    static List<DemoAccount> demoAccounts() {
        List<DemoAccount> out = new ArrayList<>();
        DEMO_UNITS.forEach((unit, name) -> {
            String u = unit.toLowerCase(java.util.Locale.ROOT);
            out.add(new DemoAccount("motcua." + u, "Cán bộ một cửa " + name, unit, StaffRole.ONE_STOP_OFFICER));
            out.add(new DemoAccount("chuyenvien." + u, "Chuyên viên " + name, unit, StaffRole.SPECIALIST));
            out.add(new DemoAccount("lanhdao." + u, "Lãnh đạo " + name, unit, StaffRole.LEADER));
            out.add(new DemoAccount("quantri." + u, "Quản trị " + name, unit, StaffRole.UNIT_ADMIN));
            out.add(new DemoAccount("kiemsoat." + u, "Kiểm soát TTHC " + name, unit, StaffRole.CONTROL_OFFICER));
        });
        return out;
    }

    /** The demo officers, once: accounts that exist already are left alone (and their password is not shown again). */
    List<DemoAccount> demo() {
        List<DemoAccount> created = new ArrayList<>();
        StringBuilder table = new StringBuilder("motcua --demo: sample accounts (passwords shown once):\n");
        for (DemoAccount d : demoAccounts()) {
            if (store.account(d.login()).isPresent()) {
                continue;
            }
            String password = secrets.password();
            try {
                store.insertAccount(new StaffAccountRecord(d.login(), d.displayName(), hasher.hash(password), true, clock.instant()),
                        List.of(Identities.record(d.login(), new RoleGrant(d.unit(), d.role()))),
                        new ChangedBy("system", null, "demo"));
            } catch (DuplicateKeyException e) {
                continue;
            }
            table.append(String.format("  %-22s %-16s %-6s %s%n", d.login(), password, d.unit(), d.role()));
            created.add(d);
        }
        if (!created.isEmpty()) {
            console.print(table);
        }
        return created;
    }
}
