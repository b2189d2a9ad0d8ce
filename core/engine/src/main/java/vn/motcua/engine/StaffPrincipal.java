package vn.motcua.engine;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.api.procedure.Role;

/**
 * A staff member as the engine sees them: the account and the duties it holds, each in one unit. Every staff-facing
 * engine call takes one; the engine alone decides from it what the account sees (unit isolation, including the
 * inter-agency rule) and in which role it may act at a step's unit (decision 1310). The HTTP layers only build it
 * from the authenticated session.
 *
 * @param accountId the account (login name), recorded in the history as the actor
 * @param grants    the duties per unit exactly
 * @since 2.0
 */
public record StaffPrincipal(String accountId, Set<Grant> grants) {

    /** What a staff account may be given, mirroring the security bundle's roles (the engine cannot depend on it). */
    public enum Duty {
        ONE_STOP_OFFICER, SPECIALIST, LEADER,
        /** Sees every dossier its unit sees, read-only (Directive 12/CT-UBND item 1, decision 1002). */
        CONTROL_OFFICER,
        UNIT_ADMIN,
        /** Sees every dossier of the city; acts only through procedure duties it also holds. */
        CITY_ADMIN;

        /** The procedure role this duty acts in, if any. */
        public Optional<Role> procedureRole() {
            return switch (this) {
                case ONE_STOP_OFFICER -> Optional.of(Role.ONE_STOP_OFFICER);
                case SPECIALIST -> Optional.of(Role.SPECIALIST);
                case LEADER -> Optional.of(Role.LEADER);
                default -> Optional.empty();
            };
        }

        /** The duty of a procedure role. */
        public static Duty of(Role role) {
            return valueOf(role.name());
        }
    }

    /**
     * One duty held in one unit.
     *
     * @param unitCode unit code ({@code 00070}, {@code SXD}; {@code 01} is the city)
     * @param duty     the duty
     */
    public record Grant(String unitCode, Duty duty) {
        public Grant {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(duty, "duty");
        }
    }

    public StaffPrincipal {
        Objects.requireNonNull(accountId, "accountId");
        grants = grants == null ? Set.of() : Set.copyOf(grants);
    }

    /** An account holding {@code duty} in each of {@code unitCodes} (tests, demo data). */
    public static StaffPrincipal of(String accountId, Duty duty, String... unitCodes) {
        return new StaffPrincipal(accountId, Arrays.stream(unitCodes).map(u -> new Grant(u, duty)).collect(Collectors.toSet()));
    }

    /** Holds the duty in this unit. */
    public boolean holds(Duty duty, String unitCode) {
        return unitCode != null && grants.contains(new Grant(unitCode, duty));
    }

    /** Holds the duty in some unit. */
    public boolean holds(Duty duty) {
        return grants.stream().anyMatch(g -> g.duty() == duty);
    }

    /** The units where the duty is held. */
    public Set<String> unitsWith(Duty duty) {
        return grants.stream().filter(g -> g.duty() == duty).map(Grant::unitCode).collect(Collectors.toUnmodifiableSet());
    }

    /** Every unit where the account holds any duty: the units whose dossiers it may see. */
    public Set<String> units() {
        return grants.stream().map(Grant::unitCode).collect(Collectors.toUnmodifiableSet());
    }

    /** A city administrator sees the dossiers of every unit. */
    public boolean cityWide() {
        return holds(Duty.CITY_ADMIN);
    }
}
