package vn.motcua.web.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * Units and the calendar for administrators: a unit's record (a unit administrator sees their own unit, only a city
 * administrator changes the hierarchy and agency codes), each year's schedule (city administrators) and a unit's
 * closures (its unit administrator or a city administrator). Every change goes to the audit log.
 */
final class UnitsAdminResource {

    /** Body of {@code PUT /admin/units/{code}}; the code is the path's. */
    record UnitBody(String kind, String level, String name, String agencyCode, Boolean agencyCodeOfficial, String parentCode) {
    }

    /** Body of a closure. */
    record ClosureBody(String from, String to, String reason) {
    }

    private final StaffContext staff;
    private final Audit audit;
    private final UnitsResource units;
    private final UnitAdministration unitAdministration;
    private final CalendarAdministration calendar;
    private final BodyReader bodies;

    UnitsAdminResource(StaffContext staff, Audit audit, UnitsResource units, UnitAdministration unitAdministration,
                       CalendarAdministration calendar, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.staff = staff;
        this.audit = audit;
        this.units = units;
        this.unitAdministration = unitAdministration;
        this.calendar = calendar;
        this.bodies = new BodyReader(json);
    }

    Reply unit(ApiCall call) {
        Unit unit = manageable(call, call.path("code"));
        return Reply.ok(unit);
    }

    Reply saveUnit(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        UnitBody b = bodies.read(call.body(8192), UnitBody.class);
        String code = call.path("code");
        UnitLevel level;
        try {
            level = UnitLevel.valueOf(String.valueOf(b.level()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("level", "Cấp đơn vị phải là một trong: " + java.util.Arrays.toString(UnitLevel.values()) + ".");
        }
        if (b.name() == null || b.name().isBlank()) {
            throw invalid("name", "Cần tên đơn vị.");
        }
        if (b.agencyCode() == null || b.agencyCode().isBlank()) {
            throw invalid("agencyCode", "Cần mã định danh cơ quan.");
        }
        Unit saved = unitAdministration.save(new Unit(code, b.kind(), level, b.name().strip(), b.agencyCode().strip(),
                Boolean.TRUE.equals(b.agencyCodeOfficial()), b.parentCode() == null || b.parentCode().isBlank() ? null : b.parentCode().strip()));
        audit.record(call, who, "unit_saved", saved.code() + " " + saved.name() + " (" + saved.agencyCode() + ")");
        return Reply.ok(saved);
    }

    /** Body: the year's schedule in the YAML format of {@code config/calendar/<year>.yaml}. */
    Reply importYear(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        int year = year(call);
        YearSchedule s = calendar.importSchedule(new ByteArrayInputStream(call.body(256 * 1024)));
        if (s.year() != year) {
            calendar.removeSchedule(s.year());
            throw invalid("year", "Tệp lịch là của năm " + s.year() + ", không phải năm " + year + ".");
        }
        audit.record(call, who, "calendar_imported", year + ": " + s.nonWorkingDays().size() + " ngày nghỉ, "
                + s.workingDays().size() + " ngày làm bù");
        return Reply.ok(s);
    }

    Reply removeYear(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        int year = year(call);
        boolean removed = calendar.removeSchedule(year);
        if (!removed) {
            throw ApiProblem.notFound("no_such_schedule", "Năm " + year + " không có lịch do quản trị nạp.");
        }
        audit.record(call, who, "calendar_removed", String.valueOf(year));
        return Reply.noContent();
    }

    Reply closures(ApiCall call) {
        Unit unit = manageable(call, call.path("code"));
        List<UnitClosure> all = calendar.closures(unit.code());
        return Reply.ok(Map.of("unit", unit.code(), "closures", all, "count", all.size()));
    }

    Reply addClosure(ApiCall call) {
        StaffIdentity who = staff.require(call);
        Unit unit = manageable(call, call.path("code"));
        ClosureBody b = bodies.read(call.body(4096), ClosureBody.class);
        UnitClosure c = closure(unit, b);
        calendar.addClosure(c);
        audit.record(call, who, "closure_added", unit.code() + " " + c.from() + ".." + c.to() + ": " + c.reason());
        return Reply.created(c);
    }

    /** {@code DELETE /admin/units/{code}/closures?from=&to=}. */
    Reply removeClosure(ApiCall call) {
        StaffIdentity who = staff.require(call);
        Unit unit = manageable(call, call.path("code"));
        UnitClosure c = closure(unit, new ClosureBody(call.query("from").orElse(null), call.query("to").orElse(null), "-"));
        if (!calendar.removeClosure(c)) {
            throw ApiProblem.notFound("no_such_closure", "Không có ngày đóng cửa " + c.from() + "–" + c.to() + " do quản trị thêm cho đơn vị " + unit.code() + ".");
        }
        audit.record(call, who, "closure_removed", unit.code() + " " + c.from() + ".." + c.to());
        return Reply.noContent();
    }

    /** The unit, if the caller administers it (or the city); other units answer like unknown ones. */
    private Unit manageable(ApiCall call, String code) {
        StaffIdentity who = staff.require(call);
        if (!who.has(StaffRole.CITY_ADMIN) && !who.has(StaffRole.UNIT_ADMIN)) {
            throw ApiProblem.of(403, "forbidden", "Không có quyền", "Chỉ quản trị đơn vị hoặc quản trị Thành phố.");
        }
        if (!who.has(StaffRole.CITY_ADMIN) && !who.has(StaffRole.UNIT_ADMIN, code)) {
            throw ApiProblem.notFound("no_such_unit", "Không có đơn vị mã '" + code + "'.");
        }
        return units.fromPath(code);
    }

    private static UnitClosure closure(Unit unit, ClosureBody b) {
        LocalDate from = day(b.from(), "from");
        LocalDate to = day(b.to() == null ? b.from() : b.to(), "to");
        if (to.isBefore(from)) {
            throw invalid("to", "Ngày cuối không được trước ngày đầu.");
        }
        String reason = b.reason() == null || b.reason().isBlank() ? null : b.reason().strip();
        if (reason == null) {
            throw invalid("reason", "Cần lý do đóng cửa (hiện trong giải thích thời hạn).");
        }
        return new UnitClosure(unit.code(), from, to, reason);
    }

    private static LocalDate day(String v, String field) {
        try {
            return LocalDate.parse(v == null ? "" : v.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "Ngày phải có dạng 2026-11-30.");
        }
    }

    private static int year(ApiCall call) {
        try {
            int y = Integer.parseInt(call.path("year"));
            if (y >= 1901 && y <= 2199) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badParameter("year", "Năm phải là số từ 1901 đến 2199, ví dụ 2027.");
    }

    private static ApiProblem invalid(String field, String message) {
        return new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ", message,
                List.of(new ApiProblem.FieldMessage(field, "invalid", message)), Map.of());
    }
}
