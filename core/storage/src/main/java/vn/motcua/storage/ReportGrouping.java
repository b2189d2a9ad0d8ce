package vn.motcua.storage;

/** How report rows are keyed. */
public enum ReportGrouping {
    /** One row, key {@code ""}. */
    TOTAL,
    /** One row per receiving unit. */
    UNIT,
    /** One row per procedure. */
    PROCEDURE,
    /** One row per month (yyyymm as text); {@link ReportFigure.Dated#NOW} figures have no month. */
    MONTH
}
