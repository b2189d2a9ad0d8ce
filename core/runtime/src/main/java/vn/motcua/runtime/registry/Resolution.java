package vn.motcua.runtime.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "which procedure {@code code} serves unit {@code unit} now".
 *
 * @param status    what was found
 * @param procedure the procedure when {@link Status#OFFERED}, {@link Status#DISABLED} or {@link Status#WAITING}; while
 *                  {@link Status#UPDATING}, the version being replaced
 * @param pause     when {@link Status#DISABLED}, the reason and end date the administrator gave (since 1.2)
 */
public record Resolution(Status status, Optional<RegisteredProcedure> procedure, Optional<Pause> pause) {

    /** Outcomes of a lookup. */
    public enum Status {
        /** Offered at the unit. */
        OFFERED,
        /** Its bundle is being updated right now: try again in a moment. */
        UPDATING,
        /** Declared for the unit but switched off there by an administrator. */
        DISABLED,
        /** Declared for the unit, but a Java hook it requires ({@code hooks}, {@code automated}) is not registered yet. */
        WAITING,
        /** No procedure with this code is declared for the unit. */
        NOT_OFFERED
    }

    public Resolution {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(procedure, "procedure");
        pause = pause == null ? Optional.empty() : pause;
    }

    /** A resolution without pause details (the shape before 1.2). */
    public Resolution(Status status, Optional<RegisteredProcedure> procedure) {
        this(status, procedure, Optional.empty());
    }
}
