package vn.motcua.storage;

/**
 * Every figure the reports count, each a number of dossiers. A figure has one definition (in the store), used both to
 * count and to list the dossiers behind the count, so the two always agree (decision 1000).
 *
 * <p>Period figures are dated by the month a dossier arrived ({@link Dated#SUBMITTED}) or was finished
 * ({@link Dated#FINISHED}); {@link Dated#NOW} figures describe the open dossiers at the moment of the query.
 */
public enum ReportFigure {
    /** Every dossier that arrived (tiếp nhận), whatever happened next. */
    RECEIVED(Dated.SUBMITTED),
    RECEIVED_COUNTER(Dated.SUBMITTED),
    RECEIVED_POSTAL(Dated.SUBMITTED),
    /** Online, procedure offered partly online (một phần, Decree 42/2022). */
    RECEIVED_ONLINE_PARTIAL(Dated.SUBMITTED),
    /** Online, procedure offered fully online (toàn trình, Decree 42/2022). */
    RECEIVED_ONLINE_FULL(Dated.SUBMITTED),
    /** At least one supplement request. */
    SUPPLEMENT_REQUESTED(Dated.SUBMITTED),
    /** An apology slip was issued. */
    APOLOGIZED(Dated.SUBMITTED),
    /** Violation: a supplement was requested more than once (guidance is given once, in writing: domain.md §2). */
    SUPPLEMENT_TWICE(Dated.SUBMITTED),
    /** Violation: at least one hand-over after its step's deadline (domain.md §3). */
    LATE_HANDOVER(Dated.SUBMITTED),
    /** Arrived with its documents in digital form (at least one attached file): Decision 766/QĐ-TTg digitisation. */
    DIGITISED(Dated.SUBMITTED),
    /** Online, and its fee paid online at the gateway (decision 1130): Decision 766/QĐ-TTg online payment. */
    PAID_ONLINE(Dated.SUBMITTED),
    /** Decided (approved or rejected), classed against the appointment. */
    FINISHED(Dated.FINISHED),
    FINISHED_EARLY(Dated.FINISHED),
    FINISHED_ON_TIME(Dated.FINISHED),
    FINISHED_LATE(Dated.FINISHED),
    /** Decided with a result that says no. */
    REJECTED(Dated.FINISHED),
    /** Refused at reception (slip 03). */
    REFUSED(Dated.FINISHED),
    /** Stopped at the applicant's request. */
    WITHDRAWN(Dated.FINISHED),
    /** Violation: decided late without an apology slip (domain.md §3). */
    LATE_WITHOUT_APOLOGY(Dated.FINISHED),
    /** Violation: stopped without a stated reason. */
    STOP_WITHOUT_REASON(Dated.FINISHED),
    /** Open and not past the appointment (a stopped clock cannot be overdue). */
    IN_PROGRESS_ON_TIME(Dated.NOW),
    /** Open and past the appointment. */
    IN_PROGRESS_OVERDUE(Dated.NOW),
    /** Open, not yet overdue, within the due-soon threshold. */
    DUE_SOON(Dated.NOW),
    /** Violation: open, past the appointment, no apology slip. */
    OVERDUE_WITHOUT_APOLOGY(Dated.NOW);

    /** Which moment dates a figure. */
    public enum Dated { SUBMITTED, FINISHED, NOW }

    private final Dated dated;

    ReportFigure(Dated dated) {
        this.dated = dated;
    }

    public Dated dated() {
        return dated;
    }
}
