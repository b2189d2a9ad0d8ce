package vn.motcua.security.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;
import vn.motcua.storage.internal.JdbiStaffStore;

/** The security core over a real H2 database, a clock the test moves, and cheap argon2 parameters. */
final class SecurityFixture implements AutoCloseable {

    /** A clock that moves only when told. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    final TestClock clock = new TestClock();
    final JdbiDossierStore db;
    final JdbiStaffStore store;
    final Secrets secrets = new Secrets(new SecureRandom());
    final PasswordHasher hasher = new PasswordHasher(new PasswordHasher.Params(256, 1, 1), secrets);
    final AuditTrail audit;
    final SessionService sessions;
    final AccountService accounts;
    final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
    final Bootstrap bootstrap;

    SecurityFixture(Path dir) {
        this(dir, SecuritySettings.DEFAULTS);
    }

    SecurityFixture(Path dir, SecuritySettings settings) {
        db = JdbiDossierStore.open(DatabaseSettings.h2File(dir), dir);
        store = new JdbiStaffStore(db);
        audit = new AuditTrail(store, clock);
        sessions = new SessionService(store, hasher, audit, secrets, clock, settings);
        accounts = new AccountService(store, hasher, secrets, clock);
        bootstrap = new Bootstrap(store, hasher, secrets, clock, new PrintStream(consoleBytes, true, StandardCharsets.UTF_8));
    }

    String console() {
        return consoleBytes.toString(StandardCharsets.UTF_8);
    }

    /** Creates an account directly in the store. */
    StaffIdentity account(String login, String password, RoleGrant... grants) {
        store.insertAccount(new StaffAccountRecord(login, "Cán bộ " + login, hasher.hash(password), true, clock.instant()),
                java.util.Arrays.stream(grants).map(g -> Identities.record(login, g)).toList(), vn.motcua.storage.ChangedBy.of("test", null));
        return StaffIdentity.of(login, "Cán bộ " + login, Set.of(grants));
    }

    static RoleGrant grant(String unit, StaffRole role) {
        return new RoleGrant(unit, role);
    }

    List<String> auditEvents() {
        return store.audit(1000, 0).stream().map(r -> r.event()).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
