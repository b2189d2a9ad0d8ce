package vn.motcua.portal.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.pages.form.FormValues;

/**
 * "Ask once" (issue 13: a citizen is not asked twice for the same value in one submission): the
 * applicant's phone, citizen ID and e-mail fill the declaration's first top-level field of the same type. portal.js
 * copies them while the citizen types; the server fills what is still empty before validation, so the citizen types
 * each value once either way. Stateless.
 */
final class AskOnce {

    private static final Map<FieldType, String> APPLICANT = Map.of(
            FieldType.PHONE, "applicant.phone", FieldType.CITIZEN_ID, "applicant.citizenId", FieldType.EMAIL, "applicant.email");

    private AskOnce() {
    }

    /** Applicant path → the declaration field it fills (the first top-level field of its type). */
    static Map<String, String> targets(List<Field> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : fields) {
            String source = APPLICANT.get(f.type());
            if (source != null) {
                out.putIfAbsent(source, f.id());
            }
        }
        return out;
    }

    /** The submitted values with every empty target filled from its applicant value. */
    static FormValues fill(List<Field> fields, FormValues params) {
        FormValues out = params;
        for (Map.Entry<String, String> t : targets(fields).entrySet()) {
            String given = params.first(t.getKey());
            String current = params.first(t.getValue());
            if (given != null && !given.isBlank() && (current == null || current.isBlank())) {
                out = out.with(t.getValue(), given.strip());
            }
        }
        return out;
    }
}
