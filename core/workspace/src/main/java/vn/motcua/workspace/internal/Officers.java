package vn.motcua.workspace.internal;

import java.util.Optional;
import vn.motcua.api.procedure.Role;
import vn.motcua.security.StaffRole;

/**
 * The queue a staff role works from. Which dossiers an officer sees and which actions it may perform are the engine's
 * decision (decision 1310: {@code DossierEngine.find(code, principal)} and {@code DossierView.permittedActions}).
 */
final class Officers {

    private Officers() {
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
