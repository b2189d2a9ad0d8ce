package vn.motcua.api.procedure;

import java.util.List;
import java.util.Map;

/**
 * One form field with its declarative rules. Unused rule components are {@code null}.
 *
 * <p>Example descriptor fragment:
 * <pre>{@code
 * - id: cccd
 *   label: Số định danh cá nhân của người yêu cầu
 *   type: citizen_id
 *   required: true
 * - id: quanHe
 *   label: Quan hệ với người được khai sinh
 *   type: choice
 *   options: [{value: cha, label: Cha}, {value: me, label: Mẹ}, {value: khac, label: Khác}]
 * - id: quanHeKhac
 *   label: Ghi rõ quan hệ
 *   type: text
 *   requiredWhen: {field: quanHe, equals: khac}
 * }</pre>
 *
 * @param id           key of the value in the submitted data; letters, digits, underscore
 * @param label        Vietnamese label shown to the applicant
 * @param type         the value type, which brings its own checks (a citizen ID has 12 digits, …)
 * @param required     the value must be present
 * @param requiredWhen the value must be present when another field has a given value
 * @param pattern      a regular expression the whole text value must match
 * @param minLength    minimal text length
 * @param maxLength    maximal text length
 * @param min          minimal number (or, for dates, earliest ISO date as text in {@code minDate})
 * @param max          maximal number
 * @param minDate      earliest date, ISO {@code yyyy-MM-dd} or {@code today}
 * @param maxDate      latest date, ISO {@code yyyy-MM-dd} or {@code today}
 * @param options      allowed values of a {@code choice}
 * @param multiple     a {@code choice} that takes several values
 * @param file         allowed files of a {@code file} field
 * @param fields       the fields of one item of a {@code group} (repeating group)
 * @param minItems     fewest items of a {@code group}
 * @param maxItems     most items of a {@code group}
 * @param help         a hint shown under the field; may be {@code null}
 * @param messages     Vietnamese messages that replace the defaults, keyed by rule: {@code required}, {@code pattern}, …
 */
public record Field(
        String id,
        String label,
        FieldType type,
        boolean required,
        Condition requiredWhen,
        String pattern,
        Integer minLength,
        Integer maxLength,
        Double min,
        Double max,
        String minDate,
        String maxDate,
        List<Option> options,
        boolean multiple,
        FileSpec file,
        List<Field> fields,
        Integer minItems,
        Integer maxItems,
        String help,
        Map<String, String> messages) {

    public Field {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(label, "label");
        java.util.Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    /** A message override for a rule, if the descriptor gives one. */
    public java.util.Optional<String> message(String rule) {
        return java.util.Optional.ofNullable(messages.get(rule));
    }
}
