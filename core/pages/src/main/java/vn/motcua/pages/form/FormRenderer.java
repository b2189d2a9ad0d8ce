package vn.motcua.pages.form;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.FileSpec;
import vn.motcua.api.procedure.Option;
import vn.motcua.descriptor.FieldWording;
import vn.motcua.pages.html.Html;

/**
 * Writes the fields a descriptor declares as HTML, with the submitted values and the server's errors next to each
 * field. Each input is named by the path the validator reports ({@code chaMe[1].hoTen}), so an error finds its field,
 * and carries its rules as attributes for the browser's checks (the portal's script reads them; without it the form
 * still works). Immutable; one per page and language.
 *
 * <pre>{@code
 * FormRenderer form = new FormRenderer(FormWording.load(Messages.VIETNAMESE), today);
 * form.errorSummary(h, errors);
 * form.fields(h, procedure.form().fields(), values, errors, form.wording().declaration());
 * }</pre>
 */
public final class FormRenderer {

    /** Single choices with more options than this are a list box rather than radio buttons. */
    static final int MOST_RADIOS = 5;

    private final FormWording wording;
    private final LocalDate today;

    /**
     * @param wording the words the form prints
     * @param today   the day a date rule {@code today} stands for (Hanoi's date)
     */
    public FormRenderer(FormWording wording, LocalDate today) {
        this.wording = Objects.requireNonNull(wording, "wording");
        this.today = Objects.requireNonNull(today, "today");
    }

    public FormWording wording() {
        return wording;
    }

    /** The id of the element of an input name: the anchor the error summary links to. */
    public static String inputId(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The box at the top of a form listing every error, each a link to its input; nothing when there is none. */
    public void errorSummary(Html h, Map<String, String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        h.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1", "id", "error-summary",
                "aria-labelledby", "error-summary-title");
        h.el("h2", wording.errors() + " (" + errors.size() + ")", "id", "error-summary-title");
        h.open("ul");
        errors.forEach((name, message) -> h.open("li").el("a", message, "href", "#" + inputId(name)).close("li"));
        h.close("ul").close("div");
    }

    /**
     * The fields, their inputs named under a prefix.
     *
     * @param owner whose fields they are, named in the browser's messages as in the server's (may be null)
     */
    public void fields(Html h, List<Field> fields, String prefix, FormValues values, Map<String, String> errors,
                       boolean required, String owner) {
        for (Field f : fields) {
            field(h, f, prefix + f.id(), values, errors, required, owner);
        }
    }

    /** A descriptor's top-level fields, as the declaration of a form. */
    public void fields(Html h, List<Field> fields, FormValues values, Map<String, String> errors, String owner) {
        fields(h, fields, "", values, errors, true, owner);
    }

    /**
     * One field.
     *
     * @param required false to leave out the required mark and attribute (an optional item, a supplement's files)
     */
    public void field(Html h, Field f, String name, FormValues values, Map<String, String> errors, boolean required,
                      String owner) {
        Input in = new Input(f, name, errors.get(name), f.required() && required, FieldHint.of(f, wording), owner);
        switch (f.type()) {
            case GROUP -> group(h, f, name, values, errors);
            case CHOICE -> choice(h, in, values.all(name));
            case CHECKBOX -> checkbox(h, in, "true".equals(values.first(name)));
            default -> input(h, in, values.first(name));
        }
    }

    /** What every input of one field shares: its ids, error, hint and owner. */
    private record Input(Field f, String name, String error, boolean required, String hint, String owner) {
        String id() {
            return inputId(name);
        }

        String errorId() {
            return "e-" + id().substring(2);
        }

        String hintId() {
            return "h-" + id().substring(2);
        }

        String describedBy() {
            return (hint == null ? "" : hintId() + " ") + errorId();
        }

        String boxClass(String base) {
            return base + (error == null ? "" : " invalid");
        }

        String mark() {
            return required ? " *" : "";
        }
    }

