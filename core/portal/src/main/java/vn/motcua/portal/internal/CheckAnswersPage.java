package vn.motcua.portal.internal;

import java.util.List;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.Option;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.pages.form.FormErrors;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.form.RepeatingGroups;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.units.Unit;

/**
 * "Check your answers" (issue 13): every answer as the citizen gave it, read back before sending, server-rendered with
 * two plain forms (send; change my answers), so it works without JavaScript under the strict CSP. Stateless.
 */
final class CheckAnswersPage {

    private CheckAnswersPage() {
    }

    static String path(Unit unit, ProcedureDefinition d) {
        return "/don-vi/" + unit.code() + "/thu-tuc/" + d.code() + "/kiem-tra";
    }

    static Html render(Unit unit, ProcedureDefinition d, PendingSubmissions.Pending p, Lang l) {
        Html h = new Html();
        h.el("h1", l.t("check.title"));
        h.el("p", d.name() + " – " + unit.name(), "class", "meta");
        h.el("p", l.t("check.lead"), "class", "lead");
        SubmitCommand c = p.command();
        Intake intake = Intake.of(c);
        if (intake == Intake.PICKUP) {
            h.el("p", l.t("pickup.lead"), "class", "notice");
        }
        h.el("h2", l.t("form.applicant"));
        h.open("dl", "class", "facts card answers");
        answer(h, l.t("applicant.name"), c.applicant().name());
        answer(h, l.t("applicant.phone"), c.applicant().phone());
        answer(h, l.t("applicant.citizenId"), c.applicant().citizenId());
        answer(h, l.t("applicant.email"), c.applicant().email());
        answer(h, l.t(intake == Intake.PICKUP ? "pickup.address" : "applicant.address"), c.applicant().address());
        if (!c.notifications().isEmpty()) {
            answer(h, l.t("form.notify"), String.join("; ", c.notifications().stream().map(n -> l.t("form.notify." + n.name())).toList()));
        }
        h.close("dl");
        h.el("h2", l.t("form.declaration"));
        h.open("dl", "class", "facts card answers");
        for (Field f : d.form().fields()) {
            field(h, f, f.id(), p, l);
        }
        answer(h, l.t("form.resultChannel"), l.t("channel." + c.resultChannel()));
        h.close("dl");
        h.open("form", "method", "post", "action", path(unit, d), "class", "actions");
        h.el("button", l.t("check.send"), "type", "submit");
        h.close("form");
        h.open("form", "method", "get", "action", intake.path(unit, d), "class", "actions");
        h.empty("input", "type", "hidden", "name", "sua", "value", "1");
        h.el("button", l.t("check.change"), "type", "submit", "class", "secondary");
        h.close("form");
        return h;
    }

    private static void field(Html h, Field f, String path, PendingSubmissions.Pending p, Lang l) {
        FormValues values = p.values();
        switch (f.type()) {
            case GROUP -> {
                for (int i = 0; i < RepeatingGroups.itemsShown(f); i++) {
                    String prefix = path + "[" + i + "].";
                    if (!values.anyUnder(prefix)) {
                        continue;
                    }
                    h.el("dt", FormErrors.owner(List.of(f), prefix + "x", CitizenForm.wording(l)));
                    h.open("dd").open("dl", "class", "facts");
                    for (Field inner : f.fields()) {
                        field(h, inner, prefix + inner.id(), p, l);
                    }
                    h.close("dl").close("dd");
                }
            }
            case FILE -> answer(h, f.label(), String.join(", ", PendingSubmissions.fileNames(p, path)));
            case CHECKBOX -> answer(h, f.label(), "true".equals(values.first(path)) ? l.t("check.yes") : null);
            case CHOICE -> {
                List<String> chosen = values.all(path);
                List<String> labels = f.options().stream().filter(o -> chosen.contains(o.value())).map(Option::label).toList();
                answer(h, f.label(), String.join("; ", labels));
            }
            default -> answer(h, f.label(), f.type() == FieldType.DATE ? date(values.first(path)) : values.first(path));
        }
    }

    /** A date as a person reads it (dd/MM/yyyy); the form posts it as ISO. */
    private static String date(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return iso;
        }
        return iso.substring(8) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
    }

    private static void answer(Html h, String label, String value) {
        if (value != null && !value.isBlank()) {
            h.el("dt", label).el("dd", value, "class", "keep-lines");
        }
    }
}
