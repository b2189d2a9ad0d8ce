package vn.motcua.pages.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;

/**
 * The validator's errors placed at their inputs, each starting with whose field it is (issue 13: "Thông tin cha, mẹ
 * (mục 2) – …" rather than a bare "Số định danh cá nhân" that could be the child's, the mother's or the applicant's).
 * The renderer gives the browser the same owner ({@code data-owner}), so its messages read as the server's. Stateless.
 */
public final class FormErrors {

    private static final Pattern ITEM = Pattern.compile("([A-Za-z0-9_]+)\\[(\\d+)\\]\\..*");
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z0-9_]+)\\[\\d+\\].*");

    private FormErrors() {
    }

    /** Input name → message, the first error of each input, in the validator's order. */
    public static Map<String, String> byInput(List<Field> fields, List<FieldError> errors, FormWording w) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError e : errors) {
            out.putIfAbsent(inputOf(fields, e.field()), withOwner(owner(fields, e.field(), w), e.message()));
        }
        return out;
    }

    /** The input an error belongs to: an error about one file of a FILE field ({@code scan[1]}) shows at the field. */
    public static String inputOf(List<Field> fields, String path) {
        Matcher m = INDEXED.matcher(path);
        if (m.matches() && fields.stream().anyMatch(f -> f.id().equals(m.group(1)) && f.type() == FieldType.FILE)) {
            return m.group(1);
        }
        return path;
    }

    /**
     * Whose field a path is: the applicant block ({@code applicant.…}), an item of a group, or the declaration. Null
     * for a path the form does not declare.
     */
    public static String owner(List<Field> fields, String path, FormWording w) {
        if (path.startsWith("applicant.")) {
            return w.applicant();
        }
        Matcher m = ITEM.matcher(path);
        if (m.matches()) {
            return fields.stream().filter(f -> f.id().equals(m.group(1)) && f.type() == FieldType.GROUP).findFirst()
                    .map(g -> itemOwner(g, Integer.parseInt(m.group(2)), w)).orElse(null);
        }
        String id = path.replaceAll("\\[.*", "");
        return fields.stream().anyMatch(f -> f.id().equals(id)) ? w.declaration() : null;
    }

    /** A message prefixed with its owner: "owner – message". */
    public static String withOwner(String owner, String message) {
        return owner == null ? message : owner + " – " + message;
    }

    /** The owner of an item of a group: the group's label, with the item's number unless the group is a section. */
    public static String itemOwner(Field group, int index, FormWording w) {
        return RepeatingGroups.isSection(group) ? group.label()
                : group.label() + " (" + w.item().toLowerCase(Locale.ROOT) + " " + (index + 1) + ")";
    }
}
