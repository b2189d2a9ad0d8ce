package vn.motcua.storage;

import java.util.Objects;

/**
 * Who changes a staff account, for the audit entry that {@link StaffStore} writes in the same transaction as the
 * change. Every method of the store that changes an account takes one, so no code path can change an account
 * without leaving an audit entry (issue 16).
 *
 * @param actor  account id of whoever acts, or {@code system}
 * @param client client address, or null
 * @param note   why, appended to the entry's detail (e.g. {@code first start}); null for none. Never a password.
 */
public record ChangedBy(String actor, String client, String note) {
    public ChangedBy {
        Objects.requireNonNull(actor, "actor");
    }

    public static ChangedBy of(String actor, String client) {
        return new ChangedBy(actor, client, null);
    }
}
