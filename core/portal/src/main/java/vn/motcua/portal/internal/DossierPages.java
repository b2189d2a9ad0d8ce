package vn.motcua.portal.internal;

import vn.motcua.pages.html.Html;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Instant;
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
import vn.motcua.engine.citizen.SecondFactorAttempts;
import vn.motcua.engine.citizen.Evaluation;
import vn.motcua.engine.citizen.EvaluationRefusedException;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.engine.citizen.GrantRequiredException;
import vn.motcua.engine.citizen.Ratings;
import vn.motcua.engine.citizen.SlipKind;
import vn.motcua.outbox.Outbox;
import vn.motcua.postal.PostalTracking;
import vn.motcua.postal.Shipment;
import vn.motcua.outbox.OutboxEntry;

/**
 * Lookup with the second factor in a POST body, then the dossier page through a short-lived grant held in an
 * HttpOnly cookie: status, deadlines, timeline, what is asked of the citizen, supplement upload, slips, rating.
 */
final class DossierPages {

    private final Catalogue catalogue;
    private final Layout layout;
    private final Supplier<CitizenDesk> desk;
    private final Supplier<SecondFactorAttempts> attempts;

    private final Supplier<Outbox> outbox;
    private final Supplier<PostalTracking> postal;
    private final PaymentPages payment;

    DossierPages(Catalogue catalogue, Layout layout, Supplier<CitizenDesk> desk, Supplier<SecondFactorAttempts> attempts,
                 Supplier<Outbox> outbox) {
        this(catalogue, layout, desk, attempts, outbox, null, () -> null);
    }

    /**
     * @param payment the online payment section (decision 1130), or null
     * @param postal  the postal orders of a dossier (decision 1131); the supplier may give null
     */
    DossierPages(Catalogue catalogue, Layout layout, Supplier<CitizenDesk> desk, Supplier<SecondFactorAttempts> attempts,
                 Supplier<Outbox> outbox, PaymentPages payment, Supplier<PostalTracking> postal) {
        this.payment = payment;
        this.postal = postal;
        this.attempts = attempts;
        this.catalogue = catalogue;
        this.layout = layout;
        this.desk = desk;
        this.outbox = outbox;
    }

    void lookupForm(Visit v) throws IOException {
        renderLookup(v, 200, null, null);
    }

    private void renderLookup(Visit v, int status, String code, String error) throws IOException {
        Lang l = v.lang();
        Html h = new Html();
        h.el("h1", l.t("lookup.title")).el("p", l.t("lookup.lead"), "class", "lead");
        SubmissionPages.personalDataNotice(h, l);
        h.open("form", "method", "post", "action", "/tra-cuu", "data-validate", "");
        if (error != null) {
            h.open("div", "class", "error-summary", "role", "alert", "tabindex", "-1", "id", "error-summary").el("p", error).close("div");
        }
        h.open("div", "class", "field").el("label", l.t("lookup.code") + " *", "for", "f-code");
        h.el("span", "", "class", "error", "id", "e-code");
        h.empty("input", "type", "text", "id", "f-code", "name", "code", "value", code, "required", "", "autocomplete", "off",
                "autocapitalize", "characters", "spellcheck", "false", "data-check", "", "data-label", l.t("lookup.code"),
                "data-error", "e-code", "aria-describedby", "e-code");
        h.close("div");
        h.open("div", "class", "field").el("label", l.t("lookup.factor") + " *", "for", "f-factor");
        h.el("span", "", "class", "error", "id", "e-factor");
        h.empty("input", "type", "text", "id", "f-factor", "name", "factor", "required", "", "inputmode", "numeric",
                "autocomplete", "off", "data-check", "", "data-label", l.t("lookup.factor"), "data-error", "e-factor",
                "aria-describedby", "e-factor");
        h.close("div");
        h.el("button", l.t("lookup.send"), "type", "submit");
        h.close("form");
        Replies.html(v, status, layout.page(v, l.t("lookup.title"), l.t("lookup.lead"), h));
    }

    void lookup(Visit v) throws IOException {
        Lang l = v.lang();
        String code = v.paramOr("code", "").toUpperCase(java.util.Locale.ROOT).replaceAll("\\s", "");
        String factor = v.paramOr("factor", "");
        // The one throttle of every second-factor use, shared with the API (client and dossier, issue 13).
        if (!attempts.get().tryAcquire(v.client(), "dossier:" + code)) {
            v.response().setHeader("Retry-After", Long.toString(Math.max(1, attempts.get().retryAfter().toSeconds())));
            renderLookup(v, 429, code, l.t("lookup.tooMany"));
            return;
        }
        Optional<Grant> g = code.isEmpty() || factor.isEmpty() ? Optional.empty() : desk.get().open(code, factor);
        if (g.isEmpty()) {
            // Same answer for an unknown code, a wrong factor and a code with too many attempts.
            renderLookup(v, 200, code, l.t("lookup.notFound"));
            return;
        }
        grant(v, g.get());
        Replies.redirect(v, "/ho-so/" + g.get().dossierCode());
    }

