package vn.motcua.engine.feedback;

import vn.motcua.engine.DossierEngineException;

/** The desk cannot do this to this feedback now; {@link #reason()} says why. */
public class FeedbackRefusedException extends DossierEngineException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** No such feedback, or held by a unit the officer does not work for. */
        NOT_FOUND,
        /** Already answered: it cannot be assigned, forwarded or answered again. */
        NOT_OPEN,
        /** Not answered yet: nothing to publish or rate. */
        NOT_ANSWERED,
        /** Only the unit's leader (or an administrator) may do this. */
        NOT_LEADER,
        /** Someone else changed it meanwhile, or it is already in the asked state: look again. */
        CHANGED
    }

    private final Reason reason;

    public FeedbackRefusedException(String reference, Reason reason) {
        super("feedback " + reference + " refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
