package vn.motcua.engine;

import java.util.Optional;
import vn.motcua.api.procedure.Role;

/** Who acts: the staff roles of {@link Role}, plus the applicant, administrators and the platform itself. */
public enum ActorRole {
    CITIZEN, ONE_STOP_OFFICER, SPECIALIST, LEADER, ADMIN, SYSTEM,
    /**
     * A staff member given by its {@link StaffPrincipal}, whose role the engine resolves for the action (decision
     * 1310). Never recorded in a history.
     *
     * @since 2.0
     */
    STAFF;

    public static ActorRole of(Role role) {
        return valueOf(role.name());
    }

    /** The procedure role of a staff actor. */
    public Optional<Role> staffRole() {
        return switch (this) {
            case ONE_STOP_OFFICER -> Optional.of(Role.ONE_STOP_OFFICER);
            case SPECIALIST -> Optional.of(Role.SPECIALIST);
            case LEADER -> Optional.of(Role.LEADER);
            default -> Optional.empty();
        };
    }
}
