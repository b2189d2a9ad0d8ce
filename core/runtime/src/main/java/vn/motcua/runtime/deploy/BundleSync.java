package vn.motcua.runtime.deploy;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether this node keeps up with the procedure bundles shared by every node (decision 1413): the readiness check
 * reads it, so a node whose reconciliation keeps failing or hangs stops getting traffic instead of serving another set
 * of procedures than its neighbours (decision 1414).
 *
 * @param shared        whether bundles are shared at all (PostgreSQL); a node on its own is always in step
 * @param since         when reconciliation started on this node
 * @param lastSuccessAt the end of the last pass that read the shared state and applied it, or null before the first
 * @param lastError     why the last pass failed, or null when it did not
 * @param staleAfter    how long without a successful pass before the node is out of step
 */
public record BundleSync(boolean shared, Instant since, Instant lastSuccessAt, String lastError, Duration staleAfter) {

    /** A node that does not share its bundles with others. */
    public static final BundleSync ALONE = new BundleSync(false, Instant.EPOCH, null, null, Duration.ZERO);

    /** In step: not shared, or a pass succeeded (or reconciliation began) within {@link #staleAfter()} of now. */
    public boolean inStep(Instant now) {
        if (!shared) {
            return true;
        }
        Instant last = lastSuccessAt != null ? lastSuccessAt : since;
        return !now.isAfter(last.plus(staleAfter));
    }
}
