package vn.motcua.web.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.payment.CallbackOutcome;
import vn.motcua.engine.payment.PaymentRefusedException;
import vn.motcua.engine.payment.PaymentStatus;
import vn.motcua.engine.payment.Payments;

/**
 * Online payment over HTTP (decision 1130): the gateway's signed callback, and the applicant starting a payment with the
 * second factor (the portal does the same through its pages). The callback needs no session: its HMAC signature is the
 * gateway's credential, checked by the adapter.
 */
final class PaymentsResource {

    /** Start body: the second factor, never in the URL. */
    record StartBody(String phone, String citizenId) {
    }

    private final Supplier<Payments> payments;
    private final Supplier<DossierEngine> engine;
    private final SecondFactorGate secondFactors;
    private final BodyReader bodies;

    PaymentsResource(Supplier<Payments> payments, Supplier<DossierEngine> engine, SecondFactorGate secondFactors,
                     com.fasterxml.jackson.databind.ObjectMapper json) {
        this.payments = payments;
        this.engine = engine;
        this.secondFactors = secondFactors;
        this.bodies = new BodyReader(json);
    }

    /** {@code POST /payments/callback}: form or query parameters, signed by the gateway. */
    Reply callback(ApiCall call) {
        Map<String, String> parameters = new LinkedHashMap<>();
        try {
            call.servletRequest().getParameterMap().forEach((name, values) -> {
                if (values.length > 0) {
                    parameters.put(name, values[values.length - 1]);
                }
            });
        } catch (RuntimeException e) {
            throw ApiProblem.of(400, "malformed_parameters", "Tham số không hợp lệ",
                    "Tham số trong biểu mẫu có mã hoá phần trăm (%) không hợp lệ.");
        }
        CallbackOutcome outcome = service().callback(parameters);
        return Reply.ok(Map.of("outcome", outcome.name()));
    }

    /** {@code POST /dossiers/{code}/payment}: the applicant's redirect to the gateway. */
    Reply start(ApiCall call) {
        String code = call.path("code");
        secondFactors.attempt(call, SecondFactorGate.dossier(code));
        StartBody body = bodies.read(call.body(4096), StartBody.class);
        String factor = body.phone() != null && !body.phone().isBlank() ? body.phone() : body.citizenId();
        if (factor == null || factor.isBlank()) {
            throw new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ", "Cần số điện thoại hoặc số định danh đã khai khi nộp hồ sơ.",
                    List.of(new ApiProblem.FieldMessage("phone", "required", "Cần số điện thoại hoặc số định danh cá nhân đã khai khi nộp hồ sơ.")),
                    Map.of());
        }
        DossierEngine e = engine.get();
        if (e == null || e.lookup(code, factor.strip()).isEmpty()) {
            throw DossiersResource.noSuchDossier(); // the same answer as an unknown code
        }
        String base = base(call);
        URI redirect = service().start(code, URI.create(base + "/ho-so/" + code + "/thanh-toan/ket-qua"),
                URI.create(base + "/api/v1/payments/callback"));
        PaymentStatus status = service().status(code).orElseThrow();
        return Reply.ok(Map.of("redirect", redirect.toString(), "amountVnd", status.amountVnd()));
    }

    /** The fee of a dossier for views that already passed their access checks; null when it has none to pay online. */
    Map<String, Object> statusOf(String code) {
        Payments p = payments.get();
        Optional<PaymentStatus> s = p == null ? Optional.empty() : p.status(code);
        return s.map(PaymentsResource::toMap).orElse(null);
    }

    static Map<String, Object> toMap(PaymentStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state().name());
        m.put("label", s.label());
        m.put("amountVnd", s.amountVnd());
        m.put("paidAt", s.paidAt() == null ? null : s.paidAt().toString());
        m.put("gatewayTransaction", s.gatewayTxn());
        m.put("refunds", s.refunds());
        return m;
    }

    /** The address the citizen and the gateway reach this node at, as the request came (through a trusted proxy too). */
    static String base(ApiCall call) {
        var r = call.servletRequest();
        String scheme = call.secure() ? "https" : "http";
        String host = r.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = r.getServerName() + ":" + r.getServerPort();
        }
        return scheme + "://" + host.strip();
    }

    private Payments service() {
        Payments p = payments.get();
        if (p == null) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.NO_GATEWAY, "payments service not bound");
        }
        return p;
    }
}
