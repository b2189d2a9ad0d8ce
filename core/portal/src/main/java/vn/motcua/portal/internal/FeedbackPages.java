package vn.motcua.portal.internal;

import vn.motcua.pages.html.Html;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.hook.FieldError;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.SecondFactorAttempts;
import vn.motcua.engine.citizen.FeedbackCommand;
import vn.motcua.engine.citizen.FeedbackView;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.engine.feedback.FeedbackRefusedException;
import vn.motcua.runtime.units.Unit;

/** Feedback and petitions (phản ánh, kiến nghị): send, then track the answer with the reference and the phone. */
final class FeedbackPages {

    private static final List<String> SUBJECTS = List.of("PROCEDURE", "DOSSIER", "UNIT");

    private final Catalogue catalogue;
    private final Layout layout;
    private final Supplier<CitizenDesk> desk;
    private final Supplier<SecondFactorAttempts> attempts;

    FeedbackPages(Catalogue catalogue, Layout layout, Supplier<CitizenDesk> desk, Supplier<SecondFactorAttempts> attempts) {
        this.attempts = attempts;
        this.catalogue = catalogue;
        this.layout = layout;
        this.desk = desk;
    }

    void form(Visit v) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("subject", v.param("doi-tuong").filter(SUBJECTS::contains).orElse("UNIT"));
        v.param("ho-so").ifPresent(c -> values.put("dossierCode", c));
        v.param("don-vi").ifPresent(c -> values.put("unitCode", c));
        v.param("thu-tuc").ifPresent(c -> values.put("procedureCode", c));
        render(v, 200, values, Map.of());
    }

    void send(Visit v) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("subject", "unitCode", "procedureCode", "dossierCode", "senderName", "phone", "email", "content")) {
            v.param(name).ifPresent(x -> values.put(name, x));
        }
        java.util.Set<vn.motcua.engine.SubmitCommand.Notify> notify = java.util.EnumSet.noneOf(vn.motcua.engine.SubmitCommand.Notify.class);
        List<String> chosen = v.params().get("notify") == null ? List.of() : List.of(v.params().get("notify"));
        for (vn.motcua.engine.SubmitCommand.Notify n : vn.motcua.engine.SubmitCommand.Notify.values()) {
            if (chosen.contains(n.name())) {
                notify.add(n);
                values.put("notify." + n.name(), "on");
            }
        }
        try {
            FeedbackView f = desk.get().sendFeedback(new FeedbackCommand(values.get("subject"), values.get("unitCode"),
                    values.get("procedureCode"), values.get("dossierCode"), values.getOrDefault("senderName", ""),
                    values.get("phone"), values.get("content"), values.get("email"), notify));
            Lang l = v.lang();
            Html h = new Html();
            h.el("h1", l.t("fb.sent"));
            h.open("div", "class", "success", "role", "status");
            h.open("p").text(l.t("fb.reference") + ": ").el("span", f.reference(), "class", "code").close("p");
            h.close("div");
            h.open("p").el("a", l.t("fb.track"), "href", "/phan-anh/tra-cuu").close("p");
            Replies.html(v, 201, layout.page(v, l.t("fb.sent"), l.t("fb.sent"), h));
        } catch (InvalidSubmissionException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError fe : e.errors()) {
                errors.putIfAbsent(fe.field(), fe.message());
            }
            render(v, 422, values, errors);
        }
    }

    private void render(Visit v, int status, Map<String, String> values, Map<String, String> errors) throws IOException {
        Lang l = v.lang();
        Html h = new Html();
        h.el("h1", l.t("fb.title")).el("p", l.t("fb.lead"), "class", "lead");
        h.open("form", "method", "post", "action", "/phan-anh", "data-validate", "");
        if (!errors.isEmpty()) {
            h.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1", "id", "error-summary");
            h.el("h2", l.t("form.errors") + " (" + errors.size() + ")");
            h.open("ul");
            errors.forEach((field, message) -> h.open("li").el("a", message, "href", "#f-" + field).close("li"));
            h.close("ul").close("div");
        }
        h.open("fieldset", "class", "field choices", "id", "f-subject").el("legend", l.t("fb.subject") + " *");
        int i = 0;
        for (String s : SUBJECTS) {
            h.open("div", "class", "choice");
            h.empty("input", "type", "radio", "id", "f-subject-" + i, "name", "subject", "value", s, "required", "",
                    "checked", s.equals(values.get("subject")) ? "" : null);
            h.el("label", l.t("fb.subject." + s), "for", "f-subject-" + i);
            h.close("div");
            i++;
        }
        h.close("fieldset");
        String unitError = errors.get("unitCode");
        h.open("div", "class", "field" + (unitError == null ? "" : " invalid")).el("label", l.t("fb.unit"), "for", "f-unitCode");
        h.el("span", unitError == null ? "" : unitError, "class", "error", "id", "e-unitCode");
        h.open("select", "id", "f-unitCode", "name", "unitCode", "aria-describedby", "e-unitCode");
        h.el("option", l.t("form.choose"), "value", "");
        for (Unit u : catalogue.unitsByName()) {
            h.el("option", u.name(), "value", u.code(), "selected", u.code().equals(values.get("unitCode")) ? "" : null);
        }
        h.close("select").close("div");
        String procedureError = errors.get("procedureCode");
        h.open("div", "class", "field" + (procedureError == null ? "" : " invalid")).el("label", l.t("fb.procedure"), "for", "f-procedureCode");
        h.el("span", procedureError == null ? "" : procedureError, "class", "error", "id", "e-procedureCode");
        h.open("select", "id", "f-procedureCode", "name", "procedureCode", "aria-describedby", "e-procedureCode");
        h.el("option", l.t("form.choose"), "value", "");
        for (ProcedureDefinition d : catalogue.proceduresByName()) {
            h.el("option", d.name() + " (" + d.code() + ")", "value", d.code(), "selected", d.code().equals(values.get("procedureCode")) ? "" : null);
        }
        h.close("select").close("div");
        text(h, "dossierCode", l.t("fb.dossier"), false, values, errors, "text", null);
        text(h, "senderName", l.t("fb.name"), true, values, errors, "text", null);
        text(h, "phone", l.t("fb.phone"), true, values, errors, "tel", "phone");
        String contentError = errors.get("content");
        h.open("div", "class", "field" + (contentError == null ? "" : " invalid")).el("label", l.t("fb.content") + " *", "for", "f-content");
        h.el("span", contentError == null ? "" : contentError, "class", "error", "id", "e-content");
        h.open("textarea", "id", "f-content", "name", "content", "rows", "6", "required", "", "data-check", "",
                "data-label", l.t("fb.content"), "data-error", "e-content", "data-maxlength", "5000",
                "aria-describedby", "e-content").text(values.get("content")).close("textarea").close("div");
        text(h, "email", l.t("fb.email"), false, values, errors, "email", null);
        // Opt-in to the "feedback answered" message (issue 11); the addresses are kept only until it is sent.
        h.open("fieldset", "class", "field choices", "id", "f-notify").el("legend", l.t("fb.notify"));
        for (String channel : List.of("SMS", "EMAIL")) {
            String id = "f-notify-" + channel;
            h.open("div", "class", "choice");
            h.empty("input", "type", "checkbox", "id", id, "name", "notify", "value", channel,
                    "checked", values.containsKey("notify." + channel) ? "" : null);
            h.el("label", l.t("fb.notify." + channel), "for", id);
            h.close("div");
        }
        h.close("fieldset");
        h.el("button", l.t("fb.send"), "type", "submit");
        h.close("form");
        h.open("p").el("a", l.t("fb.track"), "href", "/phan-anh/tra-cuu").close("p");
        Replies.html(v, status, layout.page(v, l.t("fb.title"), l.t("fb.lead"), h));
    }

    private static void text(Html h, String name, String label, boolean required, Map<String, String> values,
                             Map<String, String> errors, String type, String kind) {
        String error = errors.get(name);
        h.open("div", "class", "field" + (error == null ? "" : " invalid"));
        h.el("label", label + (required ? " *" : ""), "for", "f-" + name);
        h.el("span", error == null ? "" : error, "class", "error", "id", "e-" + name);
        h.empty("input", "type", type, "id", "f-" + name, "name", name, "value", values.get(name), "required", required ? "" : null,
                "data-check", "", "data-label", label, "data-error", "e-" + name, "data-kind", kind,
                "aria-describedby", "e-" + name, "aria-invalid", error == null ? null : "true",
                "autocomplete", "tel".equals(type) ? "tel" : "senderName".equals(name) ? "name" : "off");
        h.close("div");
    }

    void trackForm(Visit v) throws IOException {
        renderTrack(v, 200, null, null);
    }

    void track(Visit v) throws IOException {
        Lang l = v.lang();
        String reference = v.paramOr("reference", "").strip();
        if (!attempts.get().tryAcquire(v.client(), "feedback:" + reference)) {
            v.response().setHeader("Retry-After", Long.toString(Math.max(1, attempts.get().retryAfter().toSeconds())));
            renderTrack(v, 429, null, l.t("lookup.tooMany"));
            return;
        }
        Optional<FeedbackView> f = desk.get().trackFeedback(v.paramOr("reference", ""), v.paramOr("phone", ""));
        if (f.isEmpty()) {
            renderTrack(v, 200, null, l.t("fb.notFound"));
            return;
        }
        renderTrack(v, 200, f.get(), null, v.paramOr("phone", ""));
    }

    /**
     * The sender rates the answer (POST {@code /phan-anh/danh-gia}): the reference and phone again, as for tracking,
     * since feedback has no session; the same per-client limit applies.
     */
    void rate(Visit v) throws IOException {
        Lang l = v.lang();
        String reference = v.paramOr("reference", "");
        if (!attempts.get().tryAcquire(v.client(), "feedback:" + reference.strip())) {
            v.response().setHeader("Retry-After", Long.toString(Math.max(1, attempts.get().retryAfter().toSeconds())));
            renderTrack(v, 429, null, l.t("lookup.tooMany"));
            return;
        }
        String phone = v.paramOr("phone", "");
        Integer rating = v.param("rating").filter(x -> x.matches("[1-3]")).map(Integer::valueOf).orElse(null);
        try {
            Optional<FeedbackView> f = desk.get().rateFeedbackAnswer(reference, phone, rating);
            if (f.isEmpty()) {
                renderTrack(v, 200, null, l.t("fb.notFound"));
                return;
            }
            renderTrack(v, 200, f.get(), null, phone, l.t("fb.rated"));
        } catch (InvalidSubmissionException e) {
            Optional<FeedbackView> f = desk.get().trackFeedback(reference, phone);
            renderTrack(v, 422, f.orElse(null), e.errors().get(0).message(), phone);
        } catch (FeedbackRefusedException e) {
            Optional<FeedbackView> f = desk.get().trackFeedback(reference, phone);
            renderTrack(v, 409, f.orElse(null), l.t(e.reason() == FeedbackRefusedException.Reason.NOT_ANSWERED ? "fb.notAnswered" : "fb.alreadyRated"), null);
        }
    }

    private static void rateForm(Html h, Lang l, String reference, String phone) {
        h.open("form", "method", "post", "action", "/phan-anh/danh-gia", "class", "card");
        h.empty("input", "type", "hidden", "name", "reference", "value", reference);
        h.empty("input", "type", "hidden", "name", "phone", "value", phone);
        h.open("fieldset", "class", "field choices", "id", "f-rating").el("legend", l.t("fb.rate") + " *");
        for (int level = 3; level >= 1; level--) {
            h.open("div", "class", "choice");
            h.empty("input", "type", "radio", "id", "f-rating-" + level, "name", "rating", "value", Integer.toString(level), "required", "");
            h.el("label", l.t("rate." + level), "for", "f-rating-" + level);
            h.close("div");
        }
        h.close("fieldset");
        h.el("button", l.t("fb.rate.send"), "type", "submit");
        h.close("form");
    }

    private void renderTrack(Visit v, int status, FeedbackView f, String error) throws IOException {
        renderTrack(v, status, f, error, null);
    }

    private void renderTrack(Visit v, int status, FeedbackView f, String error, String phone) throws IOException {
        renderTrack(v, status, f, error, phone, null);
    }

    private void renderTrack(Visit v, int status, FeedbackView f, String error, String phone, String notice) throws IOException {
        Lang l = v.lang();
        Html h = new Html();
        h.el("h1", l.t("fb.track"));
        if (notice != null) {
            h.open("div", "class", "success", "role", "status").el("p", notice).close("div");
        }
        if (f != null && error != null) {
            h.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1").el("p", error).close("div");
            error = null;
        }
        if (f != null) {
            h.open("dl", "class", "facts card");
            h.el("dt", l.t("fb.reference")).el("dd", f.reference());
            h.el("dt", l.t("dossier.status")).open("dd").el("strong", l.t("fb.status." + f.status())).close("dd");
            h.el("dt", l.t("dossier.submitted")).el("dd", Dates.format(f.submittedAt(), l));
            h.el("dt", l.t("fb.content")).el("dd", f.content());
            if (f.dueAt() != null && f.answer() == null) {
                h.el("dt", l.t("fb.due")).el("dd", Dates.format(f.dueAt(), l));
            }
            if (f.answer() != null) {
                h.el("dt", l.t("fb.answer")).el("dd", f.answer() + " (" + Dates.format(f.answeredAt(), l) + ")");
            }
            if (f.answerRating() != null) {
                h.el("dt", l.t("fb.rating")).el("dd", l.t("rate." + f.answerRating()));
            }
            h.close("dl");
            if (f.answer() != null && f.answerRating() == null && phone != null) {
                rateForm(h, l, f.reference(), phone);
            }
        }
        h.open("form", "method", "post", "action", "/phan-anh/tra-cuu", "data-validate", "");
        if (error != null) {
            h.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1", "id", "error-summary").el("p", error).close("div");
        }
        text(h, "reference", l.t("fb.reference"), true, Map.of(), Map.of(), "text", null);
        text(h, "phone", l.t("fb.phone"), true, Map.of(), Map.of(), "tel", "phone");
        h.el("button", l.t("fb.track.send"), "type", "submit");
        h.close("form");
        Replies.html(v, status, layout.page(v, l.t("fb.track"), l.t("fb.track"), h));
    }
}
