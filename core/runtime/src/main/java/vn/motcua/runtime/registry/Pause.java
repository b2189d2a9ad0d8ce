package vn.motcua.runtime.registry;

import java.time.LocalDate;

/**
 * Why and until when a procedure is paused at a unit, as citizens are told on its page (decision 1322).
 *
 * @param reason the administrator's reason, in Vietnamese; null for a pause switched off without one (through the
 *               API, or before reasons were kept)
 * @param until  the last day of the pause as announced; null when no end date was given. The pause does not end by
 *               itself: an administrator switches the procedure back on.
 */
public record Pause(String reason, LocalDate until) {

    /** A pause without reason or end date. */
    public static final Pause UNEXPLAINED = new Pause(null, null);

    public Pause {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
