package vn.motcua.runtime.units;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Changes to the unit hierarchy at runtime (a new ward, an official agency code replacing a sample). Changes are
 * kept in the data folder and win over {@code config/units.csv} from then on. Thread-safe.
 */
@ProviderType
public interface UnitAdministration {

    /**
     * Creates or replaces a unit.
     *
     * @throws InvalidUnitException naming the field that is wrong: an agency code that is not 1–35 digits, capital
     *                              letters and dots (Decision 20/2020/QĐ-TTg), a parent that does not exist, a cycle
     */
    Unit save(Unit unit);
}
