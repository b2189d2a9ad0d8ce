package vn.motcua.engine;

import java.util.Objects;
import java.util.Set;
import vn.motcua.api.procedure.Role;

/**
 * Who performs a submission or an action. Staff are given as {@link #of(StaffPrincipal)}: the engine picks the role
 * the action needs at the unit that must act and refuses when the principal does not hold it there (decision 1310).
 * The history records the resolved role and unit, never {@link ActorRole#STAFF}.
 *
 * @param accountId account id, {@code citizen} for the applicant, {@code system} for the platform
 * @param role      the role acted in; {@link ActorRole#STAFF} until the engine resolved it from {@code principal}
 * @param unitCodes units where the account holds {@code role}; empty for the applicant
 * @param principal the staff member's duties per unit; null for the applicant, the platform and explicit roles
 */
public record Actor(String accountId, ActorRole role, Set<String> unitCodes, StaffPrincipal principal) {
    public Actor {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        unitCodes = unitCodes == null ? Set.of() : Set.copyOf(unitCodes);
        if (role == ActorRole.STAFF && principal == null) {
            throw new IllegalArgumentException("a STAFF actor needs its principal; use Actor.of(principal)");
        }
    }

    /** An actor in an explicit role (tests, demo data, the platform); the engine checks the role by the same rule. */
    public Actor(String accountId, ActorRole role, Set<String> unitCodes) {
        this(accountId, role, unitCodes, null);
    }

    /** A staff member; the engine decides the role it acts in (the HTTP layers' way to act). */
    public static Actor of(StaffPrincipal principal) {
        Objects.requireNonNull(principal, "principal");
        return new Actor(principal.accountId(), ActorRole.STAFF, principal.units(), principal);
    }

    /** An officer acting in an explicit role at these units (tests, demo data). */
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
