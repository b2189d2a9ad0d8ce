package vn.motcua.portal.internal;

import java.io.IOException;
import vn.motcua.pages.form.BoundForm;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormData;
import vn.motcua.pages.http.UnreadableFormException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;
import vn.motcua.engine.Upload;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.runtime.units.Unit;

/**
 * The online form of a procedure, the same form for asking the post to collect the paper dossier ({@link Intake}), and
 * the receipt after it. The browser's checks only help; the engine validates every submission with the descriptor's
 * rules (FormValidation) and its answer is what the page shows.
 */
final class SubmissionPages {

    private final Catalogue catalogue;
    private final Layout layout;
    private final Supplier<DossierEngine> engine;
    private final Supplier<CitizenDesk> desk;
    private final Clock clock;
    private final PendingSubmissions pending;

    /** Online payment on the receipt page (decision 1130); set once by the servlet, null in previews. */
    private PaymentPages payment;

    SubmissionPages withPayment(PaymentPages payment) {
        this.payment = payment;
        return this;
    }

    /** The postal orders on the receipt page of a pickup request (decision 1133); set once by the servlet, null in previews. */
    private DossierSections sections;

    SubmissionPages withSections(DossierSections sections) {
        this.sections = sections;
        return this;
    }

    SubmissionPages(Catalogue catalogue, Layout layout, Supplier<DossierEngine> engine, Supplier<CitizenDesk> desk, Clock clock) {
        this.pending = new PendingSubmissions(clock);
        this.catalogue = catalogue;
        this.layout = layout;
        this.engine = engine;
        this.desk = desk;
        this.clock = clock;
    }

    void form(Visit v, String unitCode, String code, Intake intake) throws IOException {
        Unit unit = catalogue.unit(unitCode, v.lang());
        ProcedureDefinition d = offered(v, unit, code, intake);
        // "Change my answers" from the check page: the form again with the answers given (files are chosen again).
        Optional<PendingSubmissions.Pending> back = v.param("sua").flatMap(x -> v.cookie(Visit.PENDING_COOKIE))
                .flatMap(t -> pending.peek(t, unit.code(), d.code()));
        render(v, 200, unit, d, intake, back.map(PendingSubmissions.Pending::values).orElse(FormValues.empty()), Map.of(),
                back.isPresent() && !back.get().command().uploads().isEmpty() ? v.lang().t("form.reattach") : null);
    }

    /** The answers read back before sending (issue 13); without checked answers, back to the form. */
    void checkAnswers(Visit v, String unitCode, String code) throws IOException {
        Unit unit = catalogue.unit(unitCode, v.lang());
        ProcedureDefinition d = catalogue.offered(code, unit, v.lang());
        Optional<PendingSubmissions.Pending> p = v.cookie(Visit.PENDING_COOKIE).flatMap(t -> pending.peek(t, unit.code(), d.code()));
        if (p.isEmpty()) {
            Replies.redirect(v, Intake.firstOffered(d).path(unit, d));
            return;
        }
        Replies.html(v, 200, layout.page(v, v.lang().t("check.title") + ": " + d.name(), v.lang().t("check.lead"),
                CheckAnswersPage.render(unit, d, p.get(), v.lang())));
    }

