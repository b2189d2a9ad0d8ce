package vn.motcua.descriptor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FileSpec;

/**
 * The one wording of form errors: {@link FormValidation} reports with it, and the citizen portal hands the same texts
 * to the browser ({@code data-msg-*} attributes) so that a check made in the browser reads exactly as the server's
 * (issue 13). A field's own {@code messages} entry replaces the default of its rule. Stateless, thread-safe.
 *
 * <pre>{@code
 * String text = FieldWording.message(field, "required");   // "Trường «Số điện thoại» là bắt buộc, vui lòng nhập."
 * }</pre>
 */
public final class FieldWording {

    /** The file name in the file rules' texts, replaced by whoever knows the file (the server, or the browser). */
    public static final String FILE_NAME = "{tệp}";

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FieldWording() {
    }

    /**
     * The message of a rule for a field, with the field's limits filled in: {@code required}, {@code minLength},
     * {@code maxLength}, {@code pattern}, {@code number}, {@code min}, {@code max}, {@code date}, {@code minDate},
     * {@code maxDate}, {@code citizen_id}, {@code phone}, {@code email}, {@code maxFiles}, {@code accept},
     * {@code maxBytes} (the last two name the file as {@link #FILE_NAME}).
     *
     * @throws IllegalArgumentException for a rule without a default wording
     */
    public static String message(Field field, String rule) {
        Objects.requireNonNull(field, "field");
        return field.message(rule).orElseGet(() -> standard(field, rule));
    }

    private static String standard(Field field, String rule) {
        String label = label(field);
        String ofLabel = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        FileSpec spec = field.file() == null ? new FileSpec(null, 0, 0) : field.file();
        return switch (rule) {
            case "required" -> label + " là bắt buộc, vui lòng nhập.";
            case "minLength" -> label + " phải có ít nhất " + field.minLength() + " ký tự.";
            case "maxLength" -> label + " chỉ được có tối đa " + field.maxLength() + " ký tự.";
            case "pattern" -> label + " không đúng định dạng.";
            case "number" -> label + " phải là một số.";
            case "min" -> label + " phải lớn hơn hoặc bằng " + number(field.min()) + ".";
            case "max" -> label + " phải nhỏ hơn hoặc bằng " + number(field.max()) + ".";
            case "date" -> label + " phải là một ngày hợp lệ dạng năm-tháng-ngày, ví dụ 2025-07-01.";
            case "minDate" -> label + " không được trước " + day(field.minDate()) + ".";
            case "maxDate" -> label + " không được sau " + day(field.maxDate()) + ".";
            case "citizen_id" -> label + " phải gồm đúng 12 chữ số của số định danh cá nhân.";
            case "phone" -> label + " phải là số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84).";
            case "email" -> label + " phải là địa chỉ thư điện tử hợp lệ, ví dụ ten@example.vn.";
            case "maxFiles" -> label + " chỉ nhận tối đa " + spec.maxFiles() + " tệp.";
            case "accept" -> "Tệp «" + FILE_NAME + "» của " + ofLabel + " không đúng định dạng cho phép ("
                    + String.join(", ", spec.accept()) + ").";
            case "maxBytes" -> "Tệp «" + FILE_NAME + "» của " + ofLabel + " vượt quá dung lượng cho phép " + bytes(spec.maxBytes()) + ".";
            default -> throw new IllegalArgumentException("no default wording for rule " + rule);
        };
    }

    /** How every message names a field: "Trường «label»". */
    public static String label(Field field) {
        return "Trường «" + field.label() + "»";
    }

    /** "ngày hôm nay" for {@code today}, else "ngày dd/MM/yyyy". */
    private static String day(String bound) {
        if (bound == null) {
            return "";
        }
        return "today".equals(bound) ? "ngày hôm nay" : "ngày " + LocalDate.parse(bound).format(VIETNAMESE_DATE);
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", value.longValue()).replace(',', '.');
        }
        return String.valueOf(value).replace('.', ',');
    }

    static String bytes(long size) {
        if (size >= 1024 * 1024 && size % (1024 * 1024) == 0) {
            return size / (1024 * 1024) + " MB";
        }
        if (size >= 1024 && size % 1024 == 0) {
            return size / 1024 + " KB";
        }
        return size + " byte";
    }
}
