package vn.motcua.security.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffAccount;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.StaffRoleRecord;
import vn.motcua.storage.StaffStore;

/** Reads accounts and their roles into identities; roles unknown to this version are ignored, not fatal. */
final class Identities {

    private final StaffStore store;

    Identities(StaffStore store) {
        this.store = store;
    }

    /** The identity of an active account; empty for an unknown or deactivated one. */
    Optional<StaffIdentity> active(String login) {
        return store.account(login).filter(StaffAccountRecord::active)
                .map(a -> StaffIdentity.of(a.login(), a.displayName(), grants(a.login())));
    }

    Set<RoleGrant> grants(String login) {
        return store.roles(login).stream().map(Identities::grant).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    StaffAccount view(StaffAccountRecord a, Set<RoleGrant> grants) {
        return new StaffAccount(a.login(), a.displayName(), a.active(), a.createdAt(), grants);
    }

    static Optional<RoleGrant> grant(StaffRoleRecord r) {
        try {
            return Optional.of(new RoleGrant(r.unitCode(), StaffRole.valueOf(r.role())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static StaffRoleRecord record(String login, RoleGrant g) {
        return new StaffRoleRecord(login, g.unitCode(), g.role().name());
    }
}
