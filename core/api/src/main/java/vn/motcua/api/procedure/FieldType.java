package vn.motcua.api.procedure;

/** Value types of form fields; each brings its own checks. */
public enum FieldType {
    TEXT,
    /** Multi-line text. */
    TEXTAREA,
    NUMBER,
    /** ISO date {@code yyyy-MM-dd}. */
    DATE,
    /** One of {@link Field#options()} (or several with {@link Field#multiple()}). */
    CHOICE,
    /** Personal identification number: 12 digits (số định danh cá nhân). */
    CITIZEN_ID,
    /** Vietnamese mobile number: 10 digits from 0, or +84, second digit 3, 5, 7, 8 or 9. */
    PHONE,
    EMAIL,
    /** A postal address as free text. */
    ADDRESS,
    /** Uploaded file(s), limited by {@link Field#file()}. */
    FILE,
    /** A repeating group of {@link Field#fields()}. */
    GROUP,
    /** A yes/no box. */
    CHECKBOX
}
