package vn.motcua.portal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.pages.form.FormRenderer;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.units.Unit;

/**
 * The content of the online form and of the pickup request ({@link Intake}): the applicant block (the portal's own),
 * the descriptor's declaration (the shared renderer, {@link CitizenForm}) and how the result is received; also what the
 * admin console's preview shows for a jar not yet deployed. Stateless.
 */
final class SubmissionForm {

    private SubmissionForm() {
    }

    static Html render(Unit unit, ProcedureDefinition d, Intake intake, FormValues values, Map<String, String> errors,
                       String notice, Lang l, LocalDate today) {
        FormRenderer form = CitizenForm.renderer(l, today);
        Html h = new Html();
        h.open("p").el("a", "← " + d.name(), "href", "/don-vi/" + unit.code() + "/thu-tuc/" + d.code()).close("p");
        h.el("h1", l.t(intake.titleKey) + ": " + d.name());
        h.el("p", unit.name(), "class", "meta");
        if (intake == Intake.PICKUP) {
            h.el("p", l.t("pickup.lead"), "class", "lead");
        }
        h.open("form", "method", "post", "action", intake.path(unit, d),
                "enctype", "multipart/form-data", "data-validate", "", "accept-charset", "utf-8");
        form.errorSummary(h, errors);
        if (notice != null) {
            h.el("p", notice, "class", "notice");
        }
        h.el("p", l.t("form.requiredNote"), "class", "meta");
        Map<String, String> fills = AskOnce.targets(d.form().fields());
        applicant(h, intake, values, errors, l, fills);
        h.open("fieldset").el("legend", l.t("form.declaration"));
        if (!fills.isEmpty()) {
            h.el("p", l.t("form.askOnce"), "class", "hint");
        }
        CitizenForm.declaration(h, d.form().fields(), values, errors, form);
        h.close("fieldset");
        resultChannel(h, d, values, errors, l);
        h.open("div", "class", "actions").el("button", l.t("form.next"), "type", "submit").close("div");
        h.close("form");
        return h;
    }

    private static void applicant(Html h, Intake intake, FormValues values, Map<String, String> errors, Lang l, Map<String, String> fills) {
        boolean pickup = intake == Intake.PICKUP; // the postman calls the phone and comes to the address (decision 1133)
        h.open("fieldset").el("legend", l.t("form.applicant"));
        h.el("p", l.t(pickup ? "pickup.hint" : "applicant.hint"), "class", "hint");
        SubmissionPages.personalDataNotice(h, l);
        applicantField(h, "applicant.name", "text", "name", true, values, errors, l, null, null);
        applicantField(h, "applicant.phone", "tel", "tel", pickup, values, errors, l, "phone", fills.get("applicant.phone"));
        applicantField(h, "applicant.citizenId", "text", "off", false, values, errors, l, "citizen_id", fills.get("applicant.citizenId"));
        applicantField(h, "applicant.email", "email", "email", false, values, errors, l, "email", fills.get("applicant.email"));
        applicantField(h, "applicant.address", "text", "street-address", pickup, values, errors, l, null, null);
        // Opt-in per dossier (issue 11): messages at each change, to the e-mail or phone given above.
        h.open("fieldset", "class", "field choices", "id", "f-notify").el("legend", l.t("form.notify"));
        for (String channel : List.of("EMAIL", "SMS")) {
            String id = "f-notify-" + channel;
            h.open("div", "class", "choice");
            h.empty("input", "type", "checkbox", "id", id, "name", "notify", "value", channel,
                    "checked", values.all("notify").contains(channel) ? "" : null);
            h.el("label", l.t("form.notify." + channel), "for", id);
            h.close("div");
        }
        h.close("fieldset");
        h.close("fieldset");
    }

    private static void applicantField(Html h, String path, String type, String autocomplete, boolean required,
                                       FormValues values, Map<String, String> errors, Lang l, String kind, String fills) {
        String id = FormRenderer.inputId(path);
        String error = errors.get(path);
        String errorId = "e-" + id.substring(2);
        h.open("div", "class", "field" + (error == null ? "" : " invalid"));
        h.open("label", "for", id).text(l.t(path)).text(required ? " *" : "").close("label");
        h.el("span", error == null ? "" : error, "class", "error", "id", errorId);
        h.empty("input", "type", type, "id", id, "name", path, "value", values.first(path), "autocomplete", autocomplete,
                "required", required ? "" : null, "data-check", "", "data-label", l.t(path), "data-error", errorId,
                "data-owner", l.t("form.applicant"), "data-fills", fills == null ? null : FormRenderer.inputId(fills),
                "data-kind", kind, "inputmode", "citizen_id".equals(kind) ? "numeric" : null,
                "maxlength", "citizen_id".equals(kind) ? "12" : null,
                "aria-describedby", errorId, "aria-invalid", error == null ? null : "true");
        h.close("div");
    }

    private static void resultChannel(Html h, ProcedureDefinition d, FormValues values, Map<String, String> errors, Lang l) {
        String rcError = errors.get("resultChannel");
        h.open("fieldset", "class", "field choices" + (rcError == null ? "" : " invalid"), "id", "f-resultChannel",
                "aria-describedby", "e-resultChannel");
        h.el("legend", l.t("form.resultChannel") + " *");
        h.el("span", rcError == null ? "" : rcError, "class", "error", "id", "e-resultChannel");
        String chosen = values.first("resultChannel");
        int i = 0;
        for (Channel c : d.disclosure().resultChannels()) {
            String id = "f-resultChannel-" + i;
            h.open("div", "class", "choice");
            h.empty("input", "type", "radio", "id", id, "name", "resultChannel", "value", c.name(), "required", "",
                    "checked", c.name().equals(chosen) ? "" : null, "data-check", i == 0 ? "" : null,
                    "data-label", l.t("form.resultChannel"), "data-error", "e-resultChannel");
            h.el("label", l.t("channel." + c), "for", id);
            h.close("div");
            i++;
        }
        h.close("fieldset");
    }
}
