package vn.motcua.descriptor.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.FileSpec;
import vn.motcua.api.procedure.Option;
import vn.motcua.descriptor.ValidatedForm;
import vn.motcua.descriptor.VietnameseText;

/**
 * Checks one submission against a list of fields, recursing into repeating groups. One instance per
 * submission (it carries {@code today}); not shared between threads.
 */
public final class FormChecker {
    /** The birth date a citizen ID in the same scope is cross-checked against (domain.md §11). */
    public static final String BIRTH_DATE_FIELD = "ngaySinh";

    private static final Pattern PHONE = Pattern.compile("0[35789][0-9]{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()]");
    /**
     * The dates a form may carry: the years the 12-digit personal identification number can encode (its century
     * digit covers 1900–2199: shared domain notes, "Personal identification number"), which also bounds every date the calendar, storage and
     * slips must handle.
     */
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[-+]?[0-9]{1,30}(\\.[0-9]{1,30})?");

    private final LocalDate today;
    private final FieldMessages messages = new FieldMessages();
    private final CitizenIdRule citizenId = new CitizenIdRule();
    private final List<FieldError> errors = new ArrayList<>();

    public FormChecker(LocalDate today) {
        this.today = today;
    }

    public ValidatedForm check(List<Field> fields, Map<String, ?> data) {
        Map<String, Object> normalised = scope(fields, data, "");
        return new ValidatedForm(normalised, errors);
    }

