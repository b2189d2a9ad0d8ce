package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.engine.DossierSummary.Urgency;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.engine.feedback.FeedbackItem;
import vn.motcua.engine.feedback.FeedbackOfficer;
import vn.motcua.engine.feedback.FeedbackRefusedException;
import vn.motcua.engine.feedback.FeedbackStep;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.ServiceStartingException;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.StaffDirectory;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * The feedback inbox of the officer's units (phản ánh, kiến nghị; decision 1030): sorted by response deadline with
 * due-soon and overdue marked like dossiers; one feedback with its history and the forms to take it, give it to a
 * colleague, forward it with a reason, answer it and publish the answer. The engine enforces who may do what; the
 * page only offers what would not be refused.
 */
final class FeedbackDeskPages {

    static final String PATH = "/can-bo/phan-anh";

    private final Supplier<FeedbackDesk> desk;
    private final Supplier<StaffDirectory> directory;
    private final UnitDirectory units;
    private final WorkPages work;

    FeedbackDeskPages(Supplier<FeedbackDesk> desk, Supplier<StaffDirectory> directory, UnitDirectory units, WorkPages work) {
        this.desk = desk;
        this.directory = directory;
        this.units = units;
        this.work = work;
    }

    static FeedbackOfficer officer(StaffIdentity who) {
        Set<String> led = new HashSet<>(who.unitsWith(StaffRole.LEADER));
        led.addAll(who.unitsWith(StaffRole.UNIT_ADMIN));
        return new FeedbackOfficer(who.accountId(), who.unitCodes(), led, who.has(StaffRole.CITY_ADMIN));
    }

