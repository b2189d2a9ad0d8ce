package vn.motcua.workspace.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import vn.motcua.api.procedure.Role;
import vn.motcua.engine.Actor;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierView;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * Which role an officer acts in on a dossier, and whether the page offers an action to them. The engine decides in
 * the end (it refuses a wrong role or unit); this only keeps buttons off the page that would be refused.
 */
final class Officers {

    private Officers() {
    }

    private static final Set<DossierAction> STEP_ACTIONS = EnumSet.of(DossierAction.FORWARD, DossierAction.SEND_BACK,
            DossierAction.APPROVE, DossierAction.REJECT, DossierAction.REQUEST_SUPPLEMENT);

    /** The role and unit an action needs (the engine's rule): a step's role at its unit, a leader for the apology and the extension, else the receiving unit's one-stop officer. */
    record Need(StaffRole role, Set<String> units) {
    }

    static Need need(DossierView d, DossierAction action) {
        if (d.status() == DossierStatus.PROCESSING && STEP_ACTIONS.contains(action) && d.currentRole() != null) {
            return new Need(StaffRole.valueOf(d.currentRole()), Set.of(d.currentUnit()));
        }
        if (action == DossierAction.ISSUE_APOLOGY || action == DossierAction.EXTEND) {
            return new Need(StaffRole.LEADER, d.currentUnit() == null ? Set.of(d.unitCode())
                    : java.util.stream.Stream.of(d.currentUnit(), d.unitCode()).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
        return new Need(StaffRole.ONE_STOP_OFFICER, Set.of(d.unitCode()));
    }

    /** True if the action is allowed now and the officer holds the role it needs at a unit where it may be done. */
    static boolean offered(StaffIdentity who, DossierView d, DossierAction action) {
        if (!d.allowedActions().contains(action)) {
            return false;
        }
        Need n = need(d, action);
        return n.units().stream().anyMatch(u -> who.has(n.role(), u));
    }

    /** The engine's actor for this officer and action: the role it needs, and the units where the account holds it. */
    static Actor actor(StaffIdentity who, DossierView d, DossierAction action) {
        StaffRole role = need(d, action).role();
        if (!who.has(role)) {
            role = List.of(StaffRole.ONE_STOP_OFFICER, StaffRole.SPECIALIST, StaffRole.LEADER).stream().filter(who::has)
                    .findFirst().orElse(null);
        }
        if (role == null) {
            return new Actor(who.accountId(), ActorRole.ADMIN, who.unitCodes());
        }
        return new Actor(who.accountId(), ActorRole.valueOf(role.name()), who.unitsWith(role));
    }

    static Optional<Role> procedureRole(StaffRole r) {
        return switch (r) {
            case ONE_STOP_OFFICER -> Optional.of(Role.ONE_STOP_OFFICER);
            case SPECIALIST -> Optional.of(Role.SPECIALIST);
            case LEADER -> Optional.of(Role.LEADER);
            default -> Optional.empty();
        };
    }
}
