package vn.motcua.calendar.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.ClockStop;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineRequest;

/**
 * Deadline semantics on top of {@link UnitTimeline} (domain.md §2, issue 4):
 * <ul>
 * <li>Counting starts at receipt; outside working time (night, holiday) that means the next working moment.</li>
 * <li>{@code WORKING_DAYS n} is {@code n × 8} working hours (Circular 01/2018/TT-VPCP: 8 working hours a day);
 *     {@code WORKING_HOURS n} is n working hours.</li>
 * <li>{@code SAME_DAY}: due at the close of the day of receipt; of the next working day when received after the
 *     cut-off hour (domain.md §2, "sau 15 giờ thì trả trong ngày làm việc tiếp theo"), after closing, or on a
 *     non-working day; {@code amount > 0} adds that many working days after it. Receipt exactly at the cut-off
 *     counts as before it.</li>
 * <li>Clock stops: {@link ClockPolicy#RESTART} counts the full limit again from the end of the last stop
 *     (Decree 297/2025: "Thời hạn giải quyết được tính lại từ đầu"), as if received then;
 *     {@link ClockPolicy#RESUME} continues with what remained when each stop began; a stop that begins at or after
 *     the deadline it would interrupt changes nothing. An open stop suspends the deadline.</li>
 * </ul>
 * Thread-safe (stateless besides configuration).
 */
final class DeadlineCalculator {

    /** Returned by {@link #due} while an open clock stop suspends the deadline. */
    static final long SUSPENDED = Long.MIN_VALUE;
    private static final long HOUR = 3600L * UnitTimeline.NANOS_PER_SECOND;
    private static final long WORKING_DAY = 8 * HOUR; // Circular 01/2018/TT-VPCP: 8 working hours a day
    private static final Comparator<ClockStop> BY_START = Comparator.comparing(ClockStop::start);

    private final LocalTime cutoffTime;
    private final long cutoff;
    private final Function<String, UnitTimeline> timelines;

    DeadlineCalculator(LocalTime cutoff, Function<String, UnitTimeline> timelines) {
        this.cutoffTime = cutoff;
        this.cutoff = cutoff.toNanoOfDay();
        this.timelines = timelines;
    }

    Deadline deadline(DeadlineRequest request) {
        UnitTimeline timeline = timelines.apply(request.unitCode());
        Explanation explanation = new Explanation();
        long received = UnitTimeline.toNanos(request.startedAt());
        explanation.head("received", received, null, "Tiếp nhận lúc " + VietnameseDates.moment(received) + ".");
        long due = due(timeline, request, explanation);
        long lastDay = due == SUSPENDED ? UnitTimeline.localDay(openStopStart(request)) : UnitTimeline.localDay(due);
        var dueLine = due == SUSPENDED
                ? Explanation.line("due", openStopStart(request), null,
                        "Đang tạm dừng tính thời hạn: chưa có hạn giải quyết cho đến khi tiếp tục.")
                : Explanation.line("due", due, null, "Hạn giải quyết: " + VietnameseDates.moment(due) + ".");
        return new Deadline(due == SUSPENDED ? null : UnitTimeline.toInstant(due),
                explanation.finish(timeline, UnitTimeline.localDay(received), lastDay, dueLine));
    }

    /** The due instant in epoch nanoseconds, or {@link #SUSPENDED}; explains into {@code explanation} unless null. */
    long due(DeadlineRequest request) {
        return due(timelines.apply(request.unitCode()), request, null);
    }

    private long due(UnitTimeline timeline, DeadlineRequest request, Explanation explanation) {
        long received = UnitTimeline.toNanos(request.startedAt());
        List<ClockStop> stops = inOrder(request.stops());
        TimeLimit limit = request.limit();
        if (stops.isEmpty()) {
            return fresh(timeline, received, limit, explanation);
        }
        if (request.policy() == ClockPolicy.RESTART) {
            return restart(timeline, received, limit, stops, explanation);
        }
        return resume(timeline, received, limit, stops, explanation);
    }

    private long restart(UnitTimeline timeline, long received, TimeLimit limit, List<ClockStop> stops, Explanation explanation) {
        if (explanation != null) {
            for (ClockStop stop : stops) {
                explainStop(explanation, stop, stop.isOpen() ? null
                        : "thời hạn được tính lại từ đầu khi hồ sơ đầy đủ (Nghị định 297/2025: \"Thời hạn giải quyết được tính lại từ đầu\")");
            }
        }
        ClockStop last = stops.get(stops.size() - 1);
        if (last.isOpen()) {
            return SUSPENDED;
        }
        long restartAt = Math.max(received, UnitTimeline.toNanos(last.end()));
        if (explanation != null) {
            explanation.head("received", restartAt, null, "Tính lại thời hạn từ đầu từ lúc " + VietnameseDates.moment(restartAt)
                    + " (kết thúc tạm dừng cuối cùng).");
        }
        return fresh(timeline, restartAt, limit, explanation);
    }

