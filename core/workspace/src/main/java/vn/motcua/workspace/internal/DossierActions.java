package vn.motcua.workspace.internal;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionNotAllowedException;
import vn.motcua.engine.Actor;
import vn.motcua.engine.ActorNotPermittedException;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.ConcurrentChangeException;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.StaffAccessRefusedException;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.EvaluationRefusedException;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.security.StaffRole;

/**
 * What an officer does to a dossier: the forms of the actions the engine permits, their handling (post/redirect/get
 * with the engine's refusal in the officer's words) and the counter rating link. Stateless.
 */
final class DossierActions {

    /**
     * Actions whose note is required by the engine; the note field's label is {@code actions.note.<action>}. The
     * stop's reason is printed on the stop notice (Thông báo dừng giải quyết hồ sơ); the page demands it, decision 1322.
     */
    static final Set<DossierAction> NOTED = java.util.EnumSet.of(DossierAction.REQUEST_SUPPLEMENT,
            DossierAction.REFUSE, DossierAction.REJECT, DossierAction.ISSUE_APOLOGY, DossierAction.EXTEND, DossierAction.WITHDRAW);

    /** Actions that cannot be undone: the officer ticks a confirmation, checked by the server as well (decision 1322). */
    private static final Set<DossierAction> CONFIRMED = java.util.EnumSet.of(DossierAction.WITHDRAW);

    private final WorkPages work;
    private final Supplier<DossierEngine> engine;
    private final Supplier<CitizenDesk> desk;

    DossierActions(WorkPages work, Supplier<DossierEngine> engine, Supplier<CitizenDesk> desk) {
        this.work = work;
        this.engine = engine;
        this.desk = desk;
    }

    /** One form per action the engine permits this account at the current step. */
    void forms(Html h, Req r, DossierView d) {
        List<DossierAction> offered = d.permittedActions().stream().sorted().toList(); // the engine's decision
        h.open("section", "class", "actions", "aria-labelledby", "thao-tac");
        h.el("h2", r.t("actions.heading"), "id", "thao-tac");
        if (offered.isEmpty()) {
            h.el("p", r.t("actions.none"));
        }
        for (DossierAction a : offered) {
            String id = "a-" + a.wireName();
            boolean result = RESULT_ACTIONS.contains(a);
            h.open("form", "class", "card", "method", "post", "action", "/can-bo/ho-so/" + d.code() + "/thao-tac",
                    "enctype", result ? "multipart/form-data" : null);
            h.el("h3", Labels.action(r.messages(), a), "id", id);
            if (result) {
                // The electronic result (issue 11): its SHA-256 goes into the dossier's history with this action.
                h.el("label", r.t("actions.resultFile"), "for", id + "-file");
                h.empty("input", "type", "file", "id", id + "-file", "name", AttachmentFile.RESULT_FIELD, "accept", "application/pdf");
            }
            Frame.csrf(h, r);
            h.empty("input", "type", "hidden", "name", "action", "value", a.wireName());
            h.empty("input", "type", "hidden", "name", "version", "value", Long.toString(d.version()));
            String noteLabel = NOTED.contains(a) ? noteLabel(r, a) : null;
            if (a == DossierAction.ISSUE_APOLOGY) {
                // Proposed by the engine from the remaining work, in the unit's working calendar (issue 13).
                String proposed = engine.get().proposeNewAppointment(d.code(), r.who.principal())
                        .map(at -> LocalDateTime.ofInstant(at, Labels.VIETNAM).withSecond(0).withNano(0).toString()).orElse("");
                h.el("label", r.t("actions.newAppointment"), "for", id + "-at");
                h.empty("input", "type", "datetime-local", "id", id + "-at", "name", "newAppointment", "required", "",
                        "value", proposed);
            }
            if (a == DossierAction.EXTEND) {
                work.definition(d).map(p -> p.disclosure().timeLimitExtension()).ifPresent(x -> h.el("p",
                        r.t("actions.extension", x.workingDays(), x.when(), x.legalBasis())));
                h.el("label", r.t("actions.extendedAppointment"), "for", id + "-at");
                h.empty("input", "type", "datetime-local", "id", id + "-at", "name", "newAppointment");
            }
            if (noteLabel != null) {
                h.el("label", noteLabel, "for", id + "-note");
                h.open("textarea", "id", id + "-note", "name", "note", "required", "").close("textarea");
            } else {
                h.el("label", r.t("actions.optionalNote"), "for", id + "-note");
                h.empty("input", "type", "text", "id", id + "-note", "name", "note");
            }
            if (CONFIRMED.contains(a)) {
                h.open("label", "class", "check").empty("input", "type", "checkbox", "name", "xac-nhan", "value", "1", "required", "")
                        .text(" " + r.t("actions.confirmWithdraw")).close("label");
            }
            h.el("button", Labels.action(r.messages(), a), "type", "submit", "class", CONFIRMED.contains(a) ? "danger" : null);
            h.close("form");
        }
        h.close("section");
    }

    private static final java.util.Set<DossierAction> RESULT_ACTIONS = java.util.EnumSet.of(DossierAction.APPROVE,
            DossierAction.REJECT, DossierAction.RESULT_READY);

    /** The electronic result file of an approve/reject/result-ready form, if one was chosen (none from a plain form). */
    private static List<vn.motcua.engine.Upload> resultUpload(Req r) {
        return r.file(AttachmentFile.RESULT_FIELD)
                .map(f -> List.of(new vn.motcua.engine.Upload(f.field(), f.fileName(), f.mediaType(), f.content())))
                .orElse(List.of());
    }

