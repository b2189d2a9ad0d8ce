package vn.motcua.engine.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Satisfaction and staff evaluation from the dossier events (decision 1031). Periods are days in Vietnam, both
 * included, at most 366 days. Thread-safe.
 *
 * @throws IllegalArgumentException when {@code to} is before {@code from} or the period exceeds 366 days
 */
@ProviderType
public interface StaffEvaluation {

    /** The officer's handling results in the period. */
    OfficerEvaluation officer(String login, LocalDate from, LocalDate to);

    /**
     * Ratings made in the period for dossiers of the units ({@code null}: every unit), per unit and procedure, and
     * for each of {@code officers} the ratings of the dossiers they handled in the period.
     */
    SatisfactionReport satisfaction(Collection<String> units, Collection<String> officers, LocalDate from, LocalDate to);
}