    private void input(Html h, Input in, String value) {
        Field f = in.f();
        h.open("div", "class", in.boxClass("field"));
        h.open("label", "for", in.id()).text(f.label()).text(in.mark()).close("label");
        hintAndError(h, in);
        String[] common = concat(new String[] {"id", in.id(), "name", in.name(), "required", in.required() ? "" : null,
                "data-check", "", "data-label", f.label(), "data-owner", in.owner(), "data-error", in.errorId(),
                "aria-describedby", in.describedBy(), "aria-invalid", in.error() == null ? null : "true"},
                BrowserChecks.messages(f));
        switch (f.type()) {
            case TEXTAREA, ADDRESS -> {
                h.open("textarea", concat(common, "rows", f.type() == FieldType.ADDRESS ? "2" : "4",
                        "autocomplete", f.type() == FieldType.ADDRESS ? "street-address" : null,
                        "data-maxlength", num(f.maxLength()), "data-minlength", num(f.minLength()), "data-pattern", f.pattern()));
                h.text(value).close("textarea");
            }
            case NUMBER -> h.empty("input", concat(common, "type", "text", "inputmode", "decimal", "value", value,
                    "data-kind", "number", "data-min", num(f.min()), "data-max", num(f.max())));
            case DATE -> h.empty("input", concat(common, "type", "date", "value", value, "data-kind", "date",
                    "min", date(f.minDate()), "max", date(f.maxDate())));
            case CITIZEN_ID -> h.empty("input", concat(common, "type", "text", "inputmode", "numeric", "value", value,
                    "maxlength", "12", "autocomplete", "off", "data-kind", "citizen_id"));
            case PHONE -> h.empty("input", concat(common, "type", "tel", "value", value, "autocomplete", "tel", "data-kind", "phone"));
            case EMAIL -> h.empty("input", concat(common, "type", "email", "value", value, "autocomplete", "email", "data-kind", "email"));
            case FILE -> {
                FileSpec spec = f.file() == null ? new FileSpec(null, 0, 0) : f.file();
                // a file input never shows a value: a browser cannot be given a file back
                h.empty("input", concat(common, "type", "file", "accept", String.join(",", spec.accept()),
                        "multiple", spec.maxFiles() > 1 ? "" : null, "data-max-bytes", Long.toString(spec.maxBytes()),
                        "data-max-files", Integer.toString(spec.maxFiles())));
            }
            default -> h.empty("input", concat(common, "type", "text", "value", value,
                    "data-maxlength", num(f.maxLength()), "data-minlength", num(f.minLength()), "data-pattern", f.pattern()));
        }
        h.close("div");
    }

    private void checkbox(Html h, Input in, boolean checked) {
        h.open("div", "class", in.boxClass("field"));
        h.open("div", "class", "choice");
        h.empty("input", "type", "checkbox", "id", in.id(), "name", in.name(), "value", "true", "checked", checked ? "" : null,
                "required", in.required() ? "" : null, "data-check", "", "data-label", in.f().label(), "data-owner", in.owner(),
                "data-error", in.errorId(), "aria-describedby", in.describedBy(),
                "aria-invalid", in.error() == null ? null : "true", "data-msg-required", FieldWording.message(in.f(), "required"));
        h.open("label", "for", in.id()).text(in.f().label()).text(in.mark()).close("label");
        h.close("div");
        hintAndError(h, in);
        h.close("div");
    }

    private void hintAndError(Html h, Input in) {
        if (in.hint() != null) {
            h.el("span", in.hint(), "class", "hint", "id", in.hintId());
        }
        h.el("span", in.error() == null ? "" : in.error(), "class", "error", "id", in.errorId());
    }

