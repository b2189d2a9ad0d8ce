package vn.motcua.descriptor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.procedure.Form;
import vn.motcua.descriptor.internal.FormChecker;

/**
 * The one place submitted form data is checked against a procedure's form. The engine calls it on every
 * submission, the test kit in bundle tests, so a rule behaves the same everywhere.
 *
 * <p>Every problem is reported at once, each as a {@link FieldError} whose field is a path such as
 * {@code soDienThoai} or {@code chaMe[1].hoTen} and whose message is Vietnamese and names the field's label
 * ("Trường «Số điện thoại» …"), unless the field's {@code messages} give one for that error code.
 *
 * <p>Example:
 * <pre>{@code
 * ValidatedForm checked = new FormValidation().validate(definition.form(), submitted, LocalDate.now(zone), hooks);
 * if (!checked.isValid()) return unprocessable(checked.errors());
 * store(checked.normalisedData());
 * }</pre>
 *
 * <p>Stateless and thread-safe. {@code today} is a parameter so that callers decide the time zone and tests
 * need no clock.
 */
public final class FormValidation {

    /**
     * Checks data against the declarative rules of the form: unknown keys, required and conditionally
     * required fields, types, lengths, ranges, dates, choices, files and repeating groups.
     *
     * @param form  the procedure's form
     * @param data  the submitted values by field id (strings, numbers, booleans, lists, maps)
     * @param today the date {@code today} means in {@code minDate}/{@code maxDate}
     */
    public ValidatedForm validate(Form form, Map<String, Object> data, LocalDate today) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(today, "today");
        return new FormChecker(today).check(form.fields(), data == null ? Map.of() : data);
    }

    /**
     * Checks the declarative rules and, only when they all pass, the procedure's cross-field hooks, so a hook
     * may rely on every value being present in the form it was declared.
     *
     * @throws FormHookFailedException when a hook throws
     */
    public ValidatedForm validate(Form form, Map<String, Object> data, LocalDate today,
                                  Collection<? extends FormValidator> hooks) {
        ValidatedForm declarative = validate(form, data, today);
        if (!declarative.isValid() || hooks.isEmpty()) {
            return declarative;
        }
        List<FieldError> errors = new ArrayList<>();
        for (FormValidator hook : hooks) {
            try {
                errors.addAll(hook.validate(declarative.formData()));
            } catch (RuntimeException e) {
                throw new FormHookFailedException(hook.getClass().getName(), e);
            }
        }
        return new ValidatedForm(declarative.normalisedData(), errors);
    }
}
