package vn.motcua.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.TimeLimit;

/**
 * What a deadline is computed from.
 *
 * @param unitCode   the unit whose working time counts
 * @param startedAt  when the clock started: receipt of the complete dossier, or hand-over to a step
 * @param limit      the time limit or step budget
 * @param stops      clock stops so far, in time order; the last may still be open ({@code end == null})
 * @param policy     whether the clock restarts from zero or resumes after a stop
 */
public record DeadlineRequest(String unitCode, Instant startedAt, TimeLimit limit, List<ClockStop> stops, ClockPolicy policy) {
    public DeadlineRequest {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(limit, "limit");
        stops = stops == null ? List.of() : List.copyOf(stops);
        policy = policy == null ? ClockPolicy.RESTART : policy;
    }

    public static DeadlineRequest of(String unitCode, Instant startedAt, TimeLimit limit) {
        return new DeadlineRequest(unitCode, startedAt, limit, List.of(), ClockPolicy.RESTART);
    }
}