    /** A few options as radio buttons (or check boxes for several choices), many as a list box. */
    private void choice(Html h, Input in, List<String> chosen) {
        Field f = in.f();
        if (!f.multiple() && f.options().size() > MOST_RADIOS) {
            h.open("div", "class", in.boxClass("field"));
            h.open("label", "for", in.id()).text(f.label()).text(in.mark()).close("label");
            hintAndError(h, in);
            h.open("select", "id", in.id(), "name", in.name(), "required", in.required() ? "" : null, "data-check", "",
                    "data-label", f.label(), "data-owner", in.owner(), "data-error", in.errorId(),
                    "data-msg-required", FieldWording.message(f, "required"), "aria-describedby", in.describedBy(),
                    "aria-invalid", in.error() == null ? null : "true");
            h.el("option", wording.choose(), "value", "");
            for (Option o : f.options()) {
                h.el("option", o.label(), "value", o.value(), "selected", chosen.contains(o.value()) ? "" : null);
            }
            h.close("select").close("div");
            return;
        }
        h.open("fieldset", "class", in.boxClass("field choices"), "id", in.id(), "aria-describedby", in.describedBy());
        h.open("legend").text(f.label()).text(in.mark()).close("legend");
        hintAndError(h, in);
        for (int i = 0; i < f.options().size(); i++) {
            Option o = f.options().get(i);
            String optionId = in.id() + "-" + i;
            h.open("div", "class", "choice");
            h.empty("input", "type", f.multiple() ? "checkbox" : "radio", "id", optionId, "name", in.name(),
                    "value", o.value(), "checked", chosen.contains(o.value()) ? "" : null,
                    "required", in.required() && !f.multiple() ? "" : null, "data-check", i == 0 ? "" : null,
                    "data-label", f.label(), "data-owner", in.owner(), "data-error", in.errorId(),
                    "data-msg-required", i == 0 ? FieldWording.message(f, "required") : null);
            h.el("label", o.label(), "for", optionId);
            h.close("div");
        }
        h.close("fieldset");
    }

    /**
     * A repeating group: {@link RepeatingGroups#itemsShown} items, the ones beyond the required marked optional
     * ({@code data-extra}: the portal's script hides them behind an "add" button; without it they are simply shown).
     */
    private void group(Html h, Field g, String name, FormValues values, Map<String, String> errors) {
        String id = inputId(name);
        String error = errors.get(name);
        int needed = Math.max(RepeatingGroups.itemsRequired(g), 1);
        int shown = RepeatingGroups.itemsShown(g);
        h.open("fieldset", "class", "field" + (error == null ? "" : " invalid"), "id", id);
        h.open("legend").text(g.label()).text(RepeatingGroups.itemsRequired(g) > 0 ? " *" : "").close("legend");
        String hint = FieldHint.of(g, wording);
        if (hint != null) {
            h.el("span", hint, "class", "hint");
        }
        h.el("span", error == null ? "" : error, "class", "error", "id", "e-" + id.substring(2));
        if (RepeatingGroups.isSection(g)) {
            // At most one item (e.g. "Thông tin bên nữ"): a section of the form, not a list, so no "Mục 1" heading.
            fields(h, g.fields(), name + "[0].", values, errors, true, FormErrors.itemOwner(g, 0, wording));
            h.close("fieldset");
            return;
        }
        for (int i = 0; i < shown; i++) {
            boolean required = i < needed;
            String item = name + "[" + i + "]";
            h.open("fieldset", "id", inputId(item), "data-extra", required ? null : name);
            h.open("legend").text(wording.item() + " " + (i + 1)).text(required ? "" : " (" + wording.optional() + ")").close("legend");
            fields(h, g.fields(), item + ".", values, errors, required, FormErrors.itemOwner(g, i, wording));
            h.close("fieldset");
        }
        if (shown > needed) {
            h.el("button", wording.addItem() + ": " + g.label().toLowerCase(Locale.ROOT), "type", "button",
                    "class", "secondary", "data-add", name, "hidden", "");
        }
        h.close("fieldset");
    }

    private String date(String rule) {
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

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
