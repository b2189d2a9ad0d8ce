package vn.motcua.security.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.ChangedBy;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.StaffStore;

/**
 * The account that exists before anyone can log in: the first city administrator on an empty database. A generated
 * password goes to the console once (never to a logger, never stored in clear). The sample officers of a demo start
 * are the demo bundle's, made through {@code StaffAccounts} (decision 1502).
 */
final class Bootstrap {

    static final String CITY_UNIT = "01";
    static final String ADMIN = "admin";

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
}
