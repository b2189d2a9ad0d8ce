package vn.motcua.security;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.engine.StaffPrincipal;

/**
 * An authenticated staff member.
 *
 * @param accountId   stable account id (the login name)
 * @param displayName name shown in the workspace and in dossier history
 * @param roles       roles held, in any unit
 * @param unitCodes   units the account belongs to; a city administrator belongs to the city unit {@code 01}
 * @param grants      the roles per unit exactly; {@link #roles()} and {@link #unitCodes()} are its projections
 */
public record StaffIdentity(String accountId, String displayName, Set<StaffRole> roles, Set<String> unitCodes, Set<RoleGrant> grants) {
    public StaffIdentity {
        Objects.requireNonNull(accountId, "accountId");
        displayName = displayName == null ? accountId : displayName;
        roles = Set.copyOf(roles);
        unitCodes = Set.copyOf(unitCodes);
        grants = Set.copyOf(grants);
    }

    /** An identity whose every role holds in every one of its units (tests, callers without per-unit grants). */
    public StaffIdentity(String accountId, String displayName, Set<StaffRole> roles, Set<String> unitCodes) {
        this(accountId, displayName, roles, unitCodes, roles.stream()
                .flatMap(r -> unitCodes.stream().map(u -> new RoleGrant(u, r))).collect(Collectors.toSet()));
    }

    /** The identity of an account holding exactly {@code grants}. */
    public static StaffIdentity of(String accountId, String displayName, Set<RoleGrant> grants) {
        return new StaffIdentity(accountId, displayName,
                grants.stream().map(RoleGrant::role).collect(Collectors.toSet()),
                grants.stream().map(RoleGrant::unitCode).collect(Collectors.toSet()), grants);
    }

    /** Holds the role in at least one unit. */
    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** Holds the role in this unit. */
    public boolean has(StaffRole role, String unitCode) {
        return grants.contains(new RoleGrant(unitCode, role));
    }

    /**
     * This account as the engine's staff principal: the engine alone decides from it what the account sees and in
     * which role it may act (decision 1310). The one mapping of roles to the engine's duties.
     *
     * @since 2.1
     */
    public StaffPrincipal principal() {
        return new StaffPrincipal(accountId, grants.stream()
                .map(g -> new StaffPrincipal.Grant(g.unitCode(), StaffPrincipal.Duty.valueOf(g.role().name())))
                .collect(Collectors.toSet()));
    }

    /** The units in which the role is held. */
    public Set<String> unitsWith(StaffRole role) {
        return grants.stream().filter(g -> g.role() == role).map(RoleGrant::unitCode).collect(Collectors.toUnmodifiableSet());
    }
}
