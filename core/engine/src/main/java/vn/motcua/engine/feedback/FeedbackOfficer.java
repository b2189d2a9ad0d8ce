package vn.motcua.engine.feedback;

import java.util.Objects;
import java.util.Set;

/**
 * The officer acting on the feedback desk, as the caller's security established it.
 *
 * @param login     the account
 * @param units     units where the account holds any role: their feedback is visible and answerable
 * @param ledUnits  units the account leads (leader or unit administrator): may assign others and publish answers
 * @param cityAdmin a city administrator sees and may do everything
 */
public record FeedbackOfficer(String login, Set<String> units, Set<String> ledUnits, boolean cityAdmin) {
    public FeedbackOfficer {
        Objects.requireNonNull(login, "login");
        units = Set.copyOf(units);
        ledUnits = Set.copyOf(ledUnits);
    }

    /** Whether feedback held by the unit is visible to, and answerable by, this officer. */
    public boolean handles(String unitCode) {
        return cityAdmin || units.contains(unitCode);
    }

    /** Whether this officer may assign others and publish answers of the unit. */
    public boolean leads(String unitCode) {
        return cityAdmin || ledUnits.contains(unitCode);
    }
}
