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
        h.el("h1", r.t("outbox.title"));
        Frame.notice(h, r);
        Outbox o = outbox.get();
        if (o == null) {
            h.el("p", r.t("outbox.starting"), "class", "error");
            r.html(503, Frame.page(r, r.t("outbox.title"), h));
            return;
        }
        Map<String, Long> counts = o.countByStatus();
        h.el("p", r.t("outbox.counts", counts.getOrDefault("PENDING", 0L), counts.getOrDefault("SENDING", 0L),
                counts.getOrDefault("SENT", 0L), counts.getOrDefault("DEAD", 0L)));
        h.el("p", r.t("outbox.explanation"));
        h.el("h2", r.t("outbox.dead"));
        table(h, r, o.failed(SHOWN), true);
        h.el("h2", r.t("outbox.pending"));
        table(h, r, o.pending(SHOWN), false);
        r.html(200, Frame.page(r, r.t("outbox.title"), h));
    }

    private static void table(Html h, Req r, List<OutboxEntry> entries, boolean resend) {
        if (entries.isEmpty()) {
            h.el("p", r.t("outbox.none"));
            return;
        }
        h.open("table").open("thead").open("tr");
        for (String t : List.of(r.t("outbox.col.created"), r.t("outbox.col.dossier"), r.t("outbox.col.channel"), r.t("outbox.col.recipient"),
                r.t("outbox.col.content"), r.t("outbox.col.attempts"), r.t("outbox.col.nextAttempt"), r.t("outbox.col.answer"), "")) {
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
                h.el("button", r.t("outbox.resend"), "type", "submit", "class", "secondary", "aria-label", r.t("outbox.resendOne", e.id()));
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
        r.redirect("/quan-tri/hop-thu-di?" + (done ? "thong-bao=" + WorkPages.enc(r.t("outbox.requeued"))
                : "loi=" + WorkPages.enc(r.t("outbox.notDead"))));
    }
}
