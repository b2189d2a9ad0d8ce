package vn.motcua.portal.internal;

import vn.motcua.pages.html.Html;
import jakarta.servlet.ServletException;
import vn.motcua.pages.http.UnreadableFormException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.engine.ActionNotAllowedException;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.TimelineEntry;
import vn.motcua.engine.Upload;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.Evaluation;
import vn.motcua.engine.citizen.EvaluationRefusedException;
import vn.motcua.engine.citizen.GrantRequiredException;
import vn.motcua.engine.citizen.Ratings;
import vn.motcua.engine.citizen.SlipKind;

/**
 * The dossier page, behind the grant {@link LookupPages} gives: status, deadlines, timeline, what is asked of the
 * citizen, supplement upload, slips, rating. Stateless apart from its collaborators.
 */
final class DossierPages {

    private final Catalogue catalogue;
    private final Layout layout;
    private final Supplier<CitizenDesk> desk;
    private final LookupPages lookup;
    private final DossierSections sections;
    private final PaymentPages payment;

    /**
     * @param lookup   where a visit without a valid grant goes back to
     * @param sections the slips, messages and postal orders of the page
     * @param payment  the online payment section (decision 1130), or null
     */
    DossierPages(Catalogue catalogue, Layout layout, Supplier<CitizenDesk> desk, LookupPages lookup,
                 DossierSections sections, PaymentPages payment) {
        this.catalogue = catalogue;
        this.layout = layout;
        this.desk = desk;
        this.lookup = lookup;
        this.sections = sections;
        this.payment = payment;
    }

    private Optional<CitizenView> view(Visit v, String code) {
        return v.cookie(Visit.GRANT_COOKIE).flatMap(t -> desk.get().view(t, code));
    }

    void dossier(Visit v, String code) throws IOException {
        Optional<CitizenView> view = view(v, code);
        if (view.isEmpty()) {
            lookup.expired(v, 200, code);
            return;
        }
        String notice = switch (v.paramOr("thong-bao", "")) {
            case "bo-sung" -> v.lang().t("dossier.supplement.done");
            case "danh-gia" -> v.lang().t("rate.done");
            default -> null;
        };
        render(v, 200, view.get(), notice, Map.of());
    }

