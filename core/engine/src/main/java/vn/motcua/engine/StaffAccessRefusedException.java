package vn.motcua.engine;

import java.util.Set;

/**
 * A staff member may see the dossier but not perform this action in the roles it holds at the unit that must act:
 * the one refusal the HTTP layers turn into {@code 403} naming the role and the units (decision 1310). A dossier the
 * member may not see is never refused with this: it is {@link DossierNotFoundException}, exactly like an unknown code.
 *
 * @since 2.0
 */
public class StaffAccessRefusedException extends ActorNotPermittedException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final DossierAction action;
    private final StaffPrincipal.Duty neededDuty;
    private final Set<String> units;

    public StaffAccessRefusedException(String code, DossierAction action, StaffPrincipal.Duty neededDuty, Set<String> units) {
        super((action == null ? "the queue" : action.wireName() + " on " + code) + " needs " + neededDuty + " at " + units);
        this.code = code;
        this.action = action;
        this.neededDuty = neededDuty;
        this.units = Set.copyOf(units);
    }

    /** The dossier; null for a queue. */
    public String code() {
        return code;
    }

    /** The action refused; null for a queue. */
    public DossierAction action() {
        return action;
    }

    /** The duty the action needs. */
    public StaffPrincipal.Duty neededDuty() {
        return neededDuty;
    }

    /** The units in one of which that duty must be held. */
    public Set<String> units() {
        return units;
    }
}
