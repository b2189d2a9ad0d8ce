package vn.motcua.portal.internal;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.payment.CallbackOutcome;
import vn.motcua.engine.payment.PaymentRefusedException;
import vn.motcua.engine.payment.PaymentStatus;
import vn.motcua.engine.payment.Payments;
import vn.motcua.pages.html.Html;

/**
 * The citizen's online payment (decision 1130): the fee and its state on the dossier page with «Thanh toán trực tuyến»,
 * the redirect to the gateway, and the page the gateway sends the citizen back to. The return page settles the signed
 * result like the gateway's server-to-server callback (whichever comes first; the other is a replay) and needs no grant:
 * the grant cookie is SameSite=Strict, so a browser coming back from the gateway's site does not send it.
 */
final class PaymentPages {

    private final Layout layout;
    private final Supplier<CitizenDesk> desk;
    private final Supplier<Payments> payments;

    /** @param payments the service, or a supplier of null while the engine's payments are not bound */
    PaymentPages(Layout layout, Supplier<CitizenDesk> desk, Supplier<Payments> payments) {
        this.layout = layout;
        this.desk = desk;
        this.payments = payments;
    }

    /** The fee row and, while unpaid, the pay button; nothing for a dossier with no fee to pay online. */
    void section(Html h, CitizenView d, Lang l) {
        Payments p = payments.get();
        Optional<PaymentStatus> status = p == null ? Optional.empty() : p.status(d.code());
        if (status.isEmpty()) {
            return;
        }
        PaymentStatus s = status.get();
        boolean paid = s.state() == PaymentStatus.State.PAID;
        h.open("section", "class", "card", "aria-labelledby", "payment-title").el("h2", l.t("payment.fee"), "id", "payment-title");
        h.open("p").text(Money.amount(s.amountVnd(), l) + ": ")
                .el("strong", l.t(paid ? "payment.paid" : "payment.awaiting"), "id", "payment-state").close("p");
        if (!paid) {
            h.el("p", l.t("payment.lead"));
            // A link, not a form: the page's CSP allows forms to post only to this site, and the gateway is another.
            h.open("p", "class", "actions").el("a", l.t("payment.pay"), "class", "button", "href",
                    "/ho-so/" + d.code() + "/thanh-toan").close("p");
        }
        h.close("section");
    }

    /** {@code GET /ho-so/{code}/thanh-toan}: to the gateway's pay page, for the holder of the dossier's grant. */
    void start(Visit v, String code) throws IOException {
        Optional<String> token = v.cookie(Visit.GRANT_COOKIE);
        if (token.flatMap(t -> desk.get().view(t, code)).isEmpty()) {
            Replies.redirect(v, "/tra-cuu");
            return;
        }
        Payments p = payments.get();
        Lang l = v.lang();
        try {
            if (p == null) {
                throw new PaymentRefusedException(PaymentRefusedException.Reason.NO_GATEWAY, "payments not bound");
            }
            String base = base(v);
            URI to = p.start(code, URI.create(base + "/ho-so/" + code + "/thanh-toan/ket-qua"),
                    URI.create(base + "/api/v1/payments/callback"));
            Replies.redirect(v, to.toString());
        } catch (PaymentRefusedException e) {
            String lead = switch (e.reason()) {
                case ALREADY_PAID -> l.t("payment.paid");
                case NO_GATEWAY -> l.t("payment.unavailable");
                default -> l.t("payment.none");
            };
            result(v, e.reason() == PaymentRefusedException.Reason.NO_GATEWAY ? 503 : 409, code, lead);
        }
    }

    /** {@code GET /ho-so/{code}/thanh-toan/ket-qua?<signed result>}: where the gateway sends the citizen back. */
    void back(Visit v, String code) throws IOException {
        Lang l = v.lang();
        Map<String, String> parameters = new LinkedHashMap<>();
        v.params().forEach((name, values) -> {
            if (values.length > 0) {
                parameters.put(name, values[values.length - 1]);
            }
        });
        Payments p = payments.get();
        if (p == null) {
            result(v, 503, code, l.t("payment.unavailable"));
            return;
        }
        String lead;
        int status = 200;
        try {
            CallbackOutcome o = p.callback(parameters);
            boolean paid = p.status(code).map(s -> s.state() == PaymentStatus.State.PAID).orElse(false);
            lead = switch (o) {
                case PAID -> l.t("payment.return.paid");
                case CANCELLED -> l.t("payment.return.cancelled");
                case REFUNDED -> l.t("payment.return.refunded");
                case ALREADY_SETTLED -> paid ? l.t("payment.return.paid") : l.t("payment.return.cancelled");
            };
        } catch (PaymentRefusedException e) {
            status = e.reason() == PaymentRefusedException.Reason.NO_GATEWAY ? 503 : 400;
            lead = e.reason() == PaymentRefusedException.Reason.NO_GATEWAY ? l.t("payment.unavailable") : l.t("payment.return.invalid");
        }
        result(v, status, code, lead);
    }

    private void result(Visit v, int status, String code, String lead) throws IOException {
        Lang l = v.lang();
        Html h = new Html();
        h.el("h1", l.t("payment.return.title"));
        h.el("p", lead, "class", status == 200 ? "success" : "notice", "role", "status", "id", "payment-result");
        h.open("p", "class", "actions").el("a", l.t("payment.return.back"), "class", "button", "href", "/ho-so/" + code).close("p");
        Replies.html(v, status, layout.page(v, l.t("payment.return.title"), l.t("payment.return.title"), h));
    }

    /** This site as the citizen reached it (through a trusted proxy too), for the gateway's return and callback. */
    private static String base(Visit v) {
        var r = v.request();
        boolean secure = v.secure();
        String host = r.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = r.getServerName() + ":" + r.getServerPort();
        }
        return (secure ? "https" : "http") + "://" + host.strip();
    }
}
