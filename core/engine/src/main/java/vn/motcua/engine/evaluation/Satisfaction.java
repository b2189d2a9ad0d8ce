package vn.motcua.engine.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Ratings of dossiers (overall satisfaction, 1 không hài lòng – 3 rất hài lòng) grouped under one key.
 *
 * @param key             the unit code, procedure code or officer login
 * @param count           rated dossiers
 * @param verySatisfied   rated 3
 * @param satisfied       rated 2
 * @param unsatisfied     rated 1
 */
public record Satisfaction(String key, long count, long verySatisfied, long satisfied, long unsatisfied) {

    public static Satisfaction empty(String key) {
        return new Satisfaction(key, 0, 0, 0, 0);
    }

    /** This plus one rating. */
    public Satisfaction plus(int overall) {
        return new Satisfaction(key, count + 1, verySatisfied + (overall == 3 ? 1 : 0), satisfied + (overall == 2 ? 1 : 0),
                unsatisfied + (overall == 1 ? 1 : 0));
    }

    /** (satisfied + very satisfied) ÷ rated × 100, two decimals; null when nothing was rated. */
    public BigDecimal satisfiedPercent() {
        return count == 0 ? null : BigDecimal.valueOf((verySatisfied + satisfied) * 100L).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** Mean level, two decimals; null when nothing was rated. */
    public BigDecimal average() {
        return count == 0 ? null : BigDecimal.valueOf(3 * verySatisfied + 2 * satisfied + unsatisfied)
                .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
