package vn.motcua.portal.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.api.hook.FieldError;
import vn.motcua.engine.citizen.Ratings;
import vn.motcua.pages.html.Html;

/**
 * The evaluation form (domain.md §7 criteria) and reading it back: on the dossier page once the result is returned,
 * and on the counter's tablet (decision 1031). Stateless.
 */
final class RatingForm {

    private RatingForm() {
    }

    /** The form, posted to {@code action}; {@code errors} by criterion id. */
    static void render(Html h, String action, Lang l, Map<String, String> errors) {
        h.open("form", "method", "post", "action", action, "data-validate", "");
        for (Ratings.Criterion c : Ratings.CRITERIA) {
            String id = "f-" + c.id();
            String error = errors.get(c.id());
            String label = label(c, l);
            if (c.level()) {
                h.open("fieldset", "class", "field choices" + (error == null ? "" : " invalid"), "id", id, "aria-describedby", "e-" + c.id());
                h.open("legend").text(label).text(c.required() ? " *" : "").close("legend");
                h.el("span", error == null ? "" : error, "class", "error", "id", "e-" + c.id());
                for (int level = 3; level >= 1; level--) {
                    String optionId = id + "-" + level;
                    h.open("div", "class", "choice");
                    h.empty("input", "type", "radio", "id", optionId, "name", c.id(), "value", Integer.toString(level),
                            "required", c.required() ? "" : null, "data-check", level == 3 ? "" : null, "data-label", label,
                            "data-error", "e-" + c.id());
                    h.el("label", l.t("rate." + level), "for", optionId);
                    h.close("div");
                }
                h.close("fieldset");
            } else {
                h.open("div", "class", "field" + (error == null ? "" : " invalid"));
                h.el("label", label + " *", "for", id);
                h.el("span", error == null ? "" : error, "class", "error", "id", "e-" + c.id());
                h.empty("input", "type", "text", "inputmode", "numeric", "id", id, "name", c.id(), "required", "",
                        "data-check", "", "data-kind", "number", "data-min", Integer.toString(c.min()),
                        "data-max", Integer.toString(c.max()), "data-label", label, "data-error", "e-" + c.id(),
                        "aria-describedby", "e-" + c.id());
                h.close("div");
            }
        }
        h.open("div", "class", "field").el("label", l.t("rate.comment"), "for", "f-comment");
        h.open("textarea", "id", "f-comment", "name", "comment", "rows", "3", "maxlength", "2000").close("textarea").close("div");
        h.el("button", l.t("rate.send"), "type", "submit");
        h.close("form");
    }

    /**
     * A criterion's label from the bundle; the Vietnamese one is the engine's own wording (the one statistics and
     * officers read), which the bundle test checks.
     */
    static String label(Ratings.Criterion c, Lang l) {
        return l.t("rate.criterion." + c.id());
    }

    /** The posted evaluation form; unreadable numbers are added to {@code parse}. */
    static Ratings read(Visit v, List<FieldError> parse) {
        return new Ratings(number(v, "overall", parse), number(v, "onlineService", parse), number(v, "timeliness", parse),
                number(v, "attitude", parse), number(v, "publicity", parse), number(v, "counterContacts", parse),
                number(v, "agencies", parse), v.param("comment").orElse(null));
    }

    private static Integer number(Visit v, String name, List<FieldError> errors) {
        Optional<String> s = v.param(name);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s.get());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "number", v.lang().t("rate.notNumber", name)));
            return null;
        }
    }

    /** The first error of each field, for the form. */
    static Map<String, String> errors(List<FieldError> errors) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        errors.forEach(e -> out.putIfAbsent(e.field(), e.message()));
        return out;
    }
}
