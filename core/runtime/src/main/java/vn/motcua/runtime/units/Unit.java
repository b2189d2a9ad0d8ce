package vn.motcua.runtime.units;

import java.util.Objects;
import vn.motcua.api.procedure.UnitLevel;

/**
 * One unit of the hierarchy.
 *
 * @param code               motcua's stable id: the 5-digit administrative code of a ward or commune, {@code 01}
 *                           for the city, a short code such as {@code SXD} for a department
 * @param kind               {@code city}, {@code department}, {@code center}, {@code phuong}, {@code xa}
 * @param level              the level procedures are declared for
 * @param name               official Vietnamese name
 * @param agencyCode         electronic agency identifier (mã định danh, Decision 20/2020/QĐ-TTg), used in dossier codes
 * @param agencyCodeOfficial false while the identifier is a sample awaiting the official list
 * @param parentCode         the parent unit, or {@code null} for the root
 */
public record Unit(String code, String kind, UnitLevel level, String name, String agencyCode,
                   boolean agencyCodeOfficial, String parentCode) {
    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agencyCode, "agencyCode");
    }
}
