package vn.motcua.engine.feedback;

import java.time.Instant;

/**
 * One step of the handling, as the history shows it.
 *
 * @param action   {@code RECEIVED}, {@code ASSIGNED}, {@code FORWARDED}, {@code ANSWERED}, {@code PUBLISHED},
 *                 {@code UNPUBLISHED} or {@code RATED}
 * @param actor    the account, or {@code citizen}
 * @param unitCode the unit that held the feedback
 * @param toUnit   the receiving unit of a forward; else null
 * @param note     the reason of a forward, the assignee, or the rating; may be null
 * @param at       when
 */
public record FeedbackStep(String action, String actor, String unitCode, String toUnit, String note, Instant at) {
}
