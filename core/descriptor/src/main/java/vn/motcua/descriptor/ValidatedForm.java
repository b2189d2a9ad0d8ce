package vn.motcua.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.hook.FormData;

/**
 * Submitted form data after checking.
 *
 * @param normalisedData the accepted values, normalised: text NFC and trimmed, phone numbers as 0xxxxxxxxx,
 *                       numbers as {@code Long} or {@code Double}, dates as ISO text, checkboxes as
 *                       {@code Boolean}, files as lists of {@code {name, type, size}}, groups as lists of maps;
 *                       absent and blank values are left out. Only meaningful when {@link #isValid()}.
 * @param errors         every problem found (value and type errors first, then missing required values); empty when valid
 */
public record ValidatedForm(Map<String, Object> normalisedData, List<FieldError> errors) {
    public ValidatedForm {
        normalisedData = Collections.unmodifiableMap(new LinkedHashMap<>(normalisedData));
        errors = List.copyOf(errors);
    }

    /** True when no rule failed. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The normalised data as hooks see it. */
    public FormData formData() {
        return new FormData(normalisedData);
    }

    /** The errors of one field path, e.g. {@code children[1].name}. */
    public List<FieldError> errorsFor(String fieldPath) {
        return errors.stream().filter(e -> e.field().equals(fieldPath)).toList();
    }
}
