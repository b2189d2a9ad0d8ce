package vn.motcua.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.security.AccessDeniedException;
import vn.motcua.security.AccountNotFoundException;
import vn.motcua.security.ApiToken;
import vn.motcua.security.AuditLog;
import vn.motcua.security.CsrfCheck;
import vn.motcua.security.InvalidAccountException;
import vn.motcua.security.IssuedToken;
import vn.motcua.security.LoginFailedException;
import vn.motcua.security.LoginThrottledException;
import vn.motcua.security.StaffAuthenticator;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffSession;
import vn.motcua.security.StaffSessions;
import vn.motcua.storage.ChangedBy;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.StaffApiTokenRecord;
import vn.motcua.storage.StaffSessionRecord;
import vn.motcua.storage.StaffStore;

/**
 * Sessions, bearer tokens and the authentication of every staff request. Secrets are random 256-bit values of
 * which only the SHA-256 is stored; the idle and absolute expiry are checked on every request against the
 * database, so logout, deactivation and expiry hold on every node at once.
 */
final class SessionService implements StaffAuthenticator, StaffSessions {

    static final String SESSION_PREFIX = "s_";
    static final String TOKEN_PREFIX = "mct_";

    private final StaffStore store;
    private final Identities identities;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Secrets secrets;
    private final Clock clock;
    private final SecuritySettings settings;

    SessionService(StaffStore store, PasswordHasher hasher, AuditLog audit, Secrets secrets, Clock clock, SecuritySettings settings) {
        this.store = store;
        this.identities = new Identities(store);
        this.hasher = hasher;
        this.throttle = new LoginThrottle(store, clock, settings);
        this.audit = audit;
        this.secrets = secrets;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public StaffSession login(String login, String password, String client) {
        String name = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 64) {
            throw new LoginFailedException();
        }
        Optional<Duration> locked = throttle.lockedFor(name, client);
        if (locked.isPresent()) {
            audit.record(name, "login_throttled", null, client);
            throw new LoginThrottledException(locked.get());
        }
        Optional<StaffAccountRecord> account = store.account(name);
        boolean ok;
        if (account.isEmpty()) {
            hasher.verifyDummy(password);
            ok = false;
        } else {
            ok = hasher.verify(password, account.get().passwordHash()) && account.get().active();
        }
        if (!ok) {
            throttle.failed(name, client);
            audit.record(name, "login_failed", account.isEmpty() ? "unknown login" : null, client);
            throw new LoginFailedException();
        }
        throttle.succeeded(name, client);
        if (hasher.needsRehash(account.get().passwordHash())) {
            store.updatePassword(name, hasher.hash(password), new ChangedBy(name, client, "rehashed with stronger parameters at login"));
        }
        StaffIdentity who = identities.active(name).orElseThrow(LoginFailedException::new);
        Instant now = clock.instant();
        String id = secrets.token(SESSION_PREFIX);
        String csrf = secrets.token("");
        Instant expires = now.plus(settings.sessionAbsolute());
        store.insertSession(new StaffSessionRecord(Secrets.sha256Hex(id), name, now, now, expires, csrf, client));
        audit.record(name, "login", null, client);
        return new StaffSession(id, csrf, who, expires);
    }

    @Override
    public void logout(String sessionId, String client) {
        if (sessionId == null) {
            return;
        }
        String hash = Secrets.sha256Hex(sessionId);
        store.session(hash).ifPresent(s -> {
            store.deleteSession(hash);
            audit.record(s.login(), "logout", null, client);
        });
    }

    @Override
    public Optional<StaffIdentity> authenticate(String sessionId, String bearerToken) {
        if (bearerToken != null && !bearerToken.isBlank()) {
            // An explicit bearer token decides alone: a wrong one is not rescued by a cookie.
            return token(bearerToken);
        }
        return session(sessionId).map(StaffSession::identity);
    }

    @Override
    public Optional<StaffSession> session(String sessionId) {
        return liveSession(sessionId).flatMap(s -> identities.active(s.login())
                .map(who -> new StaffSession(null, s.csrfToken(), who, s.expiresAt())));
    }

