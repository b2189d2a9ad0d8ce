package vn.motcua.engine.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hand-overs of one step by one officer, classed against the step's deadline.
 *
 * @param stepId the step
 * @param early  handed over on an earlier day than due
 * @param onTime on the due day, not after it
 * @param late   after the deadline (overdue steps)
 */
public record StepTimeliness(String stepId, int early, int onTime, int late) {

    public int total() {
        return early + onTime + late;
    }

    /** (early + on time) ÷ total × 100, two decimals; null without hand-overs. */
    public BigDecimal onTimePercent() {
        return total() == 0 ? null : BigDecimal.valueOf((early + onTime) * 100L).divide(BigDecimal.valueOf(total()), 2, RoundingMode.HALF_UP);
    }
}