    static void grant(Visit v, Grant g) {
        v.setCookie(Visit.GRANT_COOKIE, g.token(), (int) Math.max(1, java.time.Duration.between(Instant.now(), g.expiresAt()).getSeconds()));
    }

    private Optional<CitizenView> view(Visit v, String code) {
        return v.cookie(Visit.GRANT_COOKIE).flatMap(t -> desk.get().view(t, code));
    }

    void dossier(Visit v, String code) throws IOException {
        Optional<CitizenView> view = view(v, code);
        if (view.isEmpty()) {
            renderLookup(v, 200, code, v.lang().t("lookup.expired"));
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
            h.open("p").el("a", l == Lang.VI ? title + " (PDF)" : l.t("slip.apology"), "href",
                    "/ho-so/" + d.code() + "/phieu-xin-loi.pdf").close("p");
            h.close("section");
        }
        if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED || d.status() == DossierStatus.AWAITING_SUPPLEMENT) {
            supplementForm(h, d, l, errors);
        }
        documents(h, d, l);
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
        messages(h, d, l);
        postal(h, d, l);
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

    /** The slips the applicant is entitled to and, once the result is ready, the electronic result (issue 11). */
    private void documents(Html h, CitizenView d, Lang l) {
        List<String[]> links = new ArrayList<>();
        if (d.receivedAt() != null) {
            links.add(new String[] {"slip.receipt", "giay-tiep-nhan.pdf"});
        }
        if (happened(d, "request-supplement")) {
            links.add(new String[] {"slip.supplement", "phieu-yeu-cau-bo-sung.pdf"});
        }
        if (d.status() == DossierStatus.REFUSED) {
            links.add(new String[] {"slip.refusal", "phieu-tu-choi.pdf"});
        }
        if (d.status() == DossierStatus.WITHDRAWN) {
            links.add(new String[] {"slip.stop", "thong-bao-dung.pdf"});
        }
        if (d.status() == DossierStatus.RESULT_READY || d.status() == DossierStatus.RETURNED) {
            links.add(new String[] {"slip.result", "ket-qua.pdf"});
        }
        if (links.isEmpty()) {
            return;
        }
        h.el("h2", l.t("dossier.documents"));
        h.open("ul");
        for (String[] link : links) {
            h.open("li").el("a", l.t(link[0]), "href", "/ho-so/" + d.code() + "/" + link[1]).close("li");
        }
        h.close("ul");
    }

    private static boolean happened(CitizenView d, String action) {
        return d.timeline().stream().anyMatch(e -> action.equals(e.action()));
    }

    /** What the outbox sent, or will send, to the applicant about this dossier (issue 11); the address masked. */
    private void messages(Html h, CitizenView d, Lang l) {
        Outbox o = outbox.get();
        List<OutboxEntry> sent = o == null ? List.of() : o.sentFor(d.code());
        if (sent.isEmpty()) {
            return;
        }
        h.el("h2", l.t("dossier.messages"));
        h.open("ul", "class", "messages");
        for (OutboxEntry e : sent) {
            String state = switch (e.status()) {
                case "SENT" -> l.t("dossier.messages.sent") + " " + Dates.format(e.sentAt(), l);
                case "DEAD" -> l.t("dossier.messages.failed");
                default -> l.t("dossier.messages.waiting");
            };
            h.open("li").el("strong", e.subject() != null ? e.subject() : e.body())
                    .el("span", " " + e.channel() + " → " + e.recipient() + " (" + state + ")", "class", "meta").close("li");
        }
        h.close("ul");
    }

    /** The dossier's postal orders: consignment number to track the item, postage and status (decision 1131). */
    private void postal(Html h, CitizenView d, Lang l) {
        PostalTracking p = postal.get();
        List<Shipment> shipments = p == null ? List.of() : p.forDossier(d.code());
        if (shipments.isEmpty()) {
            return;
        }
        h.el("h2", l.t("dossier.postal"));
        h.open("ul", "class", "messages postal");
        for (Shipment s : shipments) {
            StringBuilder meta = new StringBuilder(" ");
            if (s.consignmentNo() != null) {
                meta.append(l.t("dossier.postal.no")).append(": ").append(s.consignmentNo()).append(". ");
            }
            if (s.feeVnd() != null) {
                meta.append(l.t("dossier.postal.fee")).append(": ").append(String.format(java.util.Locale.ROOT, "%,d", s.feeVnd())
                        .replace(',', '.')).append(" đ. ");
            }
            meta.append(l.t("dossier.postal." + s.status()));
            if (s.statusText() != null && !s.statusText().isBlank()) {
                meta.append(" (").append(s.statusText()).append(")");
            }
            meta.append(", ").append(Dates.format(s.updatedAt(), l));
            h.open("li").el("strong", l.t("dossier.postal." + s.kind())).el("span", meta.toString(), "class", "meta").close("li");
        }
        h.close("ul");
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
        ratingForm(h, "/ho-so/" + d.code() + "/danh-gia", l, errors);
        h.close("section");
    }

