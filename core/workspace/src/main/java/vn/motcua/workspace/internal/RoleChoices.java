package vn.motcua.workspace.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffRole;

/** The units and roles an administrator may grant, as the console's forms offer them and read them back. Stateless. */
final class RoleChoices {

    private final UnitDirectory units;

    RoleChoices(UnitDirectory units) {
        this.units = units;
    }

    /** Roles the caller may grant: a unit administrator never grants CITY_ADMIN. */
    static Set<StaffRole> grantable(Req r) {
        Set<StaffRole> all = EnumSet.allOf(StaffRole.class);
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            all.remove(StaffRole.CITY_ADMIN);
        }
        return all;
    }

    private List<Unit> managedUnits(Req r) {
        return units.all().stream().filter(u -> AdminPages.manages(r, u.code())).sorted(Comparator.comparing(Unit::code)).toList();
    }

    static String grants(Messages m, Set<RoleGrant> grants) {
        return String.join(", ", grants.stream().sorted(Comparator.comparing(RoleGrant::unitCode).thenComparing(RoleGrant::role))
                .map(g -> Labels.role(m, g.role()) + " – " + g.unitCode()).toList());
    }

    /** The unit and role to grant, as two selects named {@code don-vi} and {@code vai-tro}; {@code none} adds an empty choice. */
    void select(Html h, Req r, String prefix, String none) {
        h.el("label", r.t("roles.unit"), "for", prefix + "-don-vi").open("select", "id", prefix + "-don-vi", "name", "don-vi");
        if (none != null) {
            h.el("option", none, "value", "");
        }
        managedUnits(r).forEach(u -> h.el("option", u.code() + " – " + u.name(), "value", u.code()));
        h.close("select");
        h.el("label", r.t("roles.role"), "for", prefix + "-vai-tro").open("select", "id", prefix + "-vai-tro", "name", "vai-tro");
        grantable(r).forEach(x -> h.el("option", Labels.role(r.messages(), x), "value", x.name()));
        h.close("select");
    }

    /** The grant a form chose; empty for no unit, an unknown unit or an unknown role. */
    Optional<RoleGrant> grant(String unit, String role) {
        try {
            return unit.isBlank() || units.find(unit).isEmpty() ? Optional.empty()
                    : Optional.of(new RoleGrant(unit, StaffRole.valueOf(role)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
