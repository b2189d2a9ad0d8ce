package vn.motcua.engine.payment;

import java.time.Instant;

/**
 * The fee of a dossier as the citizen and the officer see it.
 *
 * @param state      whether it waits for payment
 * @param amountVnd  the fee in đồng
 * @param paidAt     when the accepted payment was settled, or null
 * @param gatewayTxn the gateway's transaction number of the accepted payment, or null
 * @param refunds    payments the platform did not accept and refunds (late or a second payment)
 */
public record PaymentStatus(State state, long amountVnd, Instant paidAt, String gatewayTxn, int refunds) {

    public enum State {
        /** Waits for the citizen's payment; the officer cannot accept the dossier yet. */
        AWAITING,
        /** Paid online. */
        PAID
    }

    /** "Đã thanh toán" or "Chưa thanh toán", for pages and slips. */
    public String label() {
        return state == State.PAID ? "Đã thanh toán" : "Chưa thanh toán";
    }
}
