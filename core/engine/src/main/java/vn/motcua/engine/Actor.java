package vn.motcua.engine;

import java.util.Objects;
import java.util.Set;
import vn.motcua.api.procedure.Role;

/**
 * Who performs a submission or an action. The HTTP layer builds it from the authenticated session; the engine
 * checks role and unit against the dossier.
 *
 * @param accountId account id, {@code citizen} for the applicant, {@code system} for the platform
 * @param role      the role acted in
 * @param unitCodes units the account works for; empty for the applicant
 */
public record Actor(String accountId, ActorRole role, Set<String> unitCodes) {
    public Actor {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        unitCodes = unitCodes == null ? Set.of() : Set.copyOf(unitCodes);
    }

    public static Actor staff(String accountId, Role role, String... unitCodes) {
        return new Actor(accountId, ActorRole.of(role), Set.of(unitCodes));
    }

    /** The applicant, who proves who they are with the second factor, not an account. */
    public static Actor citizen() {
        return new Actor("citizen", ActorRole.CITIZEN, Set.of());
    }

    public boolean worksFor(String unitCode) {
        return unitCodes.contains(unitCode);
    }
}
