package vn.motcua.api.procedure;

/** Actions a step may allow. Reception actions (accept, refuse) and result actions belong to the core. */
public enum StepAction {
    /** Hand over to the next step (chuyển bước tiếp theo). */
    FORWARD,
    /** Return to an earlier step (trả lại bước trước). */
    SEND_BACK,
    /** Approve or sign (phê duyệt, ký); normally leads to the result. */
    APPROVE,
    /** Decide no after appraisal, with a reason: the result is a refusal notice. */
    REJECT,
    /** Ask the applicant to supplement the dossier; the clock stops. */
    REQUEST_SUPPLEMENT
}
