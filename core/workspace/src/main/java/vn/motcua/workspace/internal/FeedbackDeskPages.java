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
        h.el("h1", "Phản ánh, kiến nghị");
        Frame.notice(h, r);
        h.open("p").el("a", all ? "Chỉ xem phản ánh chưa trả lời" : "Xem cả phản ánh đã trả lời",
                "href", all ? PATH : PATH + "?tat-ca=1").close("p");
        if (items.isEmpty()) {
            h.el("p", all ? "Chưa có phản ánh nào." : "Không có phản ánh nào chờ trả lời.");
        } else {
            h.open("table").el("caption", items.size() + " phản ánh, hạn trả lời gần nhất trước", "class", "muted");
            h.open("thead").open("tr");
            for (String t : List.of("Mã phản ánh", "Người gửi", "Nội dung", "Đơn vị", "Cán bộ xử lý", "Hạn trả lời", "Trạng thái")) {
                h.el("th", t, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (FeedbackItem f : items) {
                String cls = FeedbackLabels.urgencyClass(f.urgency());
                h.open("tr", "class", cls);
                h.open("td").el("a", f.reference(), "href", PATH + "/" + f.reference());
                if (cls != null) {
                    h.text(" ").el("span", f.urgency() == Urgency.OVERDUE ? "Quá hạn" : "Sắp đến hạn", "class", "badge " + cls);
                }
                h.close("td");
                h.el("td", f.senderName()).el("td", FeedbackLabels.excerpt(f.content())).el("td", work.unitName(f.unitCode()))
                        .el("td", f.assignedTo() == null ? "Chưa giao" : f.assignedTo()).el("td", Labels.time(f.dueAt()))
                        .el("td", FeedbackLabels.status(f));
                h.close("tr");
            }
            h.close("tbody").close("table");
        }
        r.html(200, Frame.page(r, "Phản ánh, kiến nghị", h));
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
        h.el("h1", "Phản ánh " + f.reference());
        Frame.notice(h, r);
        h.open("dl", "class", "facts");
        Frame.fact(h, "Trạng thái", FeedbackLabels.status(f) + (f.urgency() == Urgency.OVERDUE ? " – quá hạn trả lời" : f.urgency() == Urgency.DUE_SOON ? " – sắp đến hạn trả lời" : ""));
        Frame.fact(h, "Về", switch (f.subject()) {
            case "DOSSIER" -> "Hồ sơ " + f.dossierCode();
            case "PROCEDURE" -> "Thủ tục " + f.procedureCode();
            default -> "Đơn vị";
        });
        Frame.fact(h, "Đơn vị chịu trách nhiệm", work.unitName(f.unitCode()));
        Frame.fact(h, "Người gửi", f.senderName());
        Frame.fact(h, "Nhận lúc", Labels.time(f.submittedAt()));
        Frame.fact(h, "Hạn trả lời", Labels.time(f.dueAt()));
        Frame.fact(h, "Cán bộ xử lý", f.assignedTo() == null ? "Chưa giao" : f.assignedTo());
        h.close("dl");
        h.el("h2", "Nội dung phản ánh");
        h.el("p", f.content(), "class", "card");
        if (!f.isOpen()) {
            h.el("h2", "Trả lời");
            h.el("p", f.answer(), "class", "card");
            h.open("dl", "class", "facts");
            Frame.fact(h, "Trả lời bởi", f.answeredBy() + " lúc " + Labels.time(f.answeredAt())
                    + (Boolean.TRUE.equals(f.answeredLate()) ? " (quá hạn)" : ""));
            Frame.fact(h, "Công khai trên trang thủ tục", f.published() ? "Có" : "Không");
            Frame.fact(h, "Người gửi đánh giá câu trả lời", f.answerRating() == null ? "Chưa đánh giá" : FeedbackLabels.rating(f.answerRating()));
            h.close("dl");
        }
        forms(h, r, f, me);
        h.el("h2", "Quá trình xử lý");
        h.open("ol");
        for (FeedbackStep s : f.history()) {
            h.open("li").el("strong", Labels.time(s.at()) + " – " + FeedbackLabels.step(s));
            h.text(" · " + s.actor() + " (" + s.unitCode() + ")");
            if (s.note() != null && !s.note().isBlank() && !"RATED".equals(s.action())) {
                h.el("div", ("FORWARDED".equals(s.action()) ? "Lý do: " : "Ghi chú: ") + s.note());
            }
            h.close("li");
        }
        h.close("ol");
        r.html(200, Frame.page(r, "Phản ánh " + f.reference(), h));
    }

    private void forms(Html h, Req r, FeedbackItem f, FeedbackOfficer me) {
        String base = PATH + "/" + f.reference();
        boolean leads = me.leads(f.unitCode());
        h.open("section", "class", "actions", "aria-labelledby", "thao-tac");
        h.el("h2", "Thao tác", "id", "thao-tac");
        if (f.isOpen()) {
            if (!me.login().equals(f.assignedTo())) {
                h.open("form", "class", "card", "method", "post", "action", base + "/nhan");
                Frame.csrf(h, r);
                h.el("button", "Nhận xử lý phản ánh này", "type", "submit");
                h.close("form");
            }
            List<StaffDirectory.Colleague> colleagues = directory.get() == null ? List.of() : directory.get().officersOf(f.unitCode());
            if (leads && !colleagues.isEmpty()) {
                h.open("form", "class", "card", "method", "post", "action", base + "/giao");
                h.el("h3", "Giao cho cán bộ", "id", "giao");
                Frame.csrf(h, r);
                h.el("label", "Cán bộ xử lý", "for", "officer").open("select", "id", "officer", "name", "officer", "required", "");
                colleagues.forEach(c -> h.el("option", c.displayName() + " (" + c.login() + ")", "value", c.login(),
                        "selected", c.login().equals(f.assignedTo()) ? "" : null));
                h.close("select");
                h.el("button", "Giao", "type", "submit");
                h.close("form");
            }
            h.open("form", "class", "card", "method", "post", "action", base + "/tra-loi");
            h.el("h3", "Trả lời người gửi", "id", "tra-loi");
            Frame.csrf(h, r);
            h.el("label", "Nội dung trả lời", "for", "answer");
            h.open("textarea", "id", "answer", "name", "answer", "required", "", "rows", "6").close("textarea");
            if (leads) {
                h.open("p").empty("input", "type", "checkbox", "id", "publish", "name", "publish", "value", "1")
                        .el("label", "Công khai câu trả lời trên trang thủ tục", "for", "publish", "class", "inline").close("p");
            }
            h.el("button", "Gửi trả lời", "type", "submit");
            h.close("form");

            h.open("form", "class", "card", "method", "post", "action", base + "/chuyen");
            h.el("h3", "Chuyển đơn vị có thẩm quyền", "id", "chuyen");
            Frame.csrf(h, r);
            h.el("label", "Đơn vị nhận", "for", "toUnit").open("select", "id", "toUnit", "name", "toUnit", "required", "");
            h.el("option", "— chọn đơn vị —", "value", "");
            units.all().stream().filter(u -> !u.code().equals(f.unitCode())).sorted(Comparator.comparing(Unit::name))
                    .forEach(u -> h.el("option", u.name() + " (" + u.code() + ")", "value", u.code()));
            h.close("select");
            h.el("label", "Lý do chuyển", "for", "reason");
            h.open("textarea", "id", "reason", "name", "reason", "required", "", "rows", "3").close("textarea");
            h.el("button", "Chuyển", "type", "submit");
            h.close("form");
        } else if (leads && f.procedureCode() != null) {
            h.open("form", "class", "card", "method", "post", "action", base + (f.published() ? "/an" : "/cong-khai"));
            Frame.csrf(h, r);
            h.el("button", f.published() ? "Thôi công khai câu trả lời" : "Công khai câu trả lời trên trang thủ tục", "type", "submit");
            h.close("form");
        } else {
            h.el("p", "Phản ánh đã được trả lời.");
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
                    yield "Đã nhận xử lý phản ánh.";
                }
                case "giao" -> "Đã giao cho " + d.assign(me, reference, r.param("officer").orElse(null)).assignedTo() + ".";
                case "tra-loi" -> {
                    FeedbackItem f = d.answer(me, reference, r.param("answer").orElse(null), r.param("publish").isPresent());
                    yield "Đã gửi trả lời" + (f.published() ? " và công khai trên trang thủ tục." : ".");
                }
                case "chuyen" -> {
                    FeedbackItem f = d.forward(me, reference, r.param("toUnit").orElse(null), r.param("reason").orElse(null));
                    if (!me.handles(f.unitCode())) {
                        back = PATH; // no longer ours: back to the inbox
                    }
                    yield "Đã chuyển phản ánh " + f.reference() + " đến " + work.unitName(f.unitCode()) + ".";
                }
                case "cong-khai" -> {
                    d.publish(me, reference, true);
                    yield "Đã công khai câu trả lời trên trang thủ tục.";
                }
                case "an" -> {
                    d.publish(me, reference, false);
                    yield "Đã thôi công khai câu trả lời.";
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
                case NOT_OPEN -> "Phản ánh đã được trả lời; không thể giao, chuyển hay trả lời lại.";
                case NOT_ANSWERED -> "Phản ánh chưa được trả lời.";
                case NOT_LEADER -> "Chỉ lãnh đạo đơn vị mới được giao cho cán bộ khác hoặc công khai câu trả lời.";
                default -> "Phản ánh vừa được người khác thay đổi; hãy xem lại rồi thao tác lại.";
            }));
        }
    }

    /** The desk is not running yet: 503 with Retry-After, through the one error path. */
    private static void unavailable(Req r) {
        throw new ServiceStartingException("feedback desk");
    }
}
