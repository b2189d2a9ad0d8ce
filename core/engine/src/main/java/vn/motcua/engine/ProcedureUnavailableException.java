package vn.motcua.engine;

/** The procedure cannot take submissions at this unit now. */
public class ProcedureUnavailableException extends DossierEngineException {
    private static final long serialVersionUID = 1L;
    private final String procedureCode;
    private final Reason reason;

    /** Why. */
    public enum Reason {
        /** Not declared for the unit (or the unit is unknown). */
        NOT_OFFERED,
        /** Switched off at the unit by an administrator. */
        DISABLED,
        /** Its bundle is being updated: retry shortly. */
        UPDATING,
        /** The requested channel is not offered by the procedure. */
        CHANNEL_NOT_OFFERED
    }

    public ProcedureUnavailableException(String procedureCode, String unitCode, Reason reason) {
        super("procedure " + procedureCode + " at unit " + unitCode + ": " + reason);
        this.procedureCode = procedureCode;
        this.reason = reason;
    }

    /** The procedure code that was asked for. */
    public String procedureCode() {
        return procedureCode;
    }

    public Reason reason() {
        return reason;
    }
}
