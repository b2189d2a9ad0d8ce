package vn.motcua.engine.citizen;

import vn.motcua.engine.DossierEngineException;

/** The dossier cannot be rated now: its result is not returned yet, or it was rated before. */
public class EvaluationRefusedException extends DossierEngineException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason { NOT_RETURNED, ALREADY_EVALUATED }

    private final Reason reason;

    public EvaluationRefusedException(String dossierCode, Reason reason) {
        super("dossier " + dossierCode + " cannot be evaluated: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
