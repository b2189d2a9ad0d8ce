package vn.motcua.engine.internal;

import java.util.function.Function;
import java.util.function.Supplier;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.StaffStore;

/**
 * The name an officer signs a slip with, by account id: the account's display name. Slips never print a login id
 * (issue 13): an account that is unknown, or a store that is not running, gives an empty name for a hand signature.
 * Thread-safe.
 */
final class OfficerNames implements Function<String, String> {

    private final Supplier<StaffStore> staff;

    OfficerNames(Supplier<StaffStore> staff) {
        this.staff = staff;
    }

    @Override
    public String apply(String accountId) {
        StaffStore s = staff.get();
        if (s == null || accountId == null) {
            return "";
        }
        return s.account(accountId).map(StaffAccountRecord::displayName).filter(n -> n != null && !n.isBlank())
                .map(String::strip).orElse("");
    }
}
