package vn.motcua.portal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.DossierStatus;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxEntry;
import vn.motcua.pages.html.Html;
import vn.motcua.postal.PostalTracking;
import vn.motcua.postal.Shipment;

/**
 * The dossier page's lists of what the applicant got: slips and the electronic result, the messages sent, the postal
 * orders. Each is left out when empty. Stateless apart from its collaborators, whose suppliers may give null.
 */
final class DossierSections {

    private final Supplier<Outbox> outbox;
    private final Supplier<PostalTracking> postal;

    DossierSections(Supplier<Outbox> outbox, Supplier<PostalTracking> postal) {
        this.outbox = outbox;
        this.postal = postal;
    }

    /** The slips the applicant is entitled to and, once the result is ready, the electronic result (issue 11). */
    void documents(Html h, CitizenView d, Lang l) {
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
            links.add(new String[] {"slip.result", SlipPages.RESULT});
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
    void messages(Html h, CitizenView d, Lang l) {
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

    /**
     * True while the post is to bring the paper of a dossier the applicant asked it to collect (decision 1133): a pickup
     * was ordered and the counter has not received the dossier yet.
     */
    boolean awaitsPickup(CitizenView d) {
        PostalTracking p = postal.get();
        return d.receivedAt() == null && d.status().isOpen() && p != null
                && p.forDossier(d.code()).stream().anyMatch(s -> "PICKUP".equals(s.kind()));
    }

    /** The dossier's postal orders: consignment number to track the item, postage and status (decision 1131). */
    void postal(Html h, CitizenView d, Lang l) {
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
                meta.append(l.t("dossier.postal.fee")).append(": ").append(l.t("dossier.postal.amount",
                        String.format(java.util.Locale.ROOT, "%,d", s.feeVnd()).replace(',', '.'))).append(". ");
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
}
