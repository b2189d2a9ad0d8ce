package vn.motcua.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What can be done to a dossier. {@link #wireName()} is the name in the HTTP contract (product.md). */
public enum DossierAction {
    /** Reception: the dossier is complete and valid; it gets its appointment and the clock starts (slip 01). */
    ACCEPT,
    /** At reception: guidance to complete (slip 02). During processing: the clock stops. Requires a note. */
    REQUEST_SUPPLEMENT,
    /** Reception: refuse with a reason (slip 03). Requires a note. */
    REFUSE,
    /** The applicant completed the dossier: back to the check, or processing resumes and the clock runs again. */
    SUPPLEMENT_RECEIVED,
    /** Hand over to the next step declared for it. */
    FORWARD,
    /** Return to an earlier step. */
    SEND_BACK,
    /** Approve or sign: a positive result. */
    APPROVE,
    /** A result that says no, after appraisal. Requires a note. */
    REJECT,
    /** Apology slip with reason (note) and a new appointment; at most once per dossier (domain.md §3). */
    ISSUE_APOLOGY,
    /**
     * The legal extension of the time limit (gia hạn) the procedure declares, with a reason (note), once per dossier
     * and before any apology; {@code newAppointment} may ask for less than the whole extension. The dossier is then
     * classed against the extended appointment (e.g. Luật Hộ tịch 2014 Art. 18(2)).
     */
    EXTEND,
    /** The result reached the one-stop section. */
    RESULT_READY,
    /** The result was handed back through the applicant's chosen channel. */
    RETURN_RESULT,
    /** Stop at the applicant's request before a decision (Thông báo dừng giải quyết hồ sơ). */
    WITHDRAW;

    /** Lower-case, hyphenated: {@code request-supplement}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action for a wire name such as {@code send-back}; empty if unknown. */
    public static Optional<DossierAction> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(name)).findFirst();
    }
}
