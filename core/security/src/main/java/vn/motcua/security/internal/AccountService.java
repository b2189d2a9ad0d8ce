package vn.motcua.security.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.security.AccessDeniedException;
import vn.motcua.security.AccountConflictException;
import vn.motcua.security.AccountNotFoundException;
import vn.motcua.security.CreatedAccount;
import vn.motcua.security.InvalidAccountException;
import vn.motcua.security.NewAccount;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffAccount;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.ChangedBy;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.StaffRoleRecord;
import vn.motcua.storage.StaffStore;

/** {@link StaffAccounts}: the administration rules of one place, over the store. */
final class AccountService implements StaffAccounts {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{3,64}");

    private final StaffStore store;
    private final Identities identities;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final Clock clock;

    AccountService(StaffStore store, PasswordHasher hasher, Secrets secrets, Clock clock) {
        this.store = store;
        this.identities = new Identities(store);
        this.hasher = hasher;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** What the actor administers: every unit ({@code null}) for a city administrator, else their UNIT_ADMIN units. */
    private static Set<String> scope(StaffIdentity actor) {
        if (actor.has(StaffRole.CITY_ADMIN)) {
            return null;
        }
        Set<String> units = actor.unitsWith(StaffRole.UNIT_ADMIN);
        if (units.isEmpty()) {
            throw new AccessDeniedException("account " + actor.accountId() + " administers no unit");
        }
        return units;
    }

    /** Whom the actor sees: a unit administrator sees accounts with a role in a unit they administer, never a city administrator. */
    private static boolean sees(Set<String> scope, Set<RoleGrant> grants) {
        if (scope == null) {
            return true;
        }
        return grants.stream().noneMatch(g -> g.role() == StaffRole.CITY_ADMIN)
                && grants.stream().anyMatch(g -> scope.contains(g.unitCode()));
    }

    /**
     * Whom the actor may change: a unit administrator only accounts whose EVERY role is in units they administer.
     * An account that also works elsewhere is another unit's too; resetting its password would let one unit's
     * administrator log in as it and read the other unit's dossiers (issue 16, cross-unit takeover).
     */
    private static boolean manages(Set<String> scope, Set<RoleGrant> grants) {
        return scope == null || (sees(scope, grants) && grants.stream().allMatch(g -> scope.contains(g.unitCode())));
    }

    @Override
    public List<StaffAccount> list(StaffIdentity actor) {
        Set<String> scope = scope(actor);
        Map<String, Set<RoleGrant>> grants = new HashMap<>();
        for (StaffRoleRecord r : store.allRoles()) {
            Identities.grant(r).ifPresent(g -> grants.computeIfAbsent(r.login(), k -> new HashSet<>()).add(g));
        }
        return store.accounts().stream()
                .filter(a -> sees(scope, grants.getOrDefault(a.login(), Set.of())))
                .map(a -> identities.view(a, grants.getOrDefault(a.login(), Set.of())))
                .sorted(Comparator.comparing(StaffAccount::login)).toList();
    }

    @Override
    public StaffAccount get(StaffIdentity actor, String login) {
        Set<String> scope = scope(actor);
        String name = normal(login);
        StaffAccountRecord a = store.account(name).orElseThrow(() -> new AccountNotFoundException(name));
        Set<RoleGrant> grants = identities.grants(name);
        if (!sees(scope, grants)) {
            throw new AccountNotFoundException(name);
        }
        return identities.view(a, grants);
    }

    /**
     * The account if the actor may change it. One they do not see does not exist for them; one they see but that
     * also works in a unit they do not administer is refused with the rule.
     */
    private StaffAccountRecord managed(StaffIdentity actor, String login) {
        Set<String> scope = scope(actor);
        String name = normal(login);
        StaffAccountRecord a = store.account(name).orElseThrow(() -> new AccountNotFoundException(name));
        Set<RoleGrant> grants = identities.grants(name);
        if (!sees(scope, grants)) {
            throw new AccountNotFoundException(name);
        }
        if (!manages(scope, grants)) {
            throw new AccessDeniedException("Tài khoản " + name + " còn có vai trò ở đơn vị khác: chỉ quản trị Thành phố được thay đổi.");
        }
        return a;
    }

    @Override
    public CreatedAccount create(StaffIdentity actor, NewAccount account, String client) {
        Set<String> scope = scope(actor);
        String login = normal(account.login());
        if (!LOGIN.matcher(login).matches()) {
            throw new InvalidAccountException("login", "Tên đăng nhập gồm 3–64 ký tự a-z, 0-9, dấu chấm, gạch dưới hoặc gạch ngang.");
        }
        String name = account.displayName() == null ? "" : account.displayName().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidAccountException("displayName", "Cần họ tên cán bộ (tối đa 200 ký tự).");
        }
        if (account.grants().isEmpty()) {
            throw new InvalidAccountException("grants", "Cần ít nhất một vai trò tại một đơn vị.");
        }
        requireGrantable(actor, scope, account.grants());
        String password = account.password();
        String generated = null;
        if (password == null) {
            generated = secrets.password();
            password = generated;
        } else {
            Passwords.requireStrong(password, login);
        }
        try {
            store.insertAccount(new StaffAccountRecord(login, name, hasher.hash(password), true, clock.instant()),
                    account.grants().stream().map(g -> Identities.record(login, g)).toList(), ChangedBy.of(actor.accountId(), client));
        } catch (DuplicateKeyException e) {
            throw new AccountConflictException("login exists: " + login);
        }
        return new CreatedAccount(get(actor, login), generated);
    }

