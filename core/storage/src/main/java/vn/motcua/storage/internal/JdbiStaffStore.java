package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.storage.ChangedBy;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.AuditRecord;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.StaffApiTokenRecord;
import vn.motcua.storage.StaffRoleRecord;
import vn.motcua.storage.StaffSessionRecord;
import vn.motcua.storage.StaffStore;

/**
 * {@link StaffStore} on the same JDBI pool and migrations as the dossiers. Each method is one transaction.
 * Thread-safe. As a DS component it takes the database from this bundle's own {@link StorageComponent}.
 */
@Component(service = StaffStore.class)
public final class JdbiStaffStore implements StaffStore {

    private static final String ACCOUNT_COLUMNS = "login, display_name, password_hash, active, created_at";
    private static final String SESSION_COLUMNS = "id_hash, login, created_at, last_seen, expires_at, csrf_token, client";
    private static final String TOKEN_COLUMNS = "id, token_hash, login, name, created_at, expires_at, revoked";

    private static final Logger AUDIT = LoggerFactory.getLogger("motcua.audit");

    private final JdbiDossierStore db;

    public JdbiStaffStore(JdbiDossierStore db) {
        this.db = db;
    }

    @Activate
    public JdbiStaffStore(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this(((StorageComponent) storage).database());
    }

    @Override
    public void insertAccount(StaffAccountRecord a, Collection<StaffRoleRecord> roles, ChangedBy by) {
        AuditRecord entry = db.inHandle(h -> {
            h.createUpdate("INSERT INTO staff_accounts (" + ACCOUNT_COLUMNS + ") VALUES (:login, :name, :hash, :active, :at)")
                    .bind("login", a.login()).bind("name", a.displayName()).bind("hash", a.passwordHash())
                    .bind("active", a.active()).bind("at", ts(a.createdAt())).execute();
            insertRoles(h, roles);
            return audit(h, by, "account_created", a.login() + " " + describe(roles));
        });
        mirror(entry);
    }

    private static void insertRoles(org.jdbi.v3.core.Handle h, Collection<StaffRoleRecord> roles) {
        for (StaffRoleRecord r : roles) {
            h.createUpdate("INSERT INTO staff_roles (login, unit_code, role) VALUES (:login, :unit, :role)")
                    .bind("login", r.login()).bind("unit", r.unitCode()).bind("role", r.role()).execute();
        }
    }

    @Override
    public Optional<StaffAccountRecord> account(String login) {
        return db.inHandle(h -> h.createQuery("SELECT " + ACCOUNT_COLUMNS + " FROM staff_accounts WHERE login = :login")
                .bind("login", login).map((rs, ctx) -> account(rs)).findOne());
    }

    @Override
    public List<StaffAccountRecord> accounts() {
        return db.inHandle(h -> h.createQuery("SELECT " + ACCOUNT_COLUMNS + " FROM staff_accounts ORDER BY login")
                .map((rs, ctx) -> account(rs)).list());
    }

    @Override
    public long accountCount() {
        return db.inHandle(h -> h.createQuery("SELECT COUNT(*) FROM staff_accounts").mapTo(Long.class).one());
    }

    @Override
    public boolean updatePassword(String login, String passwordHash, ChangedBy by) {
        return changeAccount(by, "password_changed", login, "",
                h -> h.createUpdate("UPDATE staff_accounts SET password_hash = :hash WHERE login = :login")
                        .bind("hash", passwordHash).bind("login", login).execute());
    }

    @Override
    public boolean setActive(String login, boolean active, ChangedBy by) {
        return changeAccount(by, active ? "account_activated" : "account_deactivated", login, "",
                h -> h.createUpdate("UPDATE staff_accounts SET active = :active WHERE login = :login")
                        .bind("active", active).bind("login", login).execute());
    }

    @Override
    public boolean updateDisplayName(String login, String displayName, ChangedBy by) {
        return changeAccount(by, "display_name_changed", login, ": " + displayName,
                h -> h.createUpdate("UPDATE staff_accounts SET display_name = :name WHERE login = :login")
                        .bind("name", displayName).bind("login", login).execute());
    }

    /** One update of one account row and its audit entry, in one transaction; no entry when there is no such account. */
    private boolean changeAccount(ChangedBy by, String event, String login, String detail,
                                  org.jdbi.v3.core.HandleCallback<Integer, RuntimeException> update) {
        AuditRecord entry = db.inHandle(h -> update.withHandle(h) == 1 ? audit(h, by, event, login + detail) : null);
        mirror(entry);
        return entry != null;
    }

    @Override
    public List<StaffRoleRecord> roles(String login) {
        return db.inHandle(h -> roles(h, login));
    }

