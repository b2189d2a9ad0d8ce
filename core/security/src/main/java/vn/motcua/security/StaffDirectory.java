package vn.motcua.security;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who works at a unit, for choosing a colleague (assigning feedback, listing officers to evaluate). Holds no
 * secrets and changes nothing; the caller decides who may see the list. Thread-safe.
 */
@ProviderType
public interface StaffDirectory {

    /** Active accounts with at least one role at the unit, by login. */
    List<Colleague> officersOf(String unitCode);

    /**
     * An active officer of a unit.
     *
     * @param login       the account
     * @param displayName the name to show
     * @param roles       the roles held at that unit
     */
    record Colleague(String login, String displayName, Set<StaffRole> roles) {
        public Colleague {
            roles = Set.copyOf(roles);
        }
    }
}
