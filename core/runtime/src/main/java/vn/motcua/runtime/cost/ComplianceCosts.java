package vn.motcua.runtime.cost;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.motcua.api.procedure.ProcedureDefinition;

/**
 * Computes compliance costs with the income rate of the configuration ({@code config/compliance-cost.properties}).
 * Thread-safe.
 */
@ProviderType
public interface ComplianceCosts {

    /** The income per hour that values the applicant's time, in đồng (configuration). */
    long incomeVndPerHour();

    /** The cost of the procedure; empty when its descriptor declares no {@code complianceCost}. */
    Optional<ComplianceCostEstimate> estimate(ProcedureDefinition procedure);

    /**
     * What {@code after} saves against {@code before} (e.g. the running version and a simplified draft); empty
     * when either declares no {@code complianceCost}.
     */
    Optional<CostComparison> compare(ProcedureDefinition before, ProcedureDefinition after);
}
