package vn.motcua.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads behind satisfaction figures and staff evaluation (decision 1031): the events an officer wrote, the
 * evaluations of dossiers, the apologies. Reads only; every figure is computed from these rows, so a figure and the
 * dossiers behind it agree. Thread-safe.
 */
@ProviderType
public interface StaffEvaluationStore {

    /** Events written by the account in {@code [from, to)}, oldest first. */
    List<EventRecord> eventsBy(String actor, Instant from, Instant to);

    /** The evaluations of these dossiers (those rated). */
    List<EvaluationRecord> evaluationsOf(Collection<String> dossierCodes);

    /** Evaluations made in {@code [from, to)} of dossiers received by these units ({@code null}: every unit). */
    List<EvaluationRecord> evaluations(Collection<String> unitCodes, Instant from, Instant to);

    /** Those of these dossiers that have an apology slip ({@code issue-apology} event). */
    Set<String> apologised(Collection<String> dossierCodes);
}
