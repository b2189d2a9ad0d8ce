package vn.motcua.api.procedure;

/** Online public-service level under Decree 42/2022/NĐ-CP. */
public enum OnlineMode {
    /** Not offered online: information only. */
    NONE,
    /** Partially online (một phần): submit online, but something needs a visit or paper. */
    PARTIAL,
    /** Fully online (toàn trình): submission, payment and result online or by post. */
    FULL
}
