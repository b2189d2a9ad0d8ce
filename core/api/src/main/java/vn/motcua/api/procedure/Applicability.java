package vn.motcua.api.procedure;

import java.util.List;

/**
 * Where a procedure may be received.
 *
 * <p>A declaration with an empty {@code units} list applies to every unit of {@code level}. A declaration
 * that lists units applies to those units only and, for them, overrides a level-wide declaration of the
 * same procedure code from another bundle (a ward tailoring a city-wide procedure).
 *
 * @param level the competent level (cấp thực hiện)
 * @param units unit codes (administrative-unit or agency codes from {@code config/units.csv}); empty for level-wide
 */
public record Applicability(UnitLevel level, List<String> units) {
    public Applicability {
        java.util.Objects.requireNonNull(level, "level");
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** True when this declaration names units explicitly and so takes precedence for them. */
    public boolean isOverride() {
        return !units.isEmpty();
    }
}