    /** Sends the checked answers, once: the engine checks them again and stores the dossier. */
    void send(Visit v, String unitCode, String code) throws IOException {
        Lang l = v.lang();
        Unit unit = catalogue.unit(unitCode, l);
        ProcedureDefinition d = catalogue.offered(code, unit, l);
        Optional<PendingSubmissions.Pending> p = v.cookie(Visit.PENDING_COOKIE).flatMap(t -> pending.take(t, unit.code(), d.code()));
        if (p.isEmpty()) {
            Replies.redirect(v, Intake.firstOffered(d).path(unit, d));
            return;
        }
        v.setCookie(Visit.PENDING_COOKIE, "", 0);
        SubmitCommand command = p.get().command();
        SubmitResult r;
        try {
            r = engine.get().submit(command);
        } catch (InvalidSubmissionException e) {
            // Valid a moment ago, not now (a date limit passed midnight, the procedure changed): the form says why.
            Map<String, String> errors = CitizenForm.errors(d.form().fields(), e.errors(), l);
            render(v, 422, unit, d, Intake.of(command), p.get().values(), errors, command.uploads().isEmpty() ? null : l.t("form.reattach"));
            return;
        }
        Applicant applicant = command.applicant();
        String factor = applicant.phone() != null ? applicant.phone() : applicant.citizenId();
        Optional<Grant> grant = desk.get().open(r.code(), factor);
        grant.ifPresent(g -> v.setCookie(Visit.GRANT_COOKIE, g.token(), (int) java.time.Duration.between(clock.instant(), g.expiresAt()).getSeconds()));
        Replies.redirect(v, "/ho-so/" + r.code() + "/bien-nhan");
    }

    void submit(Visit v, String unitCode, String code, Intake intake) throws IOException {
        Lang l = v.lang();
        Unit unit = catalogue.unit(unitCode, l);
        ProcedureDefinition d = offered(v, unit, code, intake);
        FormData posted;
        try {
            posted = FormData.read(v.request());
        } catch (UnreadableFormException e) {
            render(v, 413, unit, d, intake, FormValues.empty(), Map.of(), CitizenForm.wording(l).tooLarge());
            return;
        }
        FormValues params = CitizenForm.values(d.form().fields(), posted);
        BoundForm bound = CitizenForm.bind(d.form().fields(), params, posted.files());
        List<Upload> files = CitizenForm.uploads(bound);
        Applicant applicant = new Applicant(posted.field("applicant.name").orElse(""), posted.field("applicant.citizenId").orElse(null),
                posted.field("applicant.phone").orElse(null), posted.field("applicant.email").orElse(null),
                posted.field("applicant.address").orElse(null));
        Channel resultChannel = posted.field("resultChannel").flatMap(SubmissionPages::channel)
                .filter(c -> d.disclosure().resultChannels().contains(c)).orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (resultChannel == null) {
            errors.put("resultChannel", l.t("form.resultChannelMissing"));
        }
        SubmitCommand command = new SubmitCommand(d.code(), unit.code(), intake.channel,
                resultChannel == null ? Channel.ONLINE : resultChannel, applicant, bound.data(), files,
                Actor.citizen(), false, null).withNotify(notify(posted.values("notify")));
        try {
            engine.get().check(command);
        } catch (InvalidSubmissionException e) {
            CitizenForm.errors(d.form().fields(), e.errors(), l).forEach(errors::putIfAbsent);
        } catch (ProcedureUnavailableException e) {
            catalogue.offered(code, unit, l);
            throw e;
        }
        if (!errors.isEmpty()) {
            render(v, 422, unit, d, intake, params, errors, files.isEmpty() ? null : l.t("form.reattach"));
            return;
        }
        Optional<String> token = pending.put(command, params);
        if (token.isEmpty()) {
            v.response().setHeader("Retry-After", "60");
            render(v, 503, unit, d, intake, params, Map.of(), l.t("check.busy"));
            return;
        }
        v.setCookie(Visit.PENDING_COOKIE, token.get(), (int) PendingSubmissions.LIFETIME.getSeconds());
        Replies.redirect(v, CheckAnswersPage.path(unit, d));
    }

    private ProcedureDefinition offered(Visit v, Unit unit, String code, Intake intake) {
        ProcedureDefinition d = catalogue.offered(code, unit, v.lang());
        if (!intake.offeredBy(d)) {
            throw new NotFound(v.lang().t("unavailable"), v.lang().t(intake == Intake.PICKUP ? "pickup.notOffered" : "proc.noOnline"));
        }
        return d;
    }

    private static java.util.Set<SubmitCommand.Notify> notify(List<String> chosen) {
        java.util.Set<SubmitCommand.Notify> out = java.util.EnumSet.noneOf(SubmitCommand.Notify.class);
        for (SubmitCommand.Notify n : SubmitCommand.Notify.values()) {
            if (chosen.contains(n.name())) {
                out.add(n);
            }
        }
        return out;
    }

