package vn.motcua.api.procedure;

/**
 * An allowed action at a step and where it leads.
 *
 * @param action the action
 * @param next   the id of the next step; {@code null} when the action ends processing (approve, reject)
 *               or returns to the applicant (request supplement)
 */
public record Transition(StepAction action, String next) {
    public Transition {
        java.util.Objects.requireNonNull(action, "action");
    }
}