    /** After the result is returned at the counter: open the one-time rating link on the desk's tablet (decision 1031). */
    void counterRatingOffer(Html h, Req r, DossierView d) {
        // Only hides the button; the engine refuses anyone else (CitizenDesk.openCounterRating).
        if (d.status() != DossierStatus.RETURNED || desk.get() == null
                || !r.who.principal().holds(vn.motcua.engine.StaffPrincipal.Duty.ONE_STOP_OFFICER, d.unitCode())) {
            return;
        }
        h.open("form", "class", "card", "method", "post", "action", "/can-bo/ho-so/" + d.code() + "/danh-gia-tai-quay", "target", "_blank");
        Frame.csrf(h, r);
        h.el("p", r.t("actions.counterRating", CitizenDesk.COUNTER_LINK_MINUTES));
        h.el("button", r.t("actions.counterRating.submit"), "type", "submit");
        h.close("form");
    }

    void openCounterRating(Req r, String code) throws IOException {
        if (desk.get() == null) {
            work.notFound(r);
            return;
        }
        try {
            r.redirect("/danh-gia-tai-quay/" + desk.get().openCounterRating(code, r.who.principal()).token());
        } catch (vn.motcua.engine.DossierNotFoundException e) {
            work.notFound(r);
        } catch (vn.motcua.engine.StaffAccessRefusedException e) {
            r.redirect("/can-bo/ho-so/" + code + "?loi=" + WorkPages.enc(refusal(r.messages(), null, e)));
        } catch (EvaluationRefusedException e) {
            r.redirect("/can-bo/ho-so/" + code + "?loi=" + WorkPages.enc(e.reason() == EvaluationRefusedException.Reason.ALREADY_EVALUATED
                    ? r.t("actions.alreadyEvaluated") : r.t("actions.notReturnedYet")));
        }
    }

    void act(Req r, String code) throws IOException {
        Optional<DossierView> found = work.visible(r, code);
        if (found.isEmpty()) {
            work.notFound(r);
            return;
        }
        DossierView d = found.get();
        String base = "/can-bo/ho-so/" + code;
        Optional<DossierAction> action = r.param("action").flatMap(DossierAction::fromWireName);
        if (action.isEmpty()) {
            r.redirect(base + "?loi=" + WorkPages.enc(r.t("actions.invalid")));
            return;
        }
        if (CONFIRMED.contains(action.get())) {
            if (r.param("note").map(String::isBlank).orElse(true)) {
                r.redirect(base + "?loi=" + WorkPages.enc(r.t("actions.noteMissing", noteLabel(r, action.get()).toLowerCase(java.util.Locale.ROOT))));
                return;
            }
            if (r.param("xac-nhan").isEmpty()) {
                r.redirect(base + "?loi=" + WorkPages.enc(r.t("actions.confirmMissing",
                        Labels.action(r.messages(), action.get()).toLowerCase(java.util.Locale.ROOT))));
                return;
            }
        }
        ActionCommand cmd = ActionCommand.of(action.get(), Actor.of(r.who.principal())); // the engine picks the role
        if (r.param("note").isPresent()) {
            cmd = cmd.withNote(VietnameseText.nfc(r.param("note").get()));
        }
        try {
            cmd = cmd.withExpectedVersion(Long.parseLong(r.param("version").orElse(Long.toString(d.version()))));
            if (r.param("newAppointment").filter(v -> !v.isBlank()).isPresent()) {
                cmd = cmd.withNewAppointment(LocalDateTime.parse(r.param("newAppointment").get()).atZone(Labels.VIETNAM).toInstant());
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            r.redirect(base + "?loi=" + WorkPages.enc(r.t("actions.badAppointment")));
            return;
        }
        if (RESULT_ACTIONS.contains(action.get())) {
            cmd = cmd.withUploads(resultUpload(r));
        }
        try {
            engine.get().act(code, cmd);
            r.redirect(base + "?thong-bao=" + WorkPages.enc(r.t("actions.done", Labels.action(r.messages(), action.get()))));
        } catch (ActionNotAllowedException | ActorNotPermittedException | ConcurrentChangeException | InvalidSubmissionException e) {
            r.redirect(base + "?loi=" + WorkPages.enc(refusal(r.messages(), action.get(), e)));
        }
    }

    private static String noteLabel(Req r, DossierAction a) {
        return r.t("actions.note." + a.name());
    }

    /** The engine's refusal of an action, in the officer's words; anything else is not a refusal and is rethrown. */
    static String refusal(Messages m, DossierAction action, RuntimeException e) {
        if (e instanceof ActionNotAllowedException x) {
            return x.rule() != null && action == DossierAction.ISSUE_APOLOGY ? m.t("actions.refused.secondApology")
                    : x.rule() != null ? x.rule()
                    : m.t("actions.refused.notAllowed");
        }
        if (e instanceof StaffAccessRefusedException x) {
            return m.t("actions.refused.role", Labels.role(m, StaffRole.valueOf(x.neededDuty().name())),
                    String.join(" " + m.t("actions.refused.or") + " ", new java.util.TreeSet<>(x.units())));
        }
        if (e instanceof ActorNotPermittedException) {
            return m.t("actions.refused.notPermitted");
        }
        if (e instanceof ConcurrentChangeException) {
            return m.t("actions.refused.changed");
        }
        if (e instanceof InvalidSubmissionException x) {
            return String.join(" ", x.errors().stream().map(error -> error.message()).toList());
        }
        throw e;
    }
}
