package vn.motcua.security;

import java.util.Objects;
import java.util.Set;

/**
 * An account to create.
 *
 * @param login       account id: 3–64 of {@code a-z 0-9 . _ -}; stored lower case
 * @param displayName full name
 * @param password    initial password, or {@code null} to generate one (returned once)
 * @param grants      roles per unit
 */
public record NewAccount(String login, String displayName, String password, Set<RoleGrant> grants) {
    public NewAccount {
        Objects.requireNonNull(login, "login");
        grants = grants == null ? Set.of() : Set.copyOf(grants);
    }

    /** Redacted: never print a password. */
    @Override
    public String toString() {
        return "NewAccount[" + login + ", " + displayName + ", " + grants + "]";
    }
}
