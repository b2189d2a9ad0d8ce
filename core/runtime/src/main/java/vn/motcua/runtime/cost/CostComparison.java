package vn.motcua.runtime.cost;

import java.math.BigDecimal;

/**
 * The saving of a simplified version against the current one ("chi phí tiết kiệm", Circular 02/2017/TT-VPCP,
 * Art. 27): positive when the simplification is cheaper, negative when it costs more.
 *
 * @param before             the current version
 * @param after              the simplified version
 * @param savingPerTimeVnd   before.costPerTime − after.costPerTime
 * @param yearlySavingVnd    before.yearlyCost − after.yearlyCost
 * @param savingPercent      yearlySaving ÷ before.yearlyCost × 100, two decimals; zero when before costs nothing
 */
public record CostComparison(ComplianceCostEstimate before, ComplianceCostEstimate after, long savingPerTimeVnd,
                             long yearlySavingVnd, BigDecimal savingPercent) {
}
