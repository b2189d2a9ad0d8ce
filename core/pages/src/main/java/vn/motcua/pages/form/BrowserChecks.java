package vn.motcua.pages.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.descriptor.FieldWording;

/**
 * The server's message of every rule a field has, as {@code data-msg-*} attributes, so that a check made in the
 * browser reads word for word as the server's (issue 13: the browser said "Vui lòng nhập «…»" where the server said
 * "Trường «…» là bắt buộc"). One wording: {@link FieldWording}. Stateless.
 */
final class BrowserChecks {

    private BrowserChecks() {
    }

    /** Attribute name/value pairs for {@link vn.motcua.pages.html.Html#open}. */
    static String[] messages(Field f) {
        List<String> out = new ArrayList<>(List.of("data-msg-required", FieldWording.message(f, "required")));
        add(out, f, f.minLength() != null, "minLength");
        add(out, f, f.maxLength() != null, "maxLength");
        add(out, f, f.pattern() != null, "pattern");
        add(out, f, f.type() == FieldType.NUMBER, "number");
        add(out, f, f.type() == FieldType.NUMBER && f.min() != null, "min");
        add(out, f, f.type() == FieldType.NUMBER && f.max() != null, "max");
        add(out, f, f.type() == FieldType.DATE, "date");
        add(out, f, f.type() == FieldType.DATE && f.minDate() != null, "minDate");
        add(out, f, f.type() == FieldType.DATE && f.maxDate() != null, "maxDate");
        add(out, f, f.type() == FieldType.CITIZEN_ID, "citizen_id");
        add(out, f, f.type() == FieldType.PHONE, "phone");
        add(out, f, f.type() == FieldType.EMAIL, "email");
        add(out, f, f.type() == FieldType.FILE, "accept");
        add(out, f, f.type() == FieldType.FILE, "maxBytes");
        add(out, f, f.type() == FieldType.FILE, "maxFiles");
        return out.toArray(String[]::new);
    }

    private static void add(List<String> out, Field f, boolean applies, String rule) {
        if (applies) {
            out.add("data-msg-" + rule.toLowerCase(Locale.ROOT));
            out.add(FieldWording.message(f, rule));
        }
    }
}
