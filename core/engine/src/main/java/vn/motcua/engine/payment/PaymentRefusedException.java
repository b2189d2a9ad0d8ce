package vn.motcua.engine.payment;

/** A payment request or callback the platform refuses; {@link #reason()} says why (map it to HTTP in one place). */
public class PaymentRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The callback's signature is missing or wrong (HTTP 401). */
        BAD_SIGNATURE,
        /** No such payment, or the dossier has no fee to pay online (HTTP 404). */
        UNKNOWN_PAYMENT,
        /** The gateway reports another amount than the platform asked: not accepted, logged (HTTP 422). */
        AMOUNT_MISMATCH,
        /** The dossier is already paid: no new attempt (HTTP 409). */
        ALREADY_PAID,
        /** No payment gateway is configured on this node (HTTP 503). */
        NO_GATEWAY
    }

    private final Reason reason;

    public PaymentRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
