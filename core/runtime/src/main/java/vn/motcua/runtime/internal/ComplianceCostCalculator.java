package vn.motcua.runtime.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import vn.motcua.api.procedure.ComplianceCost;
import vn.motcua.api.procedure.Fee;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.runtime.cost.ComplianceCostEstimate;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.cost.CostComparison;

/**
 * The method of Circular 02/2017/TT-VPCP, Art. 27 (domain.md §8): cost of once = hours of the applicant's tasks
 * × income per hour + fees and charges + other statutory costs; yearly cost = cost of once × times a year ×
 * subjects a year; no opportunity cost; saving = current − simplified. Plain Java, thread-safe.
 */
public final class ComplianceCostCalculator implements ComplianceCosts {

    private final long incomeVndPerHour;

    public ComplianceCostCalculator(long incomeVndPerHour) {
        if (incomeVndPerHour < 0) {
            throw new IllegalArgumentException("incomeVndPerHour must not be negative, was " + incomeVndPerHour);
        }
        this.incomeVndPerHour = incomeVndPerHour;
    }

    @Override
    public long incomeVndPerHour() {
        return incomeVndPerHour;
    }

    @Override
    public Optional<ComplianceCostEstimate> estimate(ProcedureDefinition p) {
        ComplianceCost c = p.complianceCost();
        if (c == null) {
            return Optional.empty();
        }
        // Hours as decimals (1.5 h stays exact), money rounded once at the end, so that the yearly total is the
        // once-cost the citizen sees multiplied out, not a sum of rounding errors.
        BigDecimal hours = c.tasks().stream().map(t -> BigDecimal.valueOf(t.hours())).reduce(BigDecimal.ZERO, BigDecimal::add);
        long time = hours.multiply(BigDecimal.valueOf(incomeVndPerHour)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long fees = p.disclosure().fees().stream().mapToLong(Fee::amountVnd).sum();
        long once = Math.addExact(Math.addExact(time, fees), c.otherCostsVnd());
        long yearly = Math.multiplyExact(Math.multiplyExact(once, (long) c.timesPerYear()), c.subjectsPerYear());
        return Optional.of(new ComplianceCostEstimate(p.code(), p.version(), hours.stripTrailingZeros(), incomeVndPerHour,
                time, fees, c.otherCostsVnd(), once, c.timesPerYear(), c.subjectsPerYear(), yearly));
    }

    @Override
    public Optional<CostComparison> compare(ProcedureDefinition before, ProcedureDefinition after) {
        Optional<ComplianceCostEstimate> b = estimate(before);
        Optional<ComplianceCostEstimate> a = estimate(after);
        if (b.isEmpty() || a.isEmpty()) {
            return Optional.empty();
        }
        long perTime = b.get().costPerTimeVnd() - a.get().costPerTimeVnd();
        long yearly = b.get().yearlyCostVnd() - a.get().yearlyCostVnd();
        BigDecimal percent = b.get().yearlyCostVnd() == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(yearly).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(b.get().yearlyCostVnd()), 2, RoundingMode.HALF_UP);
        return Optional.of(new CostComparison(b.get(), a.get(), perTime, yearly, percent));
    }
}
