package vn.motcua.api.procedure;

import java.util.List;
import java.util.Optional;

/**
 * One processing step (bước xử lý).
 *
 * <p>Example: the appraisal step of a building permit, done by a specialist of the Department of
 * Construction (an inter-agency step), with 80 working hours:
 * <pre>{@code
 * - id: tham-dinh
 *   name: Thẩm định hồ sơ
 *   unit: SXD            # a unit code; omit for the receiving unit
 *   role: specialist
 *   budget: {unit: working_hours, amount: 80}
 *   actions:
 *     - {action: forward, next: phe-duyet}
 *     - {action: send_back, next: tiep-nhan}
 *     - {action: reject}
 * }</pre>
 *
 * @param id      step id, unique in the procedure
 * @param name    Vietnamese name
 * @param unit    the performing unit's code, or {@code null} for the unit that received the dossier
 * @param role    the staff role that performs it
 * @param budget  the step's time budget
 * @param actions what may be done at this step and where each action leads
 * @param automated true when the system performs the step through an {@code AutomatedStep} hook (descriptor key
 *                  {@code automated}); the procedure waits, not offered, until such a hook is registered
 */
public record Step(String id, String name, String unit, Role role, TimeLimit budget, List<Transition> actions,
                   boolean automated) {

    /** A step done by an officer (the shape before 1.1). */
    public Step(String id, String name, String unit, Role role, TimeLimit budget, List<Transition> actions) {
        this(id, name, unit, role, budget, actions, false);
    }
    public Step {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(role, "role");
        java.util.Objects.requireNonNull(budget, "budget");
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** True when this step is done at a unit other than the one that received the dossier (liên thông). */
    public boolean isInterAgency() {
        return unit != null;
    }

    /** The transition for an action, if this step allows it. */
    public Optional<Transition> transition(StepAction action) {
        return actions.stream().filter(t -> t.action() == action).findFirst();
    }
}
