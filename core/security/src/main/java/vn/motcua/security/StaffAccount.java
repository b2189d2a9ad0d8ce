package vn.motcua.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An account as administrators see it; never the password hash.
 *
 * @param login       account id
 * @param displayName full name
 * @param active      can log in
 * @param createdAt   when created
 * @param grants      roles per unit
 */
public record StaffAccount(String login, String displayName, boolean active, Instant createdAt, Set<RoleGrant> grants) {
    public StaffAccount {
        Objects.requireNonNull(login, "login");
        grants = Set.copyOf(grants);
    }
}
