package vn.motcua.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.security.StaffDirectory;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.StaffAccountRecord;
import vn.motcua.storage.StaffRoleRecord;
import vn.motcua.storage.StaffStore;

/** {@link StaffDirectory} over the staff store: a handful of accounts per unit, so reading the roles is cheap. */
final class Directory implements StaffDirectory {

    /** A role name a newer version wrote is skipped, as {@link Identities} does. */
    private static final Set<String> KNOWN = EnumSet.allOf(StaffRole.class).stream().map(Enum::name).collect(Collectors.toSet());

    private final StaffStore store;

    Directory(StaffStore store) {
        this.store = store;
    }

    @Override
    public List<Colleague> officersOf(String unitCode) {
        Map<String, Set<StaffRole>> roles = store.allRoles().stream().filter(r -> r.unitCode().equals(unitCode)).filter(r -> KNOWN.contains(r.role()))
                .collect(Collectors.groupingBy(StaffRoleRecord::login,
                        Collectors.mapping(r -> StaffRole.valueOf(r.role()), Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)))));
        return store.accounts().stream().filter(StaffAccountRecord::active).filter(a -> roles.containsKey(a.login()))
                .sorted(java.util.Comparator.comparing(StaffAccountRecord::login))
                .map(a -> new Colleague(a.login(), a.displayName(), roles.get(a.login()))).toList();
    }
}