    @Override
    public List<StaffRoleRecord> allRoles() {
        return db.inHandle(h -> h.createQuery("SELECT login, unit_code, role FROM staff_roles ORDER BY login, unit_code, role")
                .map((rs, ctx) -> role(rs)).list());
    }

    @Override
    public void replaceRoles(String login, Collection<String> unitCodes, Collection<StaffRoleRecord> roles, ChangedBy by) {
        for (StaffRoleRecord r : roles) {
            if (!r.login().equals(login) || !unitCodes.contains(r.unitCode())) {
                throw new IllegalArgumentException("role outside the replaced units: " + r);
            }
        }
        AuditRecord entry = db.inHandle(h -> {
            List<StaffRoleRecord> before = roles(h, login);
            for (String unit : unitCodes) {
                h.createUpdate("DELETE FROM staff_roles WHERE login = :login AND unit_code = :unit")
                        .bind("login", login).bind("unit", unit).execute();
            }
            insertRoles(h, roles);
            return audit(h, by, "roles_changed", login + ": " + describe(before) + " → " + describe(roles(h, login)));
        });
        mirror(entry);
    }

    private static List<StaffRoleRecord> roles(org.jdbi.v3.core.Handle h, String login) {
        return h.createQuery("SELECT login, unit_code, role FROM staff_roles WHERE login = :login ORDER BY unit_code, role")
                .bind("login", login).map((rs, ctx) -> role(rs)).list();
    }

