package vn.motcua.api.hook;

import java.util.Objects;

/**
 * One problem with one field, shown next to the field.
 *
 * @param field   path of the field: its id, or {@code group[2].field} inside a repeating group
 * @param code    stable machine code, e.g. {@code required}, {@code pattern}, {@code citizen_id}
 * @param message Vietnamese message for the applicant that says what to do
 */
public record FieldError(String field, String code, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
