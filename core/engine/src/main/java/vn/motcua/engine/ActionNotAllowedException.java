package vn.motcua.engine;

import java.util.Set;
import java.util.stream.Collectors;

/** The action is not allowed in the dossier's current state; says which actions are, and the rule if one applies. */
public class ActionNotAllowedException extends DossierEngineException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final DossierAction action;
    private final DossierStatus status;
    private final Set<DossierAction> allowed;
    private final String rule;

    public ActionNotAllowedException(String code, DossierAction action, DossierStatus status, Set<DossierAction> allowed,
                                     String rule) {
        super(action.wireName() + " is not allowed for dossier " + code + " in status " + status
                + (rule == null ? "" : " (" + rule + ")") + "; allowed: "
                + (allowed.isEmpty() ? "none" : allowed.stream().map(DossierAction::wireName).collect(Collectors.joining(", "))));
        this.code = code;
        this.action = action;
        this.status = status;
        this.allowed = Set.copyOf(allowed);
        this.rule = rule;
    }

    public String code() { return code; }

    public DossierAction action() { return action; }

    public DossierStatus status() { return status; }

    /** The actions allowed now. */
    public Set<DossierAction> allowed() { return allowed; }

    /** The rule that forbids it, e.g. the apology-once rule; null when it is just the state. */
    public String rule() { return rule; }
}
