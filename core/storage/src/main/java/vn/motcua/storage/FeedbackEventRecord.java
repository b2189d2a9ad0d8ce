package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in the handling of feedback; {@code seq} is assigned by the store.
 *
 * @param action   {@code RECEIVED}, {@code ASSIGNED}, {@code FORWARDED}, {@code ANSWERED}, {@code PUBLISHED},
 *                 {@code UNPUBLISHED} or {@code RATED}
 * @param actor    the account, or {@code citizen}
 * @param unitCode the unit holding the feedback when it happened
 * @param toUnit   the receiving unit of a forward; else null
 * @param note     the forward's reason, the assignee, the rating…; may be null
 * @param at       when
 */
public record FeedbackEventRecord(String action, String actor, String unitCode, String toUnit, String note, Instant at) {
    public FeedbackEventRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(at, "at");
    }
}
