package vn.motcua.api.procedure;

/**
 * A time limit in working time: the legal processing time of a procedure or the budget of one step.
 *
 * <p>One working day is eight working hours (internal procedures budget steps this way, Circular
 * 01/2018/TT-VPCP). {@link Unit#SAME_DAY} is the common "trả ngay trong ngày; sau 15 giờ thì trả trong
 * ngày làm việc tiếp theo": due at the close of the day of receipt, or of the next working day when the
 * dossier arrives after the cut-off hour (configuration, default 15:00).
 *
 * @param unit   how {@code amount} is counted
 * @param amount the number of working days or hours; extra working days after the same-day rule for {@code SAME_DAY}
 */
public record TimeLimit(Unit unit, int amount) {

    /** How a time limit is counted. */
    public enum Unit {
        WORKING_DAYS, WORKING_HOURS, SAME_DAY
    }

    public TimeLimit {
        java.util.Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("time limit amount must be >= 0, was " + amount);
        }
        if (unit != Unit.SAME_DAY && amount == 0) {
            throw new IllegalArgumentException("a time limit in " + unit + " must be at least 1");
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(Unit.WORKING_DAYS, days);
    }

    public static TimeLimit workingHours(int hours) {
        return new TimeLimit(Unit.WORKING_HOURS, hours);
    }

    public static TimeLimit sameDay() {
        return new TimeLimit(Unit.SAME_DAY, 0);
    }

    /** The limit in working hours, counting a working day as 8 hours; for SAME_DAY only the extra days count. */
    public long workingHours() {
        return unit == Unit.WORKING_HOURS ? amount : amount * 8L;
    }
}
