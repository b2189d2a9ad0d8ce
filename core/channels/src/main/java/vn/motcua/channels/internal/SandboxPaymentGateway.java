package vn.motcua.channels.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.engine.payment.GatewayNotice;
import vn.motcua.engine.payment.PaymentGateway;
import vn.motcua.engine.payment.PaymentOrder;

/**
 * The platform's side of a VNPay/Napas-like gateway (the {@link PaymentSandbox} speaks it; a real gateway's adapter would
 * map its own parameter names): the citizen is sent to {@code <gateway>/pay?<signed order>}; callbacks carry
 * {@code txnRef}, {@code amount}, {@code responseCode} ({@code 00} = paid), {@code transactionNo} and the
 * {@link PaymentSignature HMAC-SHA256 signature} with the shared secret.
 */
final class SandboxPaymentGateway implements PaymentGateway {

    static final String PAID = "00";

    private final URI base;
    private final PaymentSignature signature;

    /** @param base the gateway's address, e.g. {@code http://127.0.0.1:8098/} */
    SandboxPaymentGateway(URI base, String secret) {
        this.base = Objects.requireNonNull(base, "base");
        this.signature = new PaymentSignature(secret);
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public URI checkout(PaymentOrder order) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("txnRef", order.paymentId());
        p.put("amount", Long.toString(order.amountVnd()));
        p.put("orderInfo", order.description() == null ? "" : order.description());
        p.put("expiresAt", order.expiresAt() == null ? "" : order.expiresAt().toString());
        p.put("returnUrl", order.returnUrl().toString());
        p.put("notifyUrl", order.notifyUrl().toString());
        return base.resolve("pay?" + PaymentSignature.query(signature.signed(p)));
    }

    /** The parameters of a result; others (the portal's own, on the return address) are not signed and not read. */
    static final java.util.Set<String> RESULT = java.util.Set.of("txnRef", "amount", "responseCode", "transactionNo", "payDate",
            PaymentSignature.PARAMETER);

    @Override
    public Optional<GatewayNotice> verify(Map<String, String> all) {
        if (all == null) {
            return Optional.empty();
        }
        Map<String, String> parameters = new java.util.TreeMap<>(all);
        parameters.keySet().retainAll(RESULT);
        if (!signature.verify(parameters)) {
            return Optional.empty();
        }
        String ref = parameters.get("txnRef");
        String amount = parameters.get("amount");
        if (ref == null || amount == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GatewayNotice(ref, Long.parseLong(amount), PAID.equals(parameters.get("responseCode")),
                    parameters.get("transactionNo")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    PaymentSignature signature() {
        return signature;
    }

    URI base() {
        return base;
    }
}
