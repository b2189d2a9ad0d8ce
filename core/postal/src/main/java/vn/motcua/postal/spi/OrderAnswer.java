package vn.motcua.postal.spi;

import java.util.Objects;

/**
 * The partner's answer to an order.
 *
 * @param outcome       accepted, try again later, or refused for good
 * @param answer        what the partner said (status and a short excerpt), for the operator's console
 * @param consignmentNo the consignment number of an accepted order, else null
 * @param feeVnd        the fee of an accepted order in đồng, or null if the partner did not quote one
 */
public record OrderAnswer(Outcome outcome, String answer, String consignmentNo, Long feeVnd) {

    public enum Outcome {
        ACCEPTED, RETRY, REFUSED
    }

    public OrderAnswer {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.ACCEPTED && (consignmentNo == null || consignmentNo.isBlank())) {
            throw new IllegalArgumentException("an accepted order has a consignment number");
        }
    }

    public static OrderAnswer accepted(String answer, String consignmentNo, Long feeVnd) {
        return new OrderAnswer(Outcome.ACCEPTED, answer, consignmentNo, feeVnd);
    }

    public static OrderAnswer retry(String answer) {
        return new OrderAnswer(Outcome.RETRY, answer, null, null);
    }

    public static OrderAnswer refused(String answer) {
        return new OrderAnswer(Outcome.REFUSED, answer, null, null);
    }
}
