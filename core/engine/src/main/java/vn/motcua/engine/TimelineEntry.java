package vn.motcua.engine;

import java.time.Instant;

/**
 * One line of the citizen's timeline, derived from an event; internal notes are left out.
 *
 * @param at       when
 * @param action   wire name of the action, or {@code submit}
 * @param status   status after it
 * @param unitCode the unit that acted; null for the applicant
 * @param note     the public note; null when none or internal
 */
public record TimelineEntry(Instant at, String action, DossierStatus status, String unitCode, String note) {
}