    /** Checks one level (the form or one group item); {@code prefix} is "" or "group[2].". */
    private Map<String, Object> scope(List<Field> fields, Map<String, ?> data, String prefix) {
        Map<String, Field> byId = new LinkedHashMap<>();
        fields.forEach(f -> byId.put(f.id(), f));
        for (String key : data.keySet()) {
            if (!byId.containsKey(key)) {
                errors.add(new FieldError(prefix + key, "unknown_field",
                        "Trường «" + key + "» không có trong tờ khai của thủ tục này."));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        // First pass: values on their own, so conditions and cross-checks see normalised values.
        for (Field field : fields) {
            Object raw = data.get(field.id());
            String path = prefix + field.id();
            if (isBlank(raw)) {
                continue;
            }
            Object value = value(field, raw, path);
            if (value != null) {
                out.put(field.id(), value);
            }
        }
        for (Field field : fields) {
            String path = prefix + field.id();
            boolean present = !isBlank(data.get(field.id()));
            boolean required = field.required()
                    || field.requiredWhen() != null && field.requiredWhen().matches(conditionValue(out, data, field));
            if (required && (!present || field.type() == FieldType.CHECKBOX && Boolean.FALSE.equals(out.get(field.id())))) {
                errors.add(messages.error(field, path, "required", vn.motcua.descriptor.FieldWording.message(field, "required")));
            }
        }
        crossCheckCitizenIds(fields, out, prefix);
        return out;
    }

    private static Object conditionValue(Map<String, Object> normalised, Map<String, ?> raw, Field field) {
        String other = field.requiredWhen().field();
        Object value = normalised.containsKey(other) ? normalised.get(other) : raw.get(other);
        if (value instanceof Collection<?> many) {
            // A multiple choice triggers the condition when any chosen value does.
            return many.stream().map(String::valueOf).filter(v -> field.requiredWhen().matches(v)).findFirst().orElse(null);
        }
        return value;
    }

    /** The normalised value, or null after recording an error. */
    private Object value(Field field, Object raw, String path) {
        return switch (field.type()) {
            case TEXT, ADDRESS -> text(field, raw, path, false).orElse(null);
            case TEXTAREA -> text(field, raw, path, true).orElse(null);
            case NUMBER -> number(field, raw, path);
            case DATE -> date(field, raw, path);
            case CHOICE -> choice(field, raw, path);
            case CITIZEN_ID -> citizenIdValue(field, raw, path);
            case PHONE -> phone(field, raw, path);
            case EMAIL -> email(field, raw, path);
            case CHECKBOX -> checkbox(field, raw, path);
            case FILE -> files(field, raw, path);
            case GROUP -> group(field, raw, path);
        };
    }

    private Optional<String> text(Field field, Object raw, String path, boolean multiline) {
        if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
            errors.add(messages.error(field, path, "text", FieldMessages.label(field) + " phải là văn bản."));
            return Optional.empty();
        }
        String text = VietnameseText.nfc(String.valueOf(raw)).strip();
        if (multiline) {
            text = text.replace("\r\n", "\n");
        }
        if (hasControlCharacters(text, multiline)) {
            errors.add(messages.error(field, path, "control_characters",
                    FieldMessages.label(field) + " chứa ký tự điều khiển không hợp lệ, vui lòng nhập lại."));
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        boolean ok = true;
        if (field.minLength() != null && length < field.minLength()) {
            errors.add(messages.error(field, path, "minLength", vn.motcua.descriptor.FieldWording.message(field, "minLength")));
            ok = false;
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            errors.add(messages.error(field, path, "maxLength", vn.motcua.descriptor.FieldWording.message(field, "maxLength")));
            ok = false;
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).matches()) {
            errors.add(messages.error(field, path, "pattern", vn.motcua.descriptor.FieldWording.message(field, "pattern")));
            ok = false;
        }
        return ok ? Optional.of(text) : Optional.empty();
    }

    private static boolean hasControlCharacters(String text, boolean multiline) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(multiline && (c == '\n' || c == '\t')));
    }

    private Object number(Field field, Object raw, String path) {
        BigDecimal number = decimal(raw);
        if (number == null) {
            errors.add(messages.error(field, path, "number", vn.motcua.descriptor.FieldWording.message(field, "number")));
            return null;
        }
        boolean ok = true;
        if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
            errors.add(messages.error(field, path, "min", vn.motcua.descriptor.FieldWording.message(field, "min")));
            ok = false;
        }
        if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            errors.add(messages.error(field, path, "max", vn.motcua.descriptor.FieldWording.message(field, "max")));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException notIntegral) {
            return number.doubleValue();
        }
    }

    /**
     * A number field's value: a JSON number, or a string of ASCII digits with an optional sign and a dot before the
     * decimals. Refused rather than guessed: a comma (decimal comma in Vietnamese, thousands separator in English:
     * "1,500" is ambiguous), exponents, full-width and other non-ASCII digits ({@code BigDecimal} would read them),
     * and anything beyond the range of a double, which would be stored as Infinity.
     */
    private static BigDecimal decimal(Object raw) {
        BigDecimal number;
        try {
            if (raw instanceof Double || raw instanceof Float) {
                double d = ((Number) raw).doubleValue();
                number = Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            } else if (raw instanceof Number n) {
                number = new BigDecimal(n.toString());
            } else if (raw instanceof String s && PLAIN_DECIMAL.matcher(s.strip()).matches()) {
                number = new BigDecimal(s.strip());
            } else {
                number = null;
            }
        } catch (NumberFormatException e) {
            number = null;
        }
        return number == null || !Double.isFinite(number.doubleValue()) ? null : number;
    }

    private Object date(Field field, Object raw, String path) {
        LocalDate date = parseDate(raw);
        if (date == null) {
            errors.add(messages.error(field, path, "date", vn.motcua.descriptor.FieldWording.message(field, "date")));
            return null;
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            errors.add(messages.error(field, path, "dateRange",
                    FieldMessages.label(field) + " phải là một ngày từ năm 1900 đến năm 2199."));
            return null;
        }
        LocalDate min = bound(field.minDate());
        LocalDate max = bound(field.maxDate());
        if (min != null && date.isBefore(min)) {
            errors.add(messages.error(field, path, "minDate", vn.motcua.descriptor.FieldWording.message(field, "minDate")));
            return null;
        }
        if (max != null && date.isAfter(max)) {
            errors.add(messages.error(field, path, "maxDate", vn.motcua.descriptor.FieldWording.message(field, "maxDate")));
            return null;
        }
        return date.toString();
    }

    private static LocalDate parseDate(Object raw) {
        if (!(raw instanceof String s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalDate bound(String spec) {
        return spec == null ? null : "today".equals(spec) ? today : LocalDate.parse(spec);
    }

    private Object choice(Field field, Object raw, String path) {
        Set<String> allowed = new LinkedHashSet<>();
        field.options().stream().map(Option::value).forEach(allowed::add);
        String notAllowed = "Giá trị của " + FieldMessages.label(field).substring(0, 1).toLowerCase(Locale.ROOT)
                + FieldMessages.label(field).substring(1) + " không nằm trong danh sách được chọn.";
        if (field.multiple()) {
            List<?> values = raw instanceof List<?> list ? list : List.of(raw);
            Set<String> chosen = new LinkedHashSet<>();
            for (Object v : values) {
                String value = VietnameseText.nfc(String.valueOf(v)).strip();
                if (!allowed.contains(value)) {
                    errors.add(messages.error(field, path, "choice", notAllowed));
                    return null;
                }
                chosen.add(value);
            }
            return List.copyOf(chosen);
        }
        if (raw instanceof List<?> || raw instanceof Map<?, ?>) {
            errors.add(messages.error(field, path, "choice", FieldMessages.label(field) + " chỉ được chọn một giá trị."));
            return null;
        }
        String value = VietnameseText.nfc(String.valueOf(raw)).strip();
        if (!allowed.contains(value)) {
            errors.add(messages.error(field, path, "choice", notAllowed));
            return null;
        }
        return value;
    }

    private Object citizenIdValue(Field field, Object raw, String path) {
        String digits = raw instanceof String s ? s.replaceAll("\\s", "") : String.valueOf(raw);
        Optional<String> problem = citizenId.formatProblem(digits);
        if (problem.isEmpty()) {
            return digits;
        }
        String message = switch (problem.get()) {
            case "province" -> FieldMessages.label(field) + " có ba chữ số đầu không phải mã tỉnh, thành phố (001–096).";
            case "century" -> FieldMessages.label(field) + " có chữ số thứ tư (giới tính, thế kỷ sinh) không hợp lệ: phải từ 0 đến 5.";
            default -> vn.motcua.descriptor.FieldWording.message(field, "citizen_id");
        };
        errors.add(messages.error(field, path, "citizen_id", message));
        return null;
    }

    /**
     * Domain.md §11: where a form has both the number and a date of birth, digits 4–6 must agree with it.
     * The date of birth is the {@value #BIRTH_DATE_FIELD} date field at the same level (top level or one group
     * item), so a group "cha, mẹ" with its own ngaySinh checks each parent's number against their own date.
     */
    private void crossCheckCitizenIds(List<Field> fields, Map<String, Object> values, String prefix) {
        Optional<Field> birth = fields.stream()
                .filter(f -> f.id().equals(BIRTH_DATE_FIELD) && f.type() == FieldType.DATE).findFirst();
        if (birth.isEmpty() || !(values.get(BIRTH_DATE_FIELD) instanceof String birthText)) {
            return;
        }
        LocalDate birthDate = LocalDate.parse(birthText);
        for (Field field : fields) {
            if (field.type() == FieldType.CITIZEN_ID && values.get(field.id()) instanceof String digits
                    && !citizenId.matchesBirthDate(digits, birthDate)) {
                errors.add(messages.error(field, prefix + field.id(), "citizen_id_birth_date",
                        FieldMessages.label(field) + " không khớp với «" + birth.get().label()
                                + "»: chữ số thứ 4 đến 6 thể hiện thế kỷ và năm sinh."));
                values.remove(field.id());
            }
        }
    }

    private Object phone(Field field, Object raw, String path) {
        String phone = PHONE_SEPARATORS.matcher(String.valueOf(raw)).replaceAll("");
        if (phone.startsWith("+84")) {
            phone = "0" + phone.substring(3);
        }
        if (!PHONE.matcher(phone).matches()) {
            errors.add(messages.error(field, path, "phone", vn.motcua.descriptor.FieldWording.message(field, "phone")));
            return null;
        }
        return phone;
    }

    private Object email(Field field, Object raw, String path) {
        Optional<String> text = text(field, raw, path, false);
        if (text.isEmpty()) {
            return null;
        }
        if (!EMAIL.matcher(text.get()).matches()) {
            errors.add(messages.error(field, path, "email", vn.motcua.descriptor.FieldWording.message(field, "email")));
            return null;
        }
        return text.get();
    }

    private Object checkbox(Field field, Object raw, String path) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf((String) raw);
        }
        errors.add(messages.error(field, path, "checkbox", FieldMessages.label(field) + " chỉ nhận giá trị có hoặc không."));
        return null;
    }

    private Object files(Field field, Object raw, String path) {
        FileSpec spec = field.file() == null ? new FileSpec(null, 0, 0) : field.file();
        List<?> items = raw instanceof List<?> list ? list : List.of(raw);
        if (items.size() > spec.maxFiles()) {
            errors.add(messages.error(field, path, "maxFiles", vn.motcua.descriptor.FieldWording.message(field, "maxFiles")));
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> file) || !(file.get("name") instanceof String name) || name.isBlank()
                    || !(file.get("type") instanceof String type) || !(file.get("size") instanceof Number size)
                    || size.longValue() < 0) {
                errors.add(messages.error(field, itemPath, "file", FieldMessages.label(field)
                        + " có tệp đính kèm không hợp lệ, vui lòng tải tệp lên lại."));
                ok = false;
                continue;
            }
            String cleanName = VietnameseText.nfc(name).strip();
            String mediaType = type.strip().toLowerCase(Locale.ROOT);
            if (!accepts(spec, mediaType)) {
                errors.add(messages.error(field, itemPath, "accept",
                        (vn.motcua.descriptor.FieldWording.message(field, "accept")).replace(vn.motcua.descriptor.FieldWording.FILE_NAME, cleanName)));
                ok = false;
            } else if (size.longValue() > spec.maxBytes()) {
                errors.add(messages.error(field, itemPath, "maxBytes",
                        (vn.motcua.descriptor.FieldWording.message(field, "maxBytes")).replace(vn.motcua.descriptor.FieldWording.FILE_NAME, cleanName)));
                ok = false;
            } else {
                Map<String, Object> clean = new LinkedHashMap<>();
                clean.put("name", cleanName);
                clean.put("type", mediaType);
                clean.put("size", size.longValue());
                if (file.get("id") instanceof String id) {
                    clean.put("id", id); // the storage key the upload endpoint gave the file, if any
                }
                out.add(clean);
            }
        }
        return ok ? out : null;
    }

    private static boolean accepts(FileSpec spec, String mediaType) {
        return spec.accept().stream().anyMatch(a -> a.equalsIgnoreCase(mediaType)
                || a.endsWith("/*") && mediaType.startsWith(a.substring(0, a.length() - 1)));
    }

    private Object group(Field field, Object raw, String path) {
        if (!(raw instanceof List<?> items) || items.stream().anyMatch(i -> !(i instanceof Map<?, ?>))) {
            errors.add(messages.error(field, path, "group", FieldMessages.label(field) + " phải là danh sách các mục thông tin."));
            return null;
        }
        if (field.minItems() != null && items.size() < field.minItems()) {
            errors.add(messages.error(field, path, "minItems",
                    FieldMessages.label(field) + " phải có ít nhất " + field.minItems() + " mục."));
        }
        if (field.maxItems() != null && items.size() > field.maxItems()) {
            errors.add(messages.error(field, path, "maxItems",
                    FieldMessages.label(field) + " chỉ được có tối đa " + field.maxItems() + " mục."));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, ?> item = (Map<String, ?>) items.get(i);
            out.add(scope(field.fields(), item, path + "[" + i + "]."));
        }
        return out;
    }

    private static boolean isBlank(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }
}