    private long resume(UnitTimeline timeline, long received, TimeLimit limit, List<ClockStop> stops, Explanation explanation) {
        long remaining = timeline.between(received, fresh(timeline, received, limit, explanation));
        long cursor = received;
        for (ClockStop stop : stops) {
            long stopStart = Math.max(cursor, UnitTimeline.toNanos(stop.start()));
            if (stopStart >= timeline.add(cursor, remaining)) {
                if (explanation != null) {
                    explainStop(explanation, stop, "bắt đầu sau hạn giải quyết nên không làm thay đổi hạn");
                }
                continue;
            }
            remaining -= timeline.between(cursor, stopStart);
            if (stop.isOpen()) {
                if (explanation != null) {
                    explainStop(explanation, stop, "còn lại " + VietnameseDates.workingTime(remaining) + " khi tiếp tục");
                }
                return SUSPENDED;
            }
            cursor = Math.max(stopStart, UnitTimeline.toNanos(stop.end()));
            if (explanation != null) {
                explainStop(explanation, stop, "tiếp tục tính phần còn lại " + VietnameseDates.workingTime(remaining));
            }
        }
        return timeline.add(cursor, remaining);
    }

    /** The deadline of a dossier received (or complete again) at {@code start} without stops. */
    private long fresh(UnitTimeline timeline, long start, TimeLimit limit, Explanation explanation) {
        long due;
        if (limit.unit() == TimeLimit.Unit.SAME_DAY) {
            long day = UnitTimeline.localDay(start);
            long time = UnitTimeline.nanoOfDay(start);
            boolean workingDay = timeline.isWorkingDay(day);
            boolean afterCutoff = workingDay && time > cutoff;
            boolean today = workingDay && !afterCutoff && time < timeline.closingTime();
            long resultDay = today ? day : timeline.workingDayAfter(day, 1);
            due = UnitTimeline.at(resultDay, timeline.closingTime());
            if (explanation != null) {
                explainSameDay(explanation, start, workingDay, afterCutoff, today, resultDay);
            }
            due = timeline.add(due, limit.amount() * WORKING_DAY);
        } else {
            if (explanation != null) {
                explanation.head("cutoff", start, null, "Không áp dụng giờ chốt " + cutoffText()
                        + ": thời hạn tính bằng " + (limit.unit() == TimeLimit.Unit.WORKING_DAYS ? "ngày" : "giờ")
                        + " làm việc từ lúc tiếp nhận.");
            }
            due = timeline.add(start, limit.workingHours() * HOUR);
        }
        if (explanation != null) {
            explanation.head("limit", start, null, limitText(limit));
            long counting = timeline.nextWorkingMoment(start);
            if (counting != start) {
                explanation.head("skipped", start, counting, "Tiếp nhận ngoài giờ làm việc: thời hạn bắt đầu tính từ "
                        + VietnameseDates.moment(counting) + ".");
            }
        }
        return due;
    }

    private void explainSameDay(Explanation explanation, long start, boolean workingDay, boolean afterCutoff,
                                boolean today, long resultDay) {
        String message;
        if (today) {
            message = "Tiếp nhận trước giờ chốt " + cutoffText() + ": trả kết quả trong ngày " + VietnameseDates.day(resultDay) + ".";
        } else if (afterCutoff) {
            message = "Tiếp nhận sau giờ chốt " + cutoffText() + ": trả kết quả trong ngày làm việc tiếp theo, "
                    + VietnameseDates.day(resultDay) + ".";
        } else if (!workingDay) {
            message = "Tiếp nhận vào ngày không làm việc: trả kết quả trong ngày làm việc tiếp theo, "
                    + VietnameseDates.day(resultDay) + " (không áp dụng giờ chốt " + cutoffText() + ").";
        } else {
            message = "Tiếp nhận sau giờ làm việc: trả kết quả trong ngày làm việc tiếp theo, " + VietnameseDates.day(resultDay) + ".";
        }
        explanation.head("cutoff", start, null, message);
    }

    private String limitText(TimeLimit limit) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> "Thời hạn: " + limit.amount() + " ngày làm việc (" + limit.workingHours()
                    + " giờ làm việc, mỗi ngày làm việc 8 giờ).";
            case WORKING_HOURS -> "Thời hạn: " + limit.amount() + " giờ làm việc.";
            case SAME_DAY -> "Thời hạn: trong ngày; tiếp nhận sau " + cutoffText() + " thì trả trong ngày làm việc tiếp theo"
                    + (limit.amount() > 0 ? "; cộng thêm " + limit.amount() + " ngày làm việc (" + limit.workingHours()
                    + " giờ làm việc)." : ".");
        };
    }

    private void explainStop(Explanation explanation, ClockStop stop, String effect) {
        long from = UnitTimeline.toNanos(stop.start());
        Long to = stop.isOpen() ? null : UnitTimeline.toNanos(stop.end());
        String text = (stop.isOpen() ? "Đang tạm dừng từ " + VietnameseDates.moment(from)
                : "Tạm dừng từ " + VietnameseDates.moment(from) + " đến " + VietnameseDates.moment(to))
                + ": " + orDash(stop.reason()) + " (" + orDash(stop.rule()) + ")"
                + (effect == null ? "" : "; " + effect) + ".";
        explanation.stop(from, to, text);
    }

    private String cutoffText() {
        return cutoffTime.toString();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "không ghi" : text;
    }

    private static long openStopStart(DeadlineRequest request) {
        return request.stops().stream().filter(ClockStop::isOpen).findFirst()
                .map(stop -> UnitTimeline.toNanos(stop.start()))
                .orElseThrow(() -> new IllegalStateException("suspended without an open clock stop"));
    }

    private static List<ClockStop> inOrder(List<ClockStop> stops) {
        for (int i = 1; i < stops.size(); i++) {
            if (stops.get(i).start().isBefore(stops.get(i - 1).start())) {
                List<ClockStop> sorted = new ArrayList<>(stops);
                sorted.sort(BY_START);
                return sorted;
            }
        }
        return stops;
    }
}