    private Optional<StaffSessionRecord> liveSession(String sessionId) {
        if (sessionId == null || !sessionId.startsWith(SESSION_PREFIX) || sessionId.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256Hex(sessionId);
        Optional<StaffSessionRecord> found = store.session(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffSessionRecord s = found.get();
        Instant now = clock.instant();
        if (!now.isBefore(s.expiresAt()) || !now.isBefore(s.lastSeen().plus(settings.sessionIdle()))) {
            store.deleteSession(hash);
            return Optional.empty();
        }
        // Write the idle clock only now and then: one write per request would double the load for nothing.
        Duration step = settings.sessionIdle().dividedBy(10);
        if (step.compareTo(Duration.ofMinutes(1)) > 0) {
            step = Duration.ofMinutes(1);
        }
        if (!now.isBefore(s.lastSeen().plus(step))) {
            store.touchSession(hash, now);
        }
        return found;
    }

    private Optional<StaffIdentity> token(String bearer) {
        if (!bearer.startsWith(TOKEN_PREFIX) || bearer.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.apiTokenByHash(Secrets.sha256Hex(bearer))
                .filter(t -> !t.revoked() && now.isBefore(t.expiresAt()))
                .flatMap(t -> identities.active(t.login()));
    }

    @Override
    public CsrfCheck checkCsrf(String sessionId, String token) {
        Optional<StaffSessionRecord> s = liveSession(sessionId);
        if (s.isEmpty()) {
            return CsrfCheck.NO_SESSION;
        }
        return Secrets.constantTimeEquals(s.get().csrfToken(), token) ? CsrfCheck.VALID : CsrfCheck.INVALID;
    }

    @Override
    public IssuedToken issueToken(String sessionId, String name, Duration validity, String client) {
        StaffIdentity who = session(sessionId).map(StaffSession::identity).orElseThrow(() -> new AccessDeniedException(
                "Mã truy cập chỉ được tạo từ một phiên đăng nhập (không từ một mã truy cập khác)."));
        String label = name == null || name.isBlank() ? "API" : name.strip();
        if (label.length() > 200) {
            throw new InvalidAccountException("name", "Tên mã truy cập dài tối đa 200 ký tự.");
        }
        Duration v = validity == null || validity.isNegative() || validity.isZero() ? settings.tokenValidity() : validity;
        if (v.compareTo(settings.maxTokenValidity()) > 0) {
            v = settings.maxTokenValidity();
        }
        Instant now = clock.instant();
        String token = secrets.token(TOKEN_PREFIX);
        StaffApiTokenRecord r = new StaffApiTokenRecord(secrets.id(), Secrets.sha256Hex(token), who.accountId(), label, now, now.plus(v), false);
        store.insertApiToken(r);
        audit.record(who.accountId(), "token_issued", r.id() + " " + label, client);
        return new IssuedToken(token, info(r));
    }

    @Override
    public List<ApiToken> tokens(StaffIdentity who) {
        return store.apiTokens(who.accountId()).stream().map(SessionService::info).toList();
    }

    @Override
    public void revokeToken(StaffIdentity who, String tokenId, String client) {
        if (!store.revokeApiToken(tokenId, who.accountId())) {
            throw new AccountNotFoundException(tokenId);
        }
        audit.record(who.accountId(), "token_revoked", tokenId, client);
    }

    @Override
    public void changePassword(String sessionId, String currentPassword, String newPassword, String client) {
        StaffSessionRecord session = liveSession(sessionId).orElseThrow(() -> new AccessDeniedException(
                "Đổi mật khẩu cần một phiên đăng nhập (không dùng mã truy cập)."));
        StaffAccountRecord a = store.account(session.login()).filter(StaffAccountRecord::active).orElseThrow(LoginFailedException::new);
        if (!hasher.verify(currentPassword, a.passwordHash())) {
            throttle.failed(a.login(), client);
            audit.record(a.login(), "password_change_failed", null, client);
            throw new LoginFailedException();
        }
        Passwords.requireStrong(newPassword, a.login());
        store.updatePassword(a.login(), hasher.hash(newPassword), new ChangedBy(a.login(), client, "changed by its owner"));
        // Whoever knew the old password may hold another session or a token minted from one: end them all (issue 16).
        int sessions = store.deleteOtherSessions(a.login(), session.idHash());
        int tokens = store.revokeApiTokens(a.login());
        audit.record(a.login(), "sessions_ended", sessions + " other session(s), " + tokens + " token(s) revoked after a password change", client);
    }

    private static ApiToken info(StaffApiTokenRecord r) {
        return new ApiToken(r.id(), r.name(), r.createdAt(), r.expiresAt(), r.revoked());
    }

    /** Housekeeping: forgets expired sessions and old failures. */
    void sweep() {
        Instant now = clock.instant();
        store.deleteExpiredSessions(now, now.minus(settings.sessionIdle()));
        throttle.prune();
    }
}
