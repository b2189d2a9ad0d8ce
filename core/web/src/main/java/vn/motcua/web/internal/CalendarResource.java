package vn.motcua.web.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingPeriod;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.units.Unit;

/** {@code GET /calendar/{year}} and {@code GET /procedures/{code}/appointment}: both straight from the one calendar. */
final class CalendarResource {

    /** Vietnam has one time zone and no daylight saving; times without an offset are read in it. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A year of the calendar as published. */
    record YearView(int year, boolean official, String source, List<YearSchedule.Day> nonWorkingDays,
                    List<YearSchedule.Day> swappedWorkingDays, List<WorkingPeriod> workingHours, String unit) {
    }

    /** An appointment a dossier received at {@code receivedAt} would get. */
    record AppointmentView(String code, String version, String unit, OffsetDateTime receivedAt, TimeLimit timeLimit,
                           OffsetDateTime appointment, List<LineView> explanation) {
    }

    /** One line of a deadline explanation, with times in Vietnam's offset. */
    record LineView(String kind, OffsetDateTime from, OffsetDateTime to, String message) {
        static LineView of(Deadline.ExplanationLine l) {
            return new LineView(l.kind(), vn(l.from()), vn(l.to()), l.message());
        }
    }

    private final WorkingCalendar calendar;
    private final UnitsResource units;
    private final ProceduresResource procedures;

    CalendarResource(WorkingCalendar calendar, UnitsResource units, ProceduresResource procedures) {
        this.calendar = calendar;
        this.units = units;
        this.procedures = procedures;
    }

    Reply year(ApiCall call) {
        int year;
        try {
            year = Integer.parseInt(call.path("year"));
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("year", "Năm phải là số, ví dụ 2026.");
        }
        if (year < 1901 || year > 2199) {
            throw ApiProblem.badParameter("year", "Lịch tính được cho các năm 1901–2199.");
        }
        String unitCode = units.fromQuery(call).map(Unit::code).orElse("01");
        YearSchedule s = calendar.schedule(year);
        return Reply.ok(new YearView(s.year(), s.official(), publicSource(s.source()), s.nonWorkingDays(), s.workingDays(),
                calendar.workingHours(unitCode), unitCode));
    }

    /**
     * Where a schedule comes from, as the public may read it: "config/calendar/2026.yaml", never the server's absolute
     * path (found by HostileCorpusIT, issue 13). Non-file sources ("derived", "classpath:…") are unchanged.
     */
    static String publicSource(String source) {
        if (source == null || !(source.startsWith("/") || source.matches("^[A-Za-z]:[\\/].*"))) {
            return source;
        }
        java.nio.file.Path p = java.nio.file.Path.of(source);
        int n = p.getNameCount();
        return p.subpath(Math.max(0, n - 3), n).toString().replace('\\', '/');
    }

    Reply appointment(ApiCall call) {
        Unit unit = units.requiredFromQuery(call);
        RegisteredProcedure p = procedures.offered(call.path("code"), unit, false);
        Instant receivedAt = call.query("receivedAt").map(CalendarResource::parseInstant).orElseGet(Instant::now);
        TimeLimit limit = p.definition().disclosure().timeLimit();
        Deadline d = calendar.deadline(DeadlineRequest.of(unit.code(), receivedAt, limit));
        return Reply.ok(new AppointmentView(p.code(), p.definition().version(), unit.code(), vn(receivedAt), limit,
                vn(d.due()), d.explanation().stream().map(LineView::of).toList()));
    }

    /** ISO-8601 with an offset ({@code 2026-04-24T16:30:00+07:00}, {@code ...Z}) or without (Vietnam time). */
    static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(VIETNAM).toInstant();
            } catch (DateTimeException e) {
                throw ApiProblem.badParameter("receivedAt",
                        "Thời điểm tiếp nhận phải theo ISO-8601, ví dụ 2026-04-24T16:30:00+07:00.");
            }
        }
    }

    /** Like {@link #parseInstant} for a body field: a bad value is a 422 naming the field. */
    static Instant parseInstantField(String text, String field) {
        try {
            return parseInstant(text);
        } catch (ApiProblem p) {
            String message = "Thời điểm phải theo ISO-8601, ví dụ 2026-04-24T16:30:00+07:00.";
            throw new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ", message,
                    java.util.List.of(new ApiProblem.FieldMessage(field, "invalid", message)), java.util.Map.of());
        }
    }

    static OffsetDateTime vn(Instant t) {
        return t == null ? null : t.atZone(VIETNAM).toOffsetDateTime();
    }

}
