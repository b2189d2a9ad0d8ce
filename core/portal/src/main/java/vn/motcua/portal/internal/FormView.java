package vn.motcua.portal.internal;

import vn.motcua.pages.html.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.FileSpec;
import vn.motcua.api.procedure.Option;
import vn.motcua.descriptor.FieldWording;

/**
 * Renders the fields a descriptor declares, with the submitted values and the server's errors next to each field.
 * Each input names the same path the validator reports ({@code chaMe[1].hoTen}), so an error finds its field; each
 * carries its rules as attributes for the browser-side checks in {@code portal.js}. Stateless.
 */
final class FormView {

    /** Most items of a repeating group shown at once; further items need another submission. */
    static final int MAX_GROUP_ITEMS = 5;

    private FormView() {
    }

    /** The input an error belongs to: an error about one file of a FILE field ({@code scan[1]}) shows at the field. */
    static String errorKey(List<Field> fields, String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z0-9_]+)\\[\\d+\\].*").matcher(path);
        if (m.matches() && fields.stream().anyMatch(f -> f.id().equals(m.group(1)) && f.type() == FieldType.FILE)) {
            return m.group(1);
        }
        return path;
    }

    static String id(String path) {
        return "f-" + path.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** How many items of a group the page shows: its maximum, capped, and at least one. */
    static int itemsShown(Field group) {
        int max = group.maxItems() == null ? MAX_GROUP_ITEMS : Math.min(group.maxItems(), MAX_GROUP_ITEMS);
        int min = group.minItems() == null ? 0 : group.minItems();
        return Math.max(1, Math.max(min, max));
    }

    static void fields(Html h, List<Field> fields, String prefix, Map<String, String[]> values, Map<String, String> errors,
                       LocalDate today, Lang lang, boolean itemRequired) {
        fields(h, fields, prefix, values, errors, today, lang, itemRequired, null);
    }

    /** The fields, each naming its owner (for example "Người nộp hồ sơ") in the browser's messages as the server does. */
    static void fields(Html h, List<Field> fields, String prefix, Map<String, String[]> values, Map<String, String> errors,
                       LocalDate today, Lang lang, boolean itemRequired, String owner) {
        for (Field f : fields) {
            field(h, f, prefix + f.id(), values, errors, today, lang, itemRequired, owner);
        }
    }

    static void field(Html h, Field f, String path, Map<String, String[]> values, Map<String, String> errors,
                      LocalDate today, Lang lang, boolean itemRequired) {
        field(h, f, path, values, errors, today, lang, itemRequired, null);
    }

    /**
     * Whose field a path is, as every error message of the form starts (issue 13: "Thông tin cha, mẹ (mục 2) – …"
     * rather than a bare "Số định danh cá nhân" that could be the child's, the mother's or the applicant's): the
     * applicant block, an item of a group, or the declaration. Null for a path the form does not declare.
     */
    static String owner(List<Field> fields, String path, Lang lang) {
        if (path.startsWith("applicant.")) {
            return lang.t("form.applicant");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z0-9_]+)\\[(\\d+)\\]\\..*").matcher(path);
        if (m.matches()) {
            return fields.stream().filter(f -> f.id().equals(m.group(1)) && f.type() == FieldType.GROUP).findFirst()
                    .map(g -> itemOwner(g, Integer.parseInt(m.group(2)), lang)).orElse(null);
        }
        String id = path.replaceAll("\\[.*", "");
        return fields.stream().anyMatch(f -> f.id().equals(id)) ? lang.t("form.declaration") : null;
    }

    /** An error message prefixed with its owner, the one wording of the server and of portal.js ({@code data-owner}). */
    static String withOwner(String owner, String message) {
        return owner == null ? message : owner + " – " + message;
    }

    private static String itemOwner(Field group, int index, Lang lang) {
        return isSection(group) ? group.label() : group.label() + " (" + lang.t("form.item").toLowerCase(Locale.ROOT) + " " + (index + 1) + ")";
    }

    static void field(Html h, Field f, String path, Map<String, String[]> values, Map<String, String> errors,
                      LocalDate today, Lang lang, boolean itemRequired, String owner) {
        boolean required = f.required() && itemRequired;
        String id = id(path);
        String errorId = "e-" + id.substring(2);
        String hintId = "h-" + id.substring(2);
        String error = errors.get(path);
        String hint = hint(f, lang);
        String describedBy = (hint == null ? "" : hintId + " ") + errorId;
        switch (f.type()) {
            case GROUP -> {
                group(h, f, path, values, errors, today, lang);
                return;
            }
            case CHOICE -> {
                choice(h, f, path, values, error, required, hint, lang, owner);
                return;
            }
            case CHECKBOX -> {
                h.open("div", "class", "field" + (error == null ? "" : " invalid"));
                h.open("div", "class", "choice");
                h.empty("input", "type", "checkbox", "id", id, "name", path, "value", "true",
                        "checked", "true".equals(first(values, path)) ? "" : null, "required", required ? "" : null,
                        "data-check", "", "data-label", f.label(), "data-owner", owner, "data-error", errorId,
                        "aria-describedby", describedBy, "aria-invalid", error == null ? null : "true",
                        "data-msg-required", FieldWording.message(f, "required"));
                h.open("label", "for", id).text(f.label()).text(required ? " *" : "").close("label");
                h.close("div");
                hintAndError(h, hint, hintId, error, errorId);
                h.close("div");
                return;
            }
            default -> { }
        }
        h.open("div", "class", "field" + (error == null ? "" : " invalid"));
        h.open("label", "for", id).text(f.label()).text(required ? " *" : "").close("label");
        hintAndError(h, hint, hintId, error, errorId);
        String value = first(values, path);
        String[] common = concat(new String[] {"id", id, "name", path, "required", required ? "" : null, "data-check", "",
                "data-label", f.label(), "data-owner", owner, "data-error", errorId, "aria-describedby", describedBy,
                "aria-invalid", error == null ? null : "true"}, messages(f));
        switch (f.type()) {
            case TEXTAREA, ADDRESS -> {
                h.open("textarea", concat(common, "rows", f.type() == FieldType.ADDRESS ? "2" : "4",
                        "autocomplete", f.type() == FieldType.ADDRESS ? "street-address" : null,
                        "data-maxlength", num(f.maxLength()), "data-minlength", num(f.minLength()),
                        "data-pattern", f.pattern()));
                h.text(value).close("textarea");
            }
            case NUMBER -> h.empty("input", concat(common, "type", "text", "inputmode", "decimal", "value", value,
                    "data-kind", "number", "data-min", num(f.min()), "data-max", num(f.max())));
            case DATE -> h.empty("input", concat(common, "type", "date", "value", value, "data-kind", "date",
                    "min", date(f.minDate(), today), "max", date(f.maxDate(), today)));
            case CITIZEN_ID -> h.empty("input", concat(common, "type", "text", "inputmode", "numeric", "value", value,
                    "maxlength", "12", "autocomplete", "off", "data-kind", "citizen_id"));
            case PHONE -> h.empty("input", concat(common, "type", "tel", "value", value, "autocomplete", "tel",
                    "data-kind", "phone"));
            case EMAIL -> h.empty("input", concat(common, "type", "email", "value", value, "autocomplete", "email",
                    "data-kind", "email"));
            case FILE -> {
                FileSpec spec = f.file() == null ? new FileSpec(null, 0, 0) : f.file();
                h.empty("input", concat(common, "type", "file", "accept", String.join(",", spec.accept()),
                        "multiple", spec.maxFiles() > 1 ? "" : null, "data-max-bytes", Long.toString(spec.maxBytes()),
                        "data-max-files", Integer.toString(spec.maxFiles())));
            }
            default -> h.empty("input", concat(common, "type", "text", "value", value,
                    "data-maxlength", num(f.maxLength()), "data-minlength", num(f.minLength()), "data-pattern", f.pattern()));
        }
        h.close("div");
    }

    private static void hintAndError(Html h, String hint, String hintId, String error, String errorId) {
        if (hint != null) {
            h.el("span", hint, "class", "hint", "id", hintId);
        }
        h.el("span", error == null ? "" : error, "class", "error", "id", errorId);
    }

    private static void choice(Html h, Field f, String path, Map<String, String[]> values, String error, boolean required,
                               String hint, Lang lang, String owner) {
        String id = id(path);
        String errorId = "e-" + id.substring(2);
        String hintId = "h-" + id.substring(2);
        List<String> chosen = values.containsKey(path) ? List.of(values.get(path)) : List.of();
        if (!f.multiple() && f.options().size() > 5) {
            h.open("div", "class", "field" + (error == null ? "" : " invalid"));
            h.open("label", "for", id).text(f.label()).text(required ? " *" : "").close("label");
            hintAndError(h, hint, hintId, error, errorId);
            h.open("select", "id", id, "name", path, "required", required ? "" : null, "data-check", "",
                    "data-label", f.label(), "data-owner", owner, "data-error", errorId,
                    "data-msg-required", FieldWording.message(f, "required"), "aria-describedby", (hint == null ? "" : hintId + " ") + errorId, "aria-invalid", error == null ? null : "true");
            h.el("option", lang.t("form.choose"), "value", "");
            for (Option o : f.options()) {
                h.el("option", o.label(), "value", o.value(), "selected", chosen.contains(o.value()) ? "" : null);
            }
            h.close("select").close("div");
            return;
        }
        h.open("fieldset", "class", "field choices" + (error == null ? "" : " invalid"), "id", id,
                "aria-describedby", (hint == null ? "" : hintId + " ") + errorId);
        h.open("legend").text(f.label()).text(required ? " *" : "").close("legend");
        hintAndError(h, hint, hintId, error, errorId);
        for (int i = 0; i < f.options().size(); i++) {
            Option o = f.options().get(i);
            String optionId = id + "-" + i;
            h.open("div", "class", "choice");
            h.empty("input", "type", f.multiple() ? "checkbox" : "radio", "id", optionId, "name", path,
                    "value", o.value(), "checked", chosen.contains(o.value()) ? "" : null,
                    "required", required && !f.multiple() ? "" : null, "data-check", i == 0 ? "" : null,
                    "data-label", f.label(), "data-owner", owner, "data-error", errorId,
                    "data-msg-required", i == 0 ? FieldWording.message(f, "required") : null);
            h.el("label", o.label(), "for", optionId);
            h.close("div");
        }
        h.close("fieldset");
    }

    private static void group(Html h, Field g, String path, Map<String, String[]> values, Map<String, String> errors,
                              LocalDate today, Lang lang) {
        String id = id(path);
        String error = errors.get(path);
        int min = g.minItems() == null ? (g.required() ? 1 : 0) : g.minItems();
        int shown = itemsShown(g);
        h.open("fieldset", "class", "field" + (error == null ? "" : " invalid"), "id", id);
        h.open("legend").text(g.label()).text(min > 0 ? " *" : "").close("legend");
        String hint = hint(g, lang);
        if (hint != null) {
            h.el("span", hint, "class", "hint");
        }
        h.el("span", error == null ? "" : error, "class", "error", "id", "e-" + id.substring(2));
        if (isSection(g)) {
            // At most one item (e.g. "Thông tin bên nữ"): a section of the form, not a list, so no "Mục 1" heading.
            fields(h, g.fields(), path + "[0].", values, errors, today, lang, true, itemOwner(g, 0, lang));
            h.close("fieldset");
            return;
        }
        for (int i = 0; i < shown; i++) {
            boolean needed = i < Math.max(min, 1);
            String itemPath = path + "[" + i + "]";
            h.open("fieldset", "id", id(itemPath), "data-extra", needed ? null : path);
            h.open("legend").text(lang.t("form.item") + " " + (i + 1))
                    .text(needed ? "" : " (" + lang.t("optional") + ")").close("legend");
            fields(h, g.fields(), itemPath + ".", values, errors, today, lang, needed, itemOwner(g, i, lang));
            h.close("fieldset");
        }
        if (shown > Math.max(min, 1)) {
            h.el("button", lang.t("form.addItem") + ": " + g.label().toLowerCase(Locale.ROOT), "type", "button",
                    "class", "secondary", "data-add", path, "hidden", "");
        }
        h.close("fieldset");
    }

    /**
     * The server's message of every rule the field has, for portal.js to show word for word (issue 13: the browser said
     * "Vui lòng nhập «…»" where the server said "Trường «…» là bắt buộc"). One wording: {@link FieldWording}.
     */
    static String[] messages(Field f) {
        java.util.List<String> out = new java.util.ArrayList<>(List.of("data-msg-required", FieldWording.message(f, "required")));
        java.util.function.BiConsumer<Boolean, String> add = (applies, rule) -> {
            if (applies) {
                out.add("data-msg-" + rule.toLowerCase(Locale.ROOT));
                out.add(FieldWording.message(f, rule));
            }
        };
        add.accept(f.minLength() != null, "minLength");
        add.accept(f.maxLength() != null, "maxLength");
        add.accept(f.pattern() != null, "pattern");
        add.accept(f.type() == FieldType.NUMBER, "number");
        add.accept(f.type() == FieldType.NUMBER && f.min() != null, "min");
        add.accept(f.type() == FieldType.NUMBER && f.max() != null, "max");
        add.accept(f.type() == FieldType.DATE, "date");
        add.accept(f.type() == FieldType.DATE && f.minDate() != null, "minDate");
        add.accept(f.type() == FieldType.DATE && f.maxDate() != null, "maxDate");
        add.accept(f.type() == FieldType.CITIZEN_ID, "citizen_id");
        add.accept(f.type() == FieldType.PHONE, "phone");
        add.accept(f.type() == FieldType.EMAIL, "email");
        add.accept(f.type() == FieldType.FILE, "accept");
        add.accept(f.type() == FieldType.FILE, "maxBytes");
        add.accept(f.type() == FieldType.FILE, "maxFiles");
        return out.toArray(String[]::new);
    }

    /** A group that can hold only one item is shown as a section. */
    static boolean isSection(Field group) {
        return group.maxItems() != null && group.maxItems() == 1;
    }

    static String hint(Field f, Lang lang) {
        StringBuilder b = new StringBuilder(f.help() == null ? "" : f.help());
        if (f.type() == FieldType.FILE) {
            FileSpec spec = f.file() == null ? new FileSpec(null, 0, 0) : f.file();
            String types = String.join(", ", spec.accept().stream().map(FormView::shortType).toList());
            b.append(b.length() == 0 ? "" : " ").append(lang.t("form.files")).append(": ").append(types).append("; ")
                    .append(lang.t("form.maxSize")).append(' ').append(size(spec.maxBytes())).append(' ')
                    .append(lang.t("form.perFile"));
            if (spec.maxFiles() > 1) {
                b.append(", ").append(lang.t("form.maxSize")).append(' ').append(spec.maxFiles()).append(' ').append(lang.t("form.maxFiles"));
            }
            b.append('.');
        }
        if (f.type() == FieldType.CITIZEN_ID && f.help() == null) {
            b.append(lang == Lang.VI ? "12 chữ số trên thẻ căn cước." : "12 digits, as on the ID card.");
        }
        return b.length() == 0 ? null : b.toString();
    }

    static String shortType(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPG";
            case "image/png" -> "PNG";
            default -> mediaType;
        };
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    private static String date(String rule, LocalDate today) {
        if (rule == null) {
            return null;
        }
        return "today".equals(rule) ? today.toString() : rule;
    }

    private static String num(Number n) {
        if (n == null) {
            return null;
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String first(Map<String, String[]> values, String path) {
        String[] v = values.get(path);
        return v == null || v.length == 0 ? null : v[0];
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
