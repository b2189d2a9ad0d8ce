package vn.motcua.security;

/** Roles of staff accounts. An account may hold several, in one or more units. */
public enum StaffRole {
    /** Receives dossiers at the counter, hands back results (cán bộ Bộ phận Một cửa). */
    ONE_STOP_OFFICER,
    /** Appraises dossiers (chuyên viên). */
    SPECIALIST,
    /** Approves, signs and issues apologies (lãnh đạo). */
    LEADER,
    /**
     * Controls administrative procedures in their unit (công chức đầu mối kiểm soát TTHC, Directive 12/CT-UBND item 1):
     * sees every dossier of the unit read-only, its statistics, the overdue list and the violations list; acts on none.
     */
    CONTROL_OFFICER,
    /** Manages accounts, procedures and calendar closures of their own unit (quản trị đơn vị). */
    UNIT_ADMIN,
    /** Manages bundles, units and everything else (quản trị thành phố). */
    CITY_ADMIN
}
