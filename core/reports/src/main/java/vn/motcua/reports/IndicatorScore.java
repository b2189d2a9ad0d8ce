package vn.motcua.reports;

/**
 * One Decision 766/QĐ-TTg indicator of a unit or the city.
 *
 * @param id          configuration key, e.g. {@code on-time}
 * @param group       the indicator group of Decision 766/QĐ-TTg
 * @param name        Vietnamese name
 * @param weight      maximum points
 * @param numerator   counted dossiers or answers
 * @param denominator what they are counted against; 0 when there is nothing to count
 * @param available   false when the platform has no data for it yet (e.g. online payment)
 * @param formula     the configured formula, readable
 */
public record IndicatorScore(String id, String group, String name, double weight, long numerator, long denominator,
                             boolean available, String formula) {

    /** numerator ÷ denominator, or null when not available or nothing to count. */
    public Double rate() {
        return !available || denominator == 0 ? null : (double) numerator / denominator;
    }

    /** Points: weight × rate, or null without a rate. */
    public Double points() {
        Double r = rate();
        return r == null ? null : weight * r;
    }
}
