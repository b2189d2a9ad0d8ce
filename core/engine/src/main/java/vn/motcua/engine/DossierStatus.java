package vn.motcua.engine;

/** Where a dossier is in its lifecycle (product.md "Lifecycle"). Overdue is not a status. */
public enum DossierStatus {
    /**
     * Submitted online, or registered for the post to collect the paper (a POSTAL pickup request, decision 1133),
     * waiting for the one-stop officer's check; the clock has not started.
     */
    SUBMITTED(true),
    /** Not received: guidance to complete it was given once in writing (slip 02); the clock has not started. */
    AWAITING_SUPPLEMENT(true),
    /** Refused at reception with a reason (slip 03). */
    REFUSED(false),
    /** Received (the clock runs) and at a processing step. */
    PROCESSING(true),
    /** A supplement was requested during processing; the clock is stopped. */
    SUPPLEMENT_REQUESTED(true),
    /** Approved or rejected after appraisal; the result goes to the one-stop section. */
    DECIDED(true),
    /** The result is at the one-stop section, ready to be returned. */
    RESULT_READY(true),
    /** The result was returned through the chosen channel. */
    RETURNED(false),
    /** Stopped at the applicant's request before a decision (stop notice). */
    WITHDRAWN(false);

    private final boolean open;

    DossierStatus(boolean open) {
        this.open = open;
    }

    /** True while somebody still has to act. */
    public boolean isOpen() {
        return open;
    }
}
