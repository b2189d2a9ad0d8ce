package vn.motcua.workspace.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.ReportFilter;

/**
 * What a statistics page shows: the unit (with or without its sub-units), the procedure and the months, read from the
 * query and checked against what the officer may see. City administrators see every unit; leaders, unit administrators
 * and control officers (Directive 12/CT-UBND item 1) see their units and the units below them.
 */
record DashboardScope(String unit, boolean withSubUnits, String procedure, YearMonth from, YearMonth to, ReportFilter filter) {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Roles that open the statistics pages. */
    static boolean allowed(StaffIdentity who) {
        return who.has(StaffRole.CITY_ADMIN) || who.has(StaffRole.LEADER) || who.has(StaffRole.UNIT_ADMIN)
                || who.has(StaffRole.CONTROL_OFFICER);
    }

    /** Units whose figures {@code who} may see, with their sub-units; empty for a city administrator (all units). */
    static Set<String> visibleUnits(StaffIdentity who, UnitDirectory units) {
        Set<String> out = new LinkedHashSet<>();
        for (StaffRole role : List.of(StaffRole.LEADER, StaffRole.UNIT_ADMIN, StaffRole.CONTROL_OFFICER)) {
            for (String u : who.unitsWith(role)) {
                out.addAll(withDescendants(u, units));
            }
        }
        return out;
    }

    static List<String> withDescendants(String unit, UnitDirectory units) {
        List<String> out = new ArrayList<>(List.of(unit));
        for (int i = 0; i < out.size(); i++) {
            String parent = out.get(i);
            units.all().stream().filter(u -> parent.equals(u.parentCode())).map(Unit::code).forEach(out::add);
        }
        return out;
    }

    /** Bad input: the field and what is wrong, in the reader's language. */
    static final class BadScope extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;

        BadScope(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /**
     * The scope of a request. Parameters: {@code don-vi} (unit code; none = every unit the officer sees),
     * {@code cap-duoi} (0 = the unit alone), {@code thu-tuc}, {@code tu} and {@code den} (yyyy-MM; default the last 12
     * months).
     *
     * @return empty when the officer may not see the unit asked for
     */
    static Optional<DashboardScope> of(Req r, UnitDirectory units, Clock clock) throws BadScope {
        YearMonth now = YearMonth.now(clock.withZone(HANOI));
        YearMonth to = month(r, "den", now);
        YearMonth from = month(r, "tu", to.minusMonths(11));
        if (from.isAfter(to)) {
            throw new BadScope("tu", r.t("scope.fromAfterTo", from, to));
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new BadScope("tu", r.t("scope.tooLong"));
        }
        String unit = r.param("don-vi").orElse("");
        boolean sub = !"0".equals(r.param("cap-duoi").orElse("1"));
        if (!unit.isEmpty() && units.find(unit).isEmpty()) {
            throw new BadScope("don-vi", r.t("scope.noUnit", unit));
        }
        String procedure = r.param("thu-tuc").orElse(null);
        if (procedure != null && !procedure.matches("[0-9A-Za-z.\\-_]{1,64}")) {
            throw new BadScope("thu-tuc", r.t("scope.badProcedure"));
        }
        boolean city = r.who.has(StaffRole.CITY_ADMIN);
        List<String> chosen;
        if (city) {
            chosen = unit.isEmpty() ? List.of() : sub ? withDescendants(unit, units) : List.of(unit);
        } else {
            Set<String> visible = visibleUnits(r.who, units);
            if (!unit.isEmpty() && !visible.contains(unit)) {
                return Optional.empty();
            }
            chosen = unit.isEmpty() ? List.copyOf(visible) : sub ? withDescendants(unit, units) : List.of(unit);
        }
        ReportFilter filter = new ReportFilter(chosen, procedure, from.getYear() * 100 + from.getMonthValue(),
                to.getYear() * 100 + to.getMonthValue());
        return Optional.of(new DashboardScope(unit, sub, procedure, from, to, filter));
    }

    private static YearMonth month(Req r, String name, YearMonth fallback) throws BadScope {
        Optional<String> v = r.param(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return YearMonth.parse(v.get());
        } catch (DateTimeParseException e) {
            throw new BadScope(name, r.t("scope.badMonth"));
        }
    }

    /** The query string of this scope, for links that keep it, with extra parameters appended. */
    String query(String... extra) {
        StringBuilder q = new StringBuilder("?tu=").append(from).append("&den=").append(to);
        if (!unit.isEmpty()) {
            q.append("&don-vi=").append(WorkPages.enc(unit));
        }
        if (!withSubUnits) {
            q.append("&cap-duoi=0");
        }
        if (procedure != null) {
            q.append("&thu-tuc=").append(WorkPages.enc(procedure));
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            q.append('&').append(extra[i]).append('=').append(WorkPages.enc(extra[i + 1]));
        }
        return q.toString();
    }
}
