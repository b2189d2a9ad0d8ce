package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxEntry;
import vn.motcua.pages.html.Html;
import vn.motcua.security.AuditLog;
import vn.motcua.security.StaffRole;

/**
 * The operator's view of the outbox ({@code /quan-tri/hop-thu-di}, city administrators): messages waiting or being
 * delivered, dead letters with the partner's answer, and the manual re-send of a dead letter (decision 1100).
 */
final class OutboxPages {

    private static final int SHOWN = 200;

    private final Supplier<Outbox> outbox;
    private final Supplier<AuditLog> audit;

    OutboxPages(Supplier<Outbox> outbox, Supplier<AuditLog> audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    static boolean allowed(vn.motcua.security.StaffIdentity who) {
        return who.has(StaffRole.CITY_ADMIN);
    }

    void page(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", "Hộp thư đi");
        Frame.notice(h, r);
        Outbox o = outbox.get();
        if (o == null) {
            h.el("p", "Dịch vụ hộp thư đi chưa sẵn sàng; vui lòng tải lại trang sau giây lát.", "class", "error");
            r.html(503, Frame.page(r, "Hộp thư đi", h));
            return;
        }
        Map<String, Long> counts = o.countByStatus();
        h.el("p", "Đang chờ gửi: " + counts.getOrDefault("PENDING", 0L) + " · Đang gửi: " + counts.getOrDefault("SENDING", 0L)
                + " · Đã gửi: " + counts.getOrDefault("SENT", 0L) + " · Gửi không thành công: " + counts.getOrDefault("DEAD", 0L) + ".");
        h.el("p", "Thông báo được ghi cùng lúc với thay đổi của hồ sơ và được gửi lại tự động với thời gian chờ tăng dần;"
                + " thư gửi không thành công sau số lần thử cho phép, hoặc bị đối tác từ chối, nằm ở bảng dưới và có thể gửi lại.");
        h.el("h2", "Gửi không thành công");
        table(h, r, o.failed(SHOWN), true);
        h.el("h2", "Đang chờ gửi");
        table(h, r, o.pending(SHOWN), false);
        r.html(200, Frame.page(r, "Hộp thư đi", h));
    }

    private static void table(Html h, Req r, List<OutboxEntry> entries, boolean resend) {
        if (entries.isEmpty()) {
            h.el("p", "Không có thư nào.");
            return;
        }
        h.open("table").open("thead").open("tr");
        for (String t : List.of("Tạo lúc", "Hồ sơ", "Kênh", "Người nhận", "Nội dung", "Số lần thử", "Lần thử tiếp", "Trả lời của đối tác", "")) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (OutboxEntry e : entries) {
            h.open("tr").el("td", Labels.time(e.createdAt())).el("td", e.dossierCode() == null ? "—" : e.dossierCode())
                    .el("td", e.channel()).el("td", e.recipient()).el("td", e.subject() != null ? e.subject() : e.template())
                    .el("td", Integer.toString(e.attempts())).el("td", e.nextAttemptAt() == null ? "—" : Labels.time(e.nextAttemptAt()))
                    .el("td", e.lastAnswer() == null ? "—" : e.lastAnswer());
            h.open("td");
            if (resend) {
                h.open("form", "class", "inline", "method", "post", "action", "/quan-tri/hop-thu-di/" + e.id() + "/gui-lai");
                Frame.csrf(h, r);
                h.el("button", "Gửi lại", "type", "submit", "class", "secondary", "aria-label", "Gửi lại thư " + e.id());
                h.close("form");
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    void resend(Req r, String id) {
        Outbox o = outbox.get();
        boolean done = o != null && o.resend(id);
        AuditLog log = audit.get();
        if (done && log != null) {
            log.record(r.who.accountId(), "outbox_resent", "outbox message " + id, r.client());
        }
        r.redirect("/quan-tri/hop-thu-di?" + (done ? "thong-bao=" + WorkPages.enc("Đã đưa thư trở lại hàng chờ gửi.")
                : "loi=" + WorkPages.enc("Thư không còn ở trạng thái gửi không thành công; không gửi lại.")));
    }
}