    private static void requireGrantable(StaffIdentity actor, Set<String> scope, Set<RoleGrant> grants) {
        for (RoleGrant g : grants) {
            if (scope != null && g.role() == StaffRole.CITY_ADMIN) {
                throw new AccessDeniedException("only a city administrator grants CITY_ADMIN");
            }
            if (scope != null && !scope.contains(g.unitCode())) {
                throw new AccessDeniedException(actor.accountId() + " does not administer unit " + g.unitCode());
            }
            if (g.unitCode().isBlank() || g.unitCode().length() > 64) {
                throw new InvalidAccountException("grants", "Mã đơn vị không hợp lệ: " + g.unitCode());
            }
        }
    }

    @Override
    public StaffAccount replaceRoles(StaffIdentity actor, String login, Set<RoleGrant> grants, String client) {
        Set<String> scope = scope(actor);
        StaffAccountRecord a = managed(actor, login);
        requireGrantable(actor, scope, grants);
        Set<RoleGrant> before = identities.grants(a.login());
        if (a.login().equals(actor.accountId()) && actor.has(StaffRole.CITY_ADMIN)
                && grants.stream().noneMatch(g -> g.role() == StaffRole.CITY_ADMIN)) {
            throw new AccountConflictException("a city administrator cannot remove their own CITY_ADMIN role");
        }
        requireSeparateDuties(actor, scope, a.login(), before, grants);
        Set<String> units = new HashSet<>();
        if (scope == null) {
            before.forEach(g -> units.add(g.unitCode()));
            grants.forEach(g -> units.add(g.unitCode()));
        } else {
            units.addAll(scope);
        }
        store.replaceRoles(a.login(), units, grants.stream().map(g -> Identities.record(a.login(), g)).toList(),
                ChangedBy.of(actor.accountId(), client));
        return identities.view(a, identities.grants(a.login()));
    }

    @Override
    public CreatedAccount resetPassword(StaffIdentity actor, String login, String newPassword, String client) {
        StaffAccountRecord a = managed(actor, login);
        String generated = null;
        String password = newPassword;
        if (password == null) {
            generated = secrets.password();
            password = generated;
        } else {
            Passwords.requireStrong(password, a.login());
        }
        store.updatePassword(a.login(), hasher.hash(password), new ChangedBy(actor.accountId(), client, "reset by an administrator"));
        store.deleteSessions(a.login());
        store.revokeApiTokens(a.login());
        return new CreatedAccount(get(actor, a.login()), generated);
    }

    @Override
    public StaffAccount setActive(StaffIdentity actor, String login, boolean active, String client) {
        StaffAccountRecord a = managed(actor, login);
        if (!active && a.login().equals(actor.accountId())) {
            throw new AccountConflictException("an administrator cannot deactivate their own account");
        }
        store.setActive(a.login(), active, ChangedBy.of(actor.accountId(), client));
        if (!active) {
            store.deleteSessions(a.login());
            store.revokeApiTokens(a.login());
        }
        return get(actor, a.login());
    }

    /**
     * Segregation of duties (issue 16): an administrator who is not a city administrator cannot give their own account a
     * processing role (one-stop officer, specialist, leader), or they could receive and decide dossiers of the unit
     * they administer with nobody else involved. A city administrator may grant it.
     */
    private static void requireSeparateDuties(StaffIdentity actor, Set<String> scope, String login, Set<RoleGrant> before,
                                              Set<RoleGrant> grants) {
        if (scope == null || !login.equals(actor.accountId())) {
            return;
        }
        for (RoleGrant g : grants) {
            if (PROCESSING.contains(g.role()) && !before.contains(g)) {
                throw new AccessDeniedException("Quản trị đơn vị không tự cấp vai trò xử lý hồ sơ (" + g.role() + " tại "
                        + g.unitCode() + ") cho chính mình: cần quản trị Thành phố cấp.");
            }
        }
    }

    private static final Set<StaffRole> PROCESSING = java.util.EnumSet.of(StaffRole.ONE_STOP_OFFICER, StaffRole.SPECIALIST, StaffRole.LEADER);

    private static String normal(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    static String describe(Set<RoleGrant> grants) {
        return grants.stream().map(g -> g.unitCode() + " " + g.role()).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
