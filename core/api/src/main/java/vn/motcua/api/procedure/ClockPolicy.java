package vn.motcua.api.procedure;

/**
 * What a supplement request during processing does to the time limit.
 * Decree 297/2025: "Thời hạn giải quyết được tính lại từ đầu" is the common rule, hence the default.
 */
public enum ClockPolicy {
    /** The full limit counts again from the moment the dossier is complete. */
    RESTART,
    /** The clock continues with what was left when it stopped. */
    RESUME
}