    private static String describe(Collection<StaffRoleRecord> roles) {
        return roles.stream().map(r -> r.unitCode() + " " + r.role()).sorted()
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /** Appends the audit entry of an account change inside the change's own transaction. */
    private AuditRecord audit(org.jdbi.v3.core.Handle h, ChangedBy by, String event, String detail) {
        AuditRecord r = new AuditRecord(java.util.UUID.randomUUID().toString(), java.time.Instant.now(), truncate(by.actor(), 64),
                event, truncate(by.note() == null ? detail : detail + " (" + by.note() + ")", 4000),
                by.client() == null ? null : truncate(by.client(), 200));
        insertAudit(h, r);
        return r;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void insertSession(StaffSessionRecord s) {
        db.inHandle(h -> h.createUpdate("INSERT INTO staff_sessions (" + SESSION_COLUMNS
                        + ") VALUES (:id, :login, :created, :seen, :expires, :csrf, :client)")
                .bind("id", s.idHash()).bind("login", s.login()).bind("created", ts(s.createdAt()))
                .bind("seen", ts(s.lastSeen())).bind("expires", ts(s.expiresAt())).bind("csrf", s.csrfToken())
                .bind("client", s.client()).execute());
    }

    @Override
    public Optional<StaffSessionRecord> session(String idHash) {
        return db.inHandle(h -> h.createQuery("SELECT " + SESSION_COLUMNS + " FROM staff_sessions WHERE id_hash = :id")
                .bind("id", idHash).map((rs, ctx) -> new StaffSessionRecord(rs.getString("id_hash"), rs.getString("login"),
                        instant(rs, "created_at"), instant(rs, "last_seen"), instant(rs, "expires_at"),
                        rs.getString("csrf_token"), rs.getString("client"))).findOne());
    }

    @Override
    public void touchSession(String idHash, Instant lastSeen) {
        // Never moves the clock back when two nodes touch the same session concurrently.
        db.inHandle(h -> h.createUpdate("UPDATE staff_sessions SET last_seen = :seen WHERE id_hash = :id AND last_seen < :seen")
                .bind("seen", ts(lastSeen)).bind("id", idHash).execute());
    }

    @Override
    public void deleteSession(String idHash) {
        db.inHandle(h -> h.createUpdate("DELETE FROM staff_sessions WHERE id_hash = :id").bind("id", idHash).execute());
    }

    @Override
    public int deleteSessions(String login) {
        return db.inHandle(h -> h.createUpdate("DELETE FROM staff_sessions WHERE login = :login").bind("login", login).execute());
    }

    @Override
    public int deleteOtherSessions(String login, String keepIdHash) {
        return db.inHandle(h -> h.createUpdate("DELETE FROM staff_sessions WHERE login = :login AND id_hash <> :keep")
                .bind("login", login).bind("keep", keepIdHash).execute());
    }

    @Override
    public int deleteExpiredSessions(Instant now, Instant idleBefore) {
        return db.inHandle(h -> h.createUpdate("DELETE FROM staff_sessions WHERE expires_at <= :now OR last_seen < :idle")
                .bind("now", ts(now)).bind("idle", ts(idleBefore)).execute());
    }

    @Override
    public void insertApiToken(StaffApiTokenRecord t) {
        db.inHandle(h -> h.createUpdate("INSERT INTO staff_api_tokens (" + TOKEN_COLUMNS
                        + ") VALUES (:id, :hash, :login, :name, :created, :expires, :revoked)")
                .bind("id", t.id()).bind("hash", t.tokenHash()).bind("login", t.login()).bind("name", t.name())
                .bind("created", ts(t.createdAt())).bind("expires", ts(t.expiresAt())).bind("revoked", t.revoked()).execute());
    }

    @Override
    public Optional<StaffApiTokenRecord> apiTokenByHash(String tokenHash) {
        return db.inHandle(h -> h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM staff_api_tokens WHERE token_hash = :hash")
                .bind("hash", tokenHash).map((rs, ctx) -> token(rs)).findOne());
    }

    @Override
    public List<StaffApiTokenRecord> apiTokens(String login) {
        return db.inHandle(h -> h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM staff_api_tokens WHERE login = :login ORDER BY created_at, id")
                .bind("login", login).map((rs, ctx) -> token(rs)).list());
    }

    @Override
    public boolean revokeApiToken(String id, String login) {
        return db.inHandle(h -> h.createUpdate("UPDATE staff_api_tokens SET revoked = TRUE WHERE id = :id AND login = :login")
                .bind("id", id).bind("login", login).execute()) == 1;
    }

    @Override
    public int revokeApiTokens(String login) {
        return db.inHandle(h -> h.createUpdate("UPDATE staff_api_tokens SET revoked = TRUE WHERE login = :login AND revoked = FALSE")
                .bind("login", login).execute());
    }

    @Override
    public void recordLoginFailure(String throttleKey, Instant at) {
        db.inHandle(h -> h.createUpdate("INSERT INTO login_failures (throttle_key, failed_at) VALUES (:key, :at)")
                .bind("key", throttleKey).bind("at", ts(at)).execute());
    }

    @Override
    public List<Instant> loginFailures(String throttleKey, Instant since) {
        return db.inHandle(h -> h.createQuery("SELECT failed_at FROM login_failures WHERE throttle_key = :key AND failed_at >= :since ORDER BY failed_at")
                .bind("key", throttleKey).bind("since", ts(since)).map((rs, ctx) -> instant(rs, "failed_at")).list());
    }

    @Override
    public void clearLoginFailures(String throttleKey) {
        db.inHandle(h -> h.createUpdate("DELETE FROM login_failures WHERE throttle_key = :key").bind("key", throttleKey).execute());
    }

    @Override
    public int pruneLoginFailures(Instant before) {
        return db.inHandle(h -> h.createUpdate("DELETE FROM login_failures WHERE failed_at < :before").bind("before", ts(before)).execute());
    }

    @Override
    public void appendAudit(AuditRecord r) {
        db.inHandle(h -> {
            insertAudit(h, r);
            return null;
        });
        mirror(r);
    }

    private static void insertAudit(org.jdbi.v3.core.Handle h, AuditRecord r) {
        h.createUpdate("INSERT INTO audit_log (id, at, actor, event, detail, client) VALUES (:id, :at, :actor, :event, :detail, :client)")
                .bind("id", r.id()).bind("at", ts(r.at())).bind("actor", r.actor()).bind("event", r.event())
                .bind("detail", r.detail()).bind("client", r.client()).execute();
    }

    /**
     * The one mirror of the audit log to the {@code motcua.audit} logger. Login names, details and client addresses
     * come from strangers: {@link LogText#neutral} keeps a newline in a login name from forging a log line.
     */
    private static void mirror(AuditRecord r) {
        if (r == null) {
            return;
        }
        AUDIT.info("{} by {} from {}{}", LogText.neutral(r.event()), LogText.neutral(r.actor()),
                r.client() == null ? "-" : LogText.neutral(r.client()), r.detail() == null ? "" : ": " + LogText.neutral(r.detail()));
    }

    @Override
    public List<AuditRecord> audit(int limit, int offset) {
        return db.inHandle(h -> h.createQuery("SELECT id, at, actor, event, detail, client FROM audit_log ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new AuditRecord(rs.getString("id"), instant(rs, "at"), rs.getString("actor"), rs.getString("event"),
                        rs.getString("detail"), rs.getString("client"))).list());
    }

    private static StaffAccountRecord account(ResultSet rs) throws SQLException {
        return new StaffAccountRecord(rs.getString("login"), rs.getString("display_name"), rs.getString("password_hash"),
                rs.getBoolean("active"), instant(rs, "created_at"));
    }

    private static StaffRoleRecord role(ResultSet rs) throws SQLException {
        return new StaffRoleRecord(rs.getString("login"), rs.getString("unit_code"), rs.getString("role"));
    }

    private static StaffApiTokenRecord token(ResultSet rs) throws SQLException {
        return new StaffApiTokenRecord(rs.getString("id"), rs.getString("token_hash"), rs.getString("login"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "expires_at"), rs.getBoolean("revoked"));
    }


}
