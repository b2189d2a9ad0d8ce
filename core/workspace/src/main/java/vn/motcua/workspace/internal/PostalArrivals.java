package vn.motcua.workspace.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.QueueFilter;
import vn.motcua.pages.html.Html;
import vn.motcua.postal.PostalTracking;
import vn.motcua.postal.Shipment;

/**
 * Dossiers whose applicant asked the post to collect the paper (Decision 45/2016/QĐ-TTg; decision 1133) and whose paper
 * the one-stop counter has not received yet: listed on the intake page, where the officer stands when the postman brings
 * the envelopes, and marked on the dossier page, so that «Tiếp nhận» (the start of the time limit) follows the paper.
 * Receiving, asking for a supplement or refusing are the dossier page's ordinary actions. Stateless.
 */
final class PostalArrivals {

    /** Waiting dossiers looked at per page: the counter's list of online and postal dossiers to check. */
    static final int LIMIT = 500;

    private final Supplier<DossierEngine> engine;
    private final Supplier<PostalTracking> postal;
    private final WorkPages work;

    PostalArrivals(Supplier<DossierEngine> engine, Supplier<PostalTracking> postal, WorkPages work) {
        this.engine = engine;
        this.postal = postal;
        this.work = work;
    }

    /** The pickup order of a dossier whose paper has not been received yet, if it is one. */
    static Optional<Shipment> awaitedPickup(DossierStatus status, java.time.Instant receivedAt, List<Shipment> shipments) {
        if (status != DossierStatus.SUBMITTED || receivedAt != null) {
            return Optional.empty();
        }
        return shipments.stream().filter(s -> "PICKUP".equals(s.kind())).findFirst();
    }

    /** On the dossier page: what the officer must know before «Tiếp nhận». */
    static void notice(Html h, Req r, DossierView d, List<Shipment> shipments) {
        awaitedPickup(d.status(), d.receivedAt(), shipments)
                .ifPresent(s -> h.el("p", r.t("pickup.waiting"), "class", "notice", "role", "status"));
    }

    /** On the intake page: the officer's waiting dossiers with the post's consignment number and status. */
    void section(Html h, Req r) {
        PostalTracking tracking = postal.get();
        if (tracking == null) {
            return;
        }
        List<DossierSummary> submitted = engine.get().workList(new QueueFilter(List.of(DossierStatus.SUBMITTED), null, LIMIT, 0),
                r.who.principal()).items().stream().map(w -> w.dossier()).toList();
        h.open("section", "aria-labelledby", "cho-buu-dien").el("h2", r.t("pickup.title"), "id", "cho-buu-dien");
        h.el("p", r.t("pickup.lead"), "class", "hint");
        h.open("ul", "class", "postal-arrivals");
        int shown = 0;
        for (DossierSummary s : submitted) {
            Optional<Shipment> pickup = awaitedPickup(s.status(), null, tracking.forDossier(s.code()));
            if (pickup.isEmpty()) {
                continue;
            }
            Shipment p = pickup.get();
            String post = (p.consignmentNo() == null ? r.t("pickup.noConsignment") : r.t("pickup.consignment", p.consignmentNo()))
                    + "; " + Labels.shipmentStatus(r.messages(), p);
            h.open("li").el("a", s.code(), "href", "/can-bo/ho-so/" + s.code(), "class", "code")
                    .text(" – " + s.applicantName() + " – " + work.procedureName(s.procedureCode()) + " – " + post).close("li");
            shown++;
        }
        h.close("ul");
        if (shown == 0) {
            h.el("p", r.t("pickup.none"));
        }
        h.close("section");
    }
}