    void inbox(Req r) throws IOException {
        FeedbackDesk d = desk.get();
        if (d == null) {
            unavailable(r);
            return;
        }
        boolean all = r.param("tat-ca").isPresent();
        List<FeedbackItem> items = d.inbox(officer(r.who), !all);
        Html h = new Html();
        h.el("h1", r.t("feedback.title"));
        Frame.notice(h, r);
        h.open("p").el("a", r.t(all ? "feedback.onlyOpen" : "feedback.showAll"),
                "href", all ? PATH : PATH + "?tat-ca=1").close("p");
        if (items.isEmpty()) {
            h.el("p", r.t(all ? "feedback.noneAtAll" : "feedback.noneOpen"));
        } else {
            h.open("table").el("caption", r.t("feedback.caption", items.size()), "class", "muted");
            h.open("thead").open("tr");
            for (String t : List.of("feedback.col.reference", "feedback.col.sender", "feedback.col.content", "feedback.col.unit",
                    "feedback.col.officer", "feedback.col.due", "feedback.col.status")) {
                h.el("th", r.t(t), "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (FeedbackItem f : items) {
                String cls = FeedbackLabels.urgencyClass(f.urgency());
                h.open("tr", "class", cls);
                h.open("td").el("a", f.reference(), "href", PATH + "/" + f.reference());
                if (cls != null) {
                    h.text(" ").el("span", r.t("urgency." + f.urgency().name()), "class", "badge " + cls);
                }
                h.close("td");
                h.el("td", f.senderName()).el("td", FeedbackLabels.excerpt(f.content())).el("td", work.unitName(f.unitCode()))
                        .el("td", f.assignedTo() == null ? r.t("feedback.unassigned") : f.assignedTo()).el("td", Labels.time(f.dueAt()))
                        .el("td", FeedbackLabels.status(r.messages(), f));
                h.close("tr");
            }
            h.close("tbody").close("table");
        }
        r.html(200, Frame.page(r, r.t("feedback.title"), h));
    }

    void item(Req r, String reference) throws IOException {
        FeedbackDesk d = desk.get();
        if (d == null) {
            unavailable(r);
            return;
        }
        Optional<FeedbackItem> found = d.find(officer(r.who), reference);
        if (found.isEmpty()) {
            work.notFound(r);
            return;
        }
        FeedbackItem f = found.get();
        FeedbackOfficer me = officer(r.who);
        Html h = new Html();
        h.el("h1", r.t("feedback.heading", f.reference()));
        Frame.notice(h, r);
        h.open("dl", "class", "facts");
        Frame.fact(h, r.t("feedback.fact.status"), FeedbackLabels.status(r.messages(), f) + (f.urgency() == Urgency.OVERDUE
                ? " – " + r.t("feedback.answerOverdue") : f.urgency() == Urgency.DUE_SOON ? " – " + r.t("feedback.answerDueSoon") : ""));
        Frame.fact(h, r.t("feedback.fact.about"), switch (f.subject()) {
            case "DOSSIER" -> r.t("feedback.about.dossier", f.dossierCode());
            case "PROCEDURE" -> r.t("feedback.about.procedure", f.procedureCode());
            default -> r.t("feedback.about.unit");
        });
        Frame.fact(h, r.t("feedback.fact.unit"), work.unitName(f.unitCode()));
        Frame.fact(h, r.t("feedback.fact.sender"), f.senderName());
        Frame.fact(h, r.t("feedback.fact.received"), Labels.time(f.submittedAt()));
        Frame.fact(h, r.t("feedback.fact.due"), Labels.time(f.dueAt()));
        Frame.fact(h, r.t("feedback.fact.officer"), f.assignedTo() == null ? r.t("feedback.unassigned") : f.assignedTo());
        h.close("dl");
        h.el("h2", r.t("feedback.content"));
        h.el("p", f.content(), "class", "card");
        if (!f.isOpen()) {
            h.el("h2", r.t("feedback.answerHeading"));
            h.el("p", f.answer(), "class", "card");
            h.open("dl", "class", "facts");
            Frame.fact(h, r.t("feedback.fact.answeredBy"), r.t("feedback.answeredByAt", f.answeredBy(), Labels.time(f.answeredAt()))
                    + (Boolean.TRUE.equals(f.answeredLate()) ? " " + r.t("feedback.answeredLate") : ""));
            Frame.fact(h, r.t("feedback.fact.published"), r.t(f.published() ? "value.yes" : "value.no"));
            Frame.fact(h, r.t("feedback.fact.rating"), f.answerRating() == null ? r.t("feedback.notRated")
                    : FeedbackLabels.rating(r.messages(), f.answerRating()));
            h.close("dl");
        }
        forms(h, r, f, me);
        h.el("h2", r.t("feedback.history"));
        h.open("ol");
        for (FeedbackStep s : f.history()) {
            h.open("li").el("strong", Labels.time(s.at()) + " – " + FeedbackLabels.step(r.messages(), s));
            h.text(" · " + s.actor() + " (" + s.unitCode() + ")");
            if (s.note() != null && !s.note().isBlank() && !"RATED".equals(s.action())) {
                h.el("div", r.t("FORWARDED".equals(s.action()) ? "feedback.reason" : "feedback.note", s.note()));
            }
            h.close("li");
        }
        h.close("ol");
        r.html(200, Frame.page(r, r.t("feedback.heading", f.reference()), h));
    }

    private void forms(Html h, Req r, FeedbackItem f, FeedbackOfficer me) {
        String base = PATH + "/" + f.reference();
        boolean leads = me.leads(f.unitCode());
        h.open("section", "class", "actions", "aria-labelledby", "thao-tac");
        h.el("h2", r.t("feedback.actions"), "id", "thao-tac");
        if (f.isOpen()) {
            if (!me.login().equals(f.assignedTo())) {
                h.open("form", "class", "card", "method", "post", "action", base + "/nhan");
                Frame.csrf(h, r);
                h.el("button", r.t("feedback.take"), "type", "submit");
                h.close("form");
            }
            List<StaffDirectory.Colleague> colleagues = directory.get() == null ? List.of() : directory.get().officersOf(f.unitCode());
            if (leads && !colleagues.isEmpty()) {
                h.open("form", "class", "card", "method", "post", "action", base + "/giao");
                h.el("h3", r.t("feedback.assign.heading"), "id", "giao");
                Frame.csrf(h, r);
                h.el("label", r.t("feedback.assign.officer"), "for", "officer").open("select", "id", "officer", "name", "officer", "required", "");
                colleagues.forEach(c -> h.el("option", c.displayName() + " (" + c.login() + ")", "value", c.login(),
                        "selected", c.login().equals(f.assignedTo()) ? "" : null));
                h.close("select");
                h.el("button", r.t("feedback.assign.submit"), "type", "submit");
                h.close("form");
            }
            h.open("form", "class", "card", "method", "post", "action", base + "/tra-loi");
            h.el("h3", r.t("feedback.reply.heading"), "id", "tra-loi");
            Frame.csrf(h, r);
            h.el("label", r.t("feedback.reply.text"), "for", "answer");
            h.open("textarea", "id", "answer", "name", "answer", "required", "", "rows", "6").close("textarea");
            if (leads) {
                h.open("p").empty("input", "type", "checkbox", "id", "publish", "name", "publish", "value", "1")
                        .el("label", r.t("feedback.reply.publish"), "for", "publish", "class", "inline").close("p");
            }
            h.el("button", r.t("feedback.reply.submit"), "type", "submit");
            h.close("form");

            h.open("form", "class", "card", "method", "post", "action", base + "/chuyen");
            h.el("h3", r.t("feedback.forward.heading"), "id", "chuyen");
            Frame.csrf(h, r);
            h.el("label", r.t("feedback.forward.unit"), "for", "toUnit").open("select", "id", "toUnit", "name", "toUnit", "required", "");
            h.el("option", r.t("feedback.forward.choose"), "value", "");
            units.all().stream().filter(u -> !u.code().equals(f.unitCode())).sorted(Comparator.comparing(Unit::name))
                    .forEach(u -> h.el("option", u.name() + " (" + u.code() + ")", "value", u.code()));
            h.close("select");
            h.el("label", r.t("feedback.forward.reason"), "for", "reason");
            h.open("textarea", "id", "reason", "name", "reason", "required", "", "rows", "3").close("textarea");
            h.el("button", r.t("feedback.forward.submit"), "type", "submit");
            h.close("form");
        } else if (leads && f.procedureCode() != null) {
            h.open("form", "class", "card", "method", "post", "action", base + (f.published() ? "/an" : "/cong-khai"));
            Frame.csrf(h, r);
            h.el("button", r.t(f.published() ? "feedback.unpublish" : "feedback.publish"), "type", "submit");
            h.close("form");
        } else {
            h.el("p", r.t("feedback.alreadyAnswered"));
        }
        h.close("section");
    }

    /** POST {@code /can-bo/phan-anh/{ref}/{op}}: every outcome is a redirect with a notice or the error to correct. */
    void act(Req r, String reference, String op) throws IOException {
        FeedbackDesk d = desk.get();
        if (d == null) {
            unavailable(r);
            return;
        }
        FeedbackOfficer me = officer(r.who);
        String back = PATH + "/" + reference;
        try {
            String done = switch (op) {
                case "nhan" -> {
                    d.assign(me, reference, me.login());
                    yield r.t("feedback.done.taken");
                }
                case "giao" -> r.t("feedback.done.assigned", d.assign(me, reference, r.param("officer").orElse(null)).assignedTo());
                case "tra-loi" -> {
                    FeedbackItem f = d.answer(me, reference, r.param("answer").orElse(null), r.param("publish").isPresent());
                    yield r.t(f.published() ? "feedback.done.answeredPublished" : "feedback.done.answered");
                }
                case "chuyen" -> {
                    FeedbackItem f = d.forward(me, reference, r.param("toUnit").orElse(null), r.param("reason").orElse(null));
                    if (!me.handles(f.unitCode())) {
                        back = PATH; // no longer ours: back to the inbox
                    }
                    yield r.t("feedback.done.forwarded", f.reference(), work.unitName(f.unitCode()));
                }
                case "cong-khai" -> {
                    d.publish(me, reference, true);
                    yield r.t("feedback.done.published");
                }
                case "an" -> {
                    d.publish(me, reference, false);
                    yield r.t("feedback.done.unpublished");
                }
                default -> null;
            };
            if (done == null) {
                work.notFound(r);
                return;
            }
            r.redirect(back + "?thong-bao=" + WorkPages.enc(done));
        } catch (InvalidSubmissionException e) {
            r.redirect(back + "?loi=" + WorkPages.enc(String.join(" ", e.errors().stream().map(x -> x.message()).toList())));
        } catch (FeedbackRefusedException e) {
            if (e.reason() == FeedbackRefusedException.Reason.NOT_FOUND) {
                work.notFound(r);
                return;
            }
            r.redirect(back + "?loi=" + WorkPages.enc(switch (e.reason()) {
                case NOT_OPEN -> r.t("feedback.refused.notOpen");
                case NOT_ANSWERED -> r.t("feedback.refused.notAnswered");
                case NOT_LEADER -> r.t("feedback.refused.notLeader");
                default -> r.t("feedback.refused.changed");
            }));
        }
    }

    /** The desk is not running yet: 503 with Retry-After, through the one error path. */
    private static void unavailable(Req r) {
        throw new ServiceStartingException("feedback desk");
    }
}
