package vn.motcua.security;

import java.util.Objects;
import java.util.Set;

/**
 * An authenticated staff member.
 *
 * @param accountId   stable account id (the login name)
 * @param displayName name shown in the workspace and in dossier history
 * @param roles       roles held
 * @param unitCodes   units the account belongs to; a city administrator belongs to the city unit {@code 01}
 */
public record StaffIdentity(String accountId, String displayName, Set<StaffRole> roles, Set<String> unitCodes) {
    public StaffIdentity {
        Objects.requireNonNull(accountId, "accountId");
        displayName = displayName == null ? accountId : displayName;
        roles = Set.copyOf(roles);
        unitCodes = Set.copyOf(unitCodes);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
