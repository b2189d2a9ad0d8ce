package vn.motcua.security;

import java.util.Objects;

/**
 * An account just created, or whose password was just reset.
 *
 * @param account           the account
 * @param generatedPassword the password the platform generated, to hand over once; {@code null} when the
 *                          administrator chose it
 */
public record CreatedAccount(StaffAccount account, String generatedPassword) {
    public CreatedAccount {
        Objects.requireNonNull(account, "account");
    }

    @Override
    public String toString() {
        return "CreatedAccount[" + account + "]";
    }
}
