package vn.motcua.api.procedure;

/** Staff roles that perform steps. */
public enum Role {
    /** One-stop officer at the counter (cán bộ Bộ phận Một cửa). */
    ONE_STOP_OFFICER,
    /** Specialist who appraises (chuyên viên). */
    SPECIALIST,
    /** Leader who approves, signs and issues apologies (lãnh đạo). */
    LEADER
}