    /** The evaluation form (domain.md §7 criteria), posted to {@code action}; also the counter's tablet form. */
    static void ratingForm(Html h, String action, Lang l, Map<String, String> errors) {
        h.open("form", "method", "post", "action", action, "data-validate", "");
        for (Ratings.Criterion c : Ratings.CRITERIA) {
            String id = "f-" + c.id();
            String error = errors.get(c.id());
            String label = criterionLabel(c, l);
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

    private static String criterionLabel(Ratings.Criterion c, Lang l) {
        if (l == Lang.VI) {
            return c.label();
        }
        return switch (c.id()) {
            case "overall" -> "Overall satisfaction";
            case "onlineService" -> "Convenience of the online service";
            case "timeliness" -> "Handling time against the time limit";
            case "attitude" -> "Attitude of the officials";
            case "publicity" -> "Publicity and clarity of the procedure";
            case "counterContacts" -> "Times you had to contact the counter";
            case "agencies" -> "Agencies you had to contact";
            default -> c.label();
        };
    }

    void supplement(Visit v, String code) throws IOException {
        Lang l = v.lang();
        String token = v.cookie(Visit.GRANT_COOKIE).orElse(null);
        Optional<CitizenView> view = token == null ? Optional.empty() : desk.get().view(token, code);
        if (view.isEmpty()) {
            renderLookup(v, 200, code, l.t("lookup.expired"));
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
            renderLookup(v, 409, code, l.t("lookup.expired"));
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
            renderLookup(v, 200, code, l.t("lookup.expired"));
            return;
        }
        List<FieldError> parse = new ArrayList<>();
        Ratings r = ratings(v, parse);
        try {
            if (!parse.isEmpty()) {
                throw new InvalidSubmissionException(parse);
            }
            desk.get().evaluate(token, code, r);
        } catch (InvalidSubmissionException e) {
            render(v, 422, view.get(), null, errors(e.errors()));
            return;
        } catch (EvaluationRefusedException e) {
            render(v, 409, view.get(), l.t("rate.already"), Map.of());
            return;
        }
        Replies.redirect(v, "/ho-so/" + code + "?thong-bao=danh-gia");
    }

    /** The posted evaluation form; unreadable numbers are added to {@code parse}. */
    static Ratings ratings(Visit v, List<FieldError> parse) {
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
            errors.add(new FieldError(name, "number", "«" + name + "» phải là số."));
            return null;
        }
    }

    static Map<String, String> errors(List<FieldError> errors) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        errors.forEach(e -> out.putIfAbsent(e.field(), e.message()));
        return out;
    }

    void logout(Visit v, String code) {
        v.cookie(Visit.GRANT_COOKIE).ifPresent(t -> desk.get().close(t));
        v.setCookie(Visit.GRANT_COOKIE, "", 0);
        Replies.redirect(v, "/tra-cuu");
    }

    void slip(Visit v, String code, String file) throws IOException {
        SlipKind kind = switch (file) {
            case "giay-tiep-nhan.pdf" -> SlipKind.RECEIPT;
            case "phieu-xin-loi.pdf" -> SlipKind.APOLOGY;
            case "phieu-yeu-cau-bo-sung.pdf" -> SlipKind.SUPPLEMENT_REQUEST;
            case "phieu-tu-choi.pdf" -> SlipKind.REFUSAL;
            case "thong-bao-dung.pdf" -> SlipKind.STOP_NOTICE;
            case "ket-qua.pdf" -> null;
            default -> throw new NotFound(null, null);
        };
        String token = v.cookie(Visit.GRANT_COOKIE).orElse(null);
        if (token == null || desk.get().view(token, code).isEmpty()) {
            renderLookup(v, 200, code, v.lang().t("lookup.expired"));
            return;
        }
        if (kind == null) {
            vn.motcua.engine.AttachmentFile result = desk.get().result(token, code).orElseThrow(() -> new NotFound(null, null));
            v.response().setStatus(200);
            v.response().setContentType(result.servedMediaType());
            result.headers(true).forEach(v.response()::setHeader);
            v.response().setContentLength(result.content().length);
            v.response().getOutputStream().write(result.content());
            return;
        }
        byte[] pdf = desk.get().slip(token, code, kind).orElseThrow(() -> new NotFound(null,
                v.lang().t("slip.receipt.later")));
        v.response().setStatus(200);
        v.response().setContentType("application/pdf");
        v.response().setHeader("Cache-Control", "no-store");
        v.response().setHeader("Content-Disposition", "inline; filename=\"" + file + "\"");
        v.response().setContentLength(pdf.length);
        v.response().getOutputStream().write(pdf);
    }
}
