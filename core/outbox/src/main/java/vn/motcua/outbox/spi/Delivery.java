package vn.motcua.outbox.spi;

import java.util.Objects;

/**
 * The partner's answer to one delivery attempt.
 *
 * @param outcome    accepted, try again later, or refused for good
 * @param answer     what the partner said (status and a short excerpt), for the operator's console
 * @param partnerRef the partner's reference for an accepted message, or null
 */
public record Delivery(Outcome outcome, String answer, String partnerRef) {

    public enum Outcome {
        /** The partner took the message. */
        ACCEPTED,
        /** A temporary failure (5xx, timeout, connection refused): try again with back-off. */
        RETRY,
        /** The partner will never take it (4xx, invalid address): dead letter at once, for the operator. */
        REFUSED
    }

    public Delivery {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static Delivery accepted(String answer, String partnerRef) {
        return new Delivery(Outcome.ACCEPTED, answer, partnerRef);
    }

    public static Delivery retry(String answer) {
        return new Delivery(Outcome.RETRY, answer, null);
    }

    public static Delivery refused(String answer) {
        return new Delivery(Outcome.REFUSED, answer, null);
    }
}