    private static Optional<Channel> channel(String s) {
        try {
            return Optional.of(Channel.valueOf(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void render(Visit v, int status, Unit unit, ProcedureDefinition d, Intake intake, FormValues values,
                        Map<String, String> errors, String notice) throws IOException {
        Lang l = v.lang();
        Html h = SubmissionForm.render(unit, d, intake, values, errors, notice, l, clock.instant().atZone(Dates.HANOI).toLocalDate());
        String title = l.t(intake.titleKey);
        Replies.html(v, status, layout.page(v, title + ": " + d.name(), d.name() + " – " + title, h));
    }

    /** The online form's content: also what the admin console's preview shows for a jar not yet deployed. */
    Html form(Unit unit, ProcedureDefinition d, FormValues values, Map<String, String> errors, String notice, Lang l) {
        return SubmissionForm.render(unit, d, Intake.ONLINE, values, errors, notice, l, clock.instant().atZone(Dates.HANOI).toLocalDate());
    }

    /**
     * Where citizen IDs and phone numbers are collected, say what they are for and under which rule (Decree
     * 13/2023/NĐ-CP on personal data protection, Art. 13: the data subject is informed before processing).
     */
    static void personalDataNotice(Html h, Lang l) {
        h.el("p", l.t("privacy.notice"), "class", "notice privacy");
    }

    void receipt(Visit v, String code) throws IOException {
        Lang l = v.lang();
        Optional<String> token = v.cookie(Visit.GRANT_COOKIE);
        Optional<CitizenView> view = token.flatMap(t -> desk.get().view(t, code));
        if (view.isEmpty()) {
            Replies.redirect(v, "/tra-cuu");
            return;
        }
        CitizenView d = view.get();
        Html h = new Html();
        h.el("h1", l.t("receipt.title"));
        h.open("div", "class", "success", "role", "status");
        h.el("p", d.procedureName());
        h.open("p").text(l.t("receipt.code") + ": ").el("span", d.code(), "class", "code", "id", "dossier-code").close("p");
        DossierPages.copyButton(h, "dossier-code", l);
        h.el("p", l.t("receipt.keep"));
        h.close("div");
        boolean pickup = sections != null && sections.awaitsPickup(d);
        if (pickup) {
            // No expected appointment: the time limit starts when the counter receives the paper the post brings.
            h.el("p", l.t("pickup.clock"), "class", "notice");
            sections.postal(h, d, l);
        } else if (d.appointmentAt() != null) {
            h.open("div", "class", "appointment").text(l.t("dossier.appointment") + ": ")
                    .el("strong", Dates.format(d.appointmentAt(), l)).close("div");
        } else {
            catalogue.receivingUnit(d.code()).ifPresent(u -> catalogue.declared(d.procedureCode()).ifPresent(p -> {
                h.open("div", "class", "appointment").text(l.t("receipt.expected") + ": ")
                        .el("strong", Dates.format(catalogue.appointmentIfReceivedNow(u, p.disclosure().timeLimit()), l))
                        .close("div");
            }));
        }
        if (payment != null) {
            payment.section(h, d, l); // «Thanh toán trực tuyến» with the amount, before the next steps
        }
        h.el("h2", l.t("receipt.next"));
        String next = pickup ? "pickup.next." : "receipt.next.";
        h.open("ol").el("li", l.t(next + "1")).el("li", l.t(next + "2")).el("li", l.t(next + "3")).close("ol");
        if (d.receivedAt() != null) {
            h.open("p").el("a", l.t("slip.receipt"), "href", "/ho-so/" + d.code() + "/giay-tiep-nhan.pdf").close("p");
        } else {
            h.el("p", l.t("slip.receipt.later"), "class", "notice");
        }
        h.open("p", "class", "actions").el("a", l.t("receipt.status"), "class", "button", "href", "/ho-so/" + d.code()).close("p");
        Replies.html(v, 200, layout.page(v, l.t("receipt.title"), l.t("receipt.title"), h));
    }
}
