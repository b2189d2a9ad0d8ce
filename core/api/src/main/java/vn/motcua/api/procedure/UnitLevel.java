package vn.motcua.api.procedure;

/** Levels of the unit hierarchy (cấp). Since 1 July 2025 Hanoi has no district level, but the model keeps it for history. */
public enum UnitLevel {
    /** City People's Committee and its centre (cấp tỉnh). */
    CITY,
    /** A department (sở) of the city. */
    DEPARTMENT,
    /** A district (cấp huyện), only for dossiers and units before 1 July 2025. */
    DISTRICT,
    /** A ward or commune (cấp xã: phường, xã). */
    COMMUNE
}