    private void render(Visit v, int status, CitizenView d, String message, Map<String, String> errors) throws IOException {
        Lang l = v.lang();
        Html h = new Html();
        h.open("h1").text(l.t("dossier.title") + " ").el("span", d.code(), "class", "code", "id", "dossier-code").close("h1");
        copyButton(h, "dossier-code", l);
        if (message != null) {
            h.el("p", message, "class", "success", "role", "status");
        }
        h.open("dl", "class", "facts card");
        h.el("dt", l.t("dossier.procedure")).el("dd", d.procedureName());
        h.el("dt", l.t("form.applicant")).el("dd", d.applicantName());
        h.el("dt", l.t("dossier.status")).open("dd").el("strong", l.t("status." + d.status())).close("dd");
        h.el("dt", l.t("dossier.submitted")).el("dd", Dates.format(d.submittedAt(), l));
        if (d.receivedAt() != null) {
            h.el("dt", l.t("dossier.received")).el("dd", Dates.format(d.receivedAt(), l));
        }
        if (d.appointmentAt() != null) {
            h.el("dt", l.t("dossier.appointment")).el("dd", Dates.format(d.appointmentAt(), l));
        }
        if (d.newAppointmentAt() != null) {
            h.el("dt", l.t("dossier.newAppointment")).open("dd").el("strong", Dates.format(d.newAppointmentAt(), l)).close("dd");
        }
        h.el("dt", l.t("dossier.resultChannel")).el("dd", l.t("channel." + d.resultChannel()));
        h.close("dl");
        if (d.clockStopped()) {
            h.el("p", l.t("dossier.clockStopped"), "class", "notice");
        }
        if (payment != null) {
            payment.section(h, d, l);
        }
        if (d.timeline().stream().anyMatch(e -> "extend".equals(e.action()))) {
            // The legal extension (e.g. Luật Hộ tịch 2014 Art. 18(2)): the appointment above is already the extended one.
            h.open("section", "class", "card", "aria-labelledby", "extended-title")
                    .el("h2", l.t("dossier.extended"), "id", "extended-title");
            h.el("p", l.t("dossier.extended.lead"));
            lastNote(d, "extend").ifPresent(n -> h.el("p", n));
            h.close("section");
        }
        if (d.newAppointmentAt() != null) {
            // The slip's own title, as the PDF prints it (it depends on the regime of the day of receipt).
            String title = l == Lang.VI ? SlipKind.APOLOGY.title(d.receivedAt()) : l.t("dossier.apology");
            h.open("section", "class", "card", "aria-labelledby", "apology-title").el("h2", title, "id", "apology-title");
            h.el("p", l.t("dossier.apology.lead"));
            lastNote(d, "issue-apology").ifPresent(n -> h.el("p", n, "class", "keep-lines"));
            h.open("p").el("strong", Dates.format(d.newAppointmentAt(), l)).close("p");
            h.open("p").el("a", l == Lang.VI ? l.t("slip.pdf", title) : l.t("slip.apology"), "href",
                    "/ho-so/" + d.code() + "/phieu-xin-loi.pdf").close("p");
            h.close("section");
        }
        if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED || d.status() == DossierStatus.AWAITING_SUPPLEMENT) {
            supplementForm(h, d, l, errors);
        }
        sections.documents(h, d, l);
        if (d.status() == DossierStatus.RETURNED) {
            rating(h, v, d, l, errors);
        }
        h.el("h2", l.t("dossier.timeline"));
        Optional<String> receiving = catalogue.receivingUnit(d.code()).map(vn.motcua.runtime.units.Unit::name);
        h.open("ol", "class", "timeline");
        for (TimelineEntry e : d.timeline()) {
            h.open("li").open("time", "datetime", Dates.iso(e.at())).text(Dates.format(e.at(), l)).close("time")
                    .text(": " + l.t("status." + e.status()));
            h.el("span", agency(e, receiving, l), "class", "meta");
            if (e.note() != null) {
                h.el("span", e.note(), "class", "meta keep-lines");
            }
            h.close("li");
        }
        h.close("ol");
        sections.messages(h, d, l);
        sections.postal(h, d, l);
        h.open("p").el("a", l.t("dossier.feedback"), "href", "/phan-anh?doi-tuong=DOSSIER&ho-so=" + d.code()).close("p");
        h.open("form", "method", "post", "action", "/ho-so/" + d.code() + "/thoat")
                .el("button", l.t("dossier.logout"), "type", "submit", "class", "secondary").close("form");
        Replies.html(v, status, layout.page(v, l.t("dossier.title") + " " + d.code(), l.t("dossier.title"), h));
    }

    /**
     * Who holds the dossier at this step: the unit that acted, or, for the applicant's own steps (submission,
     * supplement), the unit it was sent to. A unit code the directory does not know is shown as it is.
     */
    private String agency(TimelineEntry e, Optional<String> receiving, Lang l) {
        if (e.unitCode() == null) {
            return receiving.map(name -> l.t("dossier.timeline.sentTo") + ": " + name).orElse("");
        }
        return l.t("dossier.timeline.unit") + ": " + catalogue.findUnit(e.unitCode()).map(vn.motcua.runtime.units.Unit::name).orElse(e.unitCode());
    }

    /** A copy button for a code shown on the page; portal.js shows it where the browser can copy (hidden otherwise). */
    static void copyButton(Html h, String targetId, Lang l) {
        h.el("button", l.t("copy.code"), "type", "button", "class", "secondary copy", "data-copy", targetId,
                "data-copied", l.t("copy.done"), "hidden", "");
    }

    private static Optional<String> lastNote(CitizenView d, String action) {
        return d.timeline().stream().filter(e -> action.equals(e.action()) && e.note() != null).map(TimelineEntry::note)
                .reduce((a, b) -> b);
    }

    private void supplementForm(Html h, CitizenView d, Lang l, Map<String, String> errors) {
        h.open("section", "class", "card", "aria-labelledby", "asked-title").el("h2", l.t("dossier.asked"), "id", "asked-title");
        h.el("p", l.t("dossier.asked.lead"));
        // The officer's list keeps its line breaks (one document per line, as typed at the counter).
        lastNote(d, "request-supplement").ifPresent(n -> h.el("p", n, "class", "notice keep-lines"));
        h.open("form", "method", "post", "action", "/ho-so/" + d.code() + "/bo-sung", "enctype", "multipart/form-data",
                "data-validate", "");
        vn.motcua.pages.form.FormRenderer form = CitizenForm.renderer(l, java.time.LocalDate.now(Dates.HANOI));
        for (Field f : fileFields(d)) {
            form.field(h, f, f.id(), vn.motcua.pages.form.FormValues.empty(), errors, false, null);
        }
        h.open("div", "class", "field").el("label", l.t("dossier.supplement.note"), "for", "f-note");
        h.open("textarea", "id", "f-note", "name", "note", "rows", "3").close("textarea").close("div");
        h.el("button", l.t("dossier.supplement.send"), "type", "submit");
        h.close("form").close("section");
    }

    private List<Field> fileFields(CitizenView d) {
        return catalogue.declared(d.procedureCode()).map(ProcedureDefinition::form)
                .map(f -> f.fields().stream().filter(x -> x.type() == FieldType.FILE).toList()).orElse(List.of());
    }

    private void rating(Html h, Visit v, CitizenView d, Lang l, Map<String, String> errors) {
        Optional<Evaluation> done = v.cookie(Visit.GRANT_COOKIE).flatMap(t -> desk.get().evaluation(t, d.code()));
        h.open("section", "class", "card", "aria-labelledby", "rate-title").el("h2", l.t("rate.title"), "id", "rate-title");
        if (done.isPresent()) {
            h.el("p", l.t("rate.already"));
            h.close("section");
            return;
        }
        h.el("p", l.t("rate.lead"));
        RatingForm.render(h, "/ho-so/" + d.code() + "/danh-gia", l, errors);
        h.close("section");
    }

    void supplement(Visit v, String code) throws IOException {
        Lang l = v.lang();
        String token = v.cookie(Visit.GRANT_COOKIE).orElse(null);
        Optional<CitizenView> view = token == null ? Optional.empty() : desk.get().view(token, code);
        if (view.isEmpty()) {
            lookup.expired(v, 200, code);
            return;
        }
        List<Upload> files;
        try {
            files = CitizenForm.uploads(v.request(), fileFields(view.get()));
        } catch (vn.motcua.pages.http.UnreadableFormException e) {
            render(v, 413, view.get(), null, Map.of("note", l.t("form.tooLarge")));
            return;
        }
        try {
            desk.get().answerSupplement(token, code, v.param("note").orElse(null), files);
        } catch (InvalidSubmissionException e) {
            Map<String, String> byField = new java.util.LinkedHashMap<>();
            List<Field> fields = fileFields(view.get());
            e.errors().forEach(fe -> byField.putIfAbsent(vn.motcua.pages.form.FormErrors.inputOf(fields, fe.field()), fe.message()));
            render(v, 422, view.get(), null, byField);
            return;
        } catch (ActionNotAllowedException | GrantRequiredException e) {
            lookup.expired(v, 409, code);
            return;
        }
        // Post/redirect/get: a reload must not send the documents twice.
        Replies.redirect(v, "/ho-so/" + code + "?thong-bao=bo-sung");
    }

    void rate(Visit v, String code) throws IOException {
        Lang l = v.lang();
        String token = v.cookie(Visit.GRANT_COOKIE).orElse(null);
        Optional<CitizenView> view = token == null ? Optional.empty() : desk.get().view(token, code);
        if (view.isEmpty()) {
            lookup.expired(v, 200, code);
            return;
        }
        List<FieldError> parse = new ArrayList<>();
        Ratings r = RatingForm.read(v, parse);
        try {
            if (!parse.isEmpty()) {
                throw new InvalidSubmissionException(parse);
            }
            desk.get().evaluate(token, code, r);
        } catch (InvalidSubmissionException e) {
            render(v, 422, view.get(), null, RatingForm.errors(e.errors()));
            return;
        } catch (EvaluationRefusedException e) {
            render(v, 409, view.get(), l.t("rate.already"), Map.of());
            return;
        }
        Replies.redirect(v, "/ho-so/" + code + "?thong-bao=danh-gia");
    }
}
