/**
 * Compliance cost of a procedure (chi phí tuân thủ thủ tục hành chính, Circular 02/2017/TT-VPCP, Art. 27): what
 * one applicant spends to obtain the result, the yearly total for everyone who does it, and the saving between
 * two versions of a procedure.
 *
 * <pre>{@code
 * costs.estimate(definition).ifPresent(e -> show(e.costPerTimeVnd(), e.yearlyCostVnd()));
 * costs.compare(current, simplified).ifPresent(c -> show(c.yearlySavingVnd(), c.savingPercent()));
 * }</pre>
 */
@Export
@Version("1.0.0")
package vn.motcua.runtime.cost;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
