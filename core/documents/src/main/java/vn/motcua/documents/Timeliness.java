package vn.motcua.documents;

/** How a step or a dossier finished against its deadline, as printed on the control sheet and the tracking book. */
public enum Timeliness {
    /** Finished on an earlier day than the deadline. */
    EARLY("Trước hạn"),
    /** Finished on the deadline's day, not after it. */
    ON_TIME("Đúng hạn"),
    /** Finished after the deadline. */
    LATE("Quá hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    /** The Vietnamese label printed on the slips. */
    public String label() {
        return label;
    }
}
