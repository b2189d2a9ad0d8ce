package vn.motcua.pages.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.pages.http.FormFile;

/**
 * Turns a posted form back into the data the engine validates: text as the browser sent it (the validator
 * normalises and checks it), checkboxes as {@code "true"}, several choices as lists, repeating groups as lists of
 * maps with wholly empty items dropped, and the files of the form's FILE fields. Reads exactly the items of a group
 * that {@link FormRenderer} writes ({@link RepeatingGroups#itemsShown}). Nothing is checked here: the engine decides.
 * Stateless.
 */
public final class FormBinder {

    private FormBinder() {
    }

    /**
     * @param fields the descriptor's top-level fields
     * @param values the posted values by input name
     * @param files  the posted files; only those of a FILE field of the form are kept
     */
    public static BoundForm bind(List<Field> fields, FormValues values, List<FormFile> files) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Field f : fields) {
            Object value = value(f, f.id(), values);
            if (value != null) {
                data.put(f.id(), value);
            }
        }
        Set<String> fileFields = fields.stream().filter(f -> f.type() == FieldType.FILE).map(Field::id).collect(Collectors.toSet());
        return new BoundForm(data, files.stream().filter(f -> fileFields.contains(f.field())).toList());
    }

    private static Object value(Field f, String name, FormValues values) {
        return switch (f.type()) {
            case FILE -> null;
            case GROUP -> items(f, name, values);
            case CHOICE -> {
                List<String> chosen = values.all(name).stream().filter(s -> !s.isBlank()).toList();
                yield chosen.isEmpty() ? null : f.multiple() ? chosen : chosen.get(0);
            }
            case CHECKBOX -> "true".equals(values.first(name)) ? "true" : null;
            default -> {
                String v = values.first(name);
                yield v == null || v.isBlank() ? null : v;
            }
        };
    }

    private static List<Map<String, Object>> items(Field group, String name, FormValues values) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < RepeatingGroups.itemsShown(group); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (Field sub : group.fields()) {
                Object v = value(sub, name + "[" + i + "]." + sub.id(), values);
                if (v != null) {
                    item.put(sub.id(), v);
                }
            }
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items.isEmpty() ? null : items;
    }
}
