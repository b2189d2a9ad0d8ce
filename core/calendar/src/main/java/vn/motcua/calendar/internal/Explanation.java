package vn.motcua.calendar.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.Deadline.ExplanationLine;

/**
 * Collects the lines of one deadline's explanation and puts them in the documented order: received, cut-off, limit,
 * start of counting, non-working stretches, clock stops, due. Not thread-safe: one per computation.
 */
final class Explanation {

    private final List<ExplanationLine> head = new ArrayList<>(4);
    private final List<ExplanationLine> stops = new ArrayList<>(2);

    void head(String kind, long from, Long to, String message) {
        head.add(line(kind, from, to, message));
    }

    void stop(long from, Long to, String message) {
        stops.add(line("stop", from, to, message));
    }

    /**
     * The finished list: adds a line for each run of whole non-working days and each swapped working day between
     * {@code fromDay} and {@code toDay} (inclusive), then the due line.
     */
    List<ExplanationLine> finish(UnitTimeline timeline, long fromDay, long toDay, ExplanationLine due) {
        List<ExplanationLine> lines = new ArrayList<>(head.size() + stops.size() + 6);
        lines.addAll(head);
        long day = fromDay;
        DayTable table = timeline.tableOf(day);
        while (day <= toDay) {
            if (day >= table.firstDay + table.length) {
                table = timeline.tableOf(day);
            }
            if (table.isWorking(day)) {
                String swap = table.reason(day);
                if (swap != null) {
                    lines.add(line("workday", UnitTimeline.at(day, 0), UnitTimeline.at(day + 1, 0),
                            "Làm việc " + VietnameseDates.day(day) + " (ngày làm bù): " + swap + "."));
                }
                day++;
                continue;
            }
            long runStart = day;
            Set<String> reasons = new LinkedHashSet<>();
            boolean weekly = false;
            while (day <= toDay) {
                if (day >= table.firstDay + table.length) {
                    table = timeline.tableOf(day);
                }
                if (table.isWorking(day)) {
                    break;
                }
                String reason = table.reason(day);
                if (reason == null) {
                    weekly = true;
                } else {
                    reasons.add(reason);
                }
                day++;
            }
            if (weekly) {
                reasons.add("nghỉ hằng tuần"); // named holidays first, the ordinary weekend last
            }
            long runEnd = day - 1;
            String when = runStart == runEnd ? VietnameseDates.day(runStart)
                    : "từ " + VietnameseDates.day(runStart) + " đến " + VietnameseDates.day(runEnd)
                      + " (" + (runEnd - runStart + 1) + " ngày)";
            lines.add(line("skipped", UnitTimeline.at(runStart, 0), UnitTimeline.at(runEnd + 1, 0),
                    "Không tính " + when + ": " + String.join("; ", reasons) + "."));
        }
        lines.addAll(stops);
        lines.add(due);
        return lines;
    }

    static ExplanationLine line(String kind, long from, Long to, String message) {
        return new ExplanationLine(kind, UnitTimeline.toInstant(from), to == null ? null : UnitTimeline.toInstant(to), message);
    }
}
