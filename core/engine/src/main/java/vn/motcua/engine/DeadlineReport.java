package vn.motcua.engine;

import java.time.Instant;
import java.util.List;
import vn.motcua.calendar.ClockStop;
import vn.motcua.calendar.Deadline;

/**
 * How a dossier's deadlines were computed, by the working calendar.
 *
 * @param code             dossier code
 * @param appointment      the appointment with its explanation; null before receipt
 * @param newAppointmentAt the appointment set by an apology; null if none
 * @param step             the current step's deadline with its explanation; null when not at a step
 * @param clockStops       the clock-stop ledger
 */
public record DeadlineReport(String code, Deadline appointment, Instant newAppointmentAt, Deadline step,
                             List<ClockStop> clockStops) {
}
