package vn.motcua.storage;

import java.time.Instant;

/**
 * How far a follower of the events may move its mark (decision 1011): past every event it has read, except beyond a gap
 * in the ids that may still fill. Ids come from a sequence, so a transaction can take an id and commit after a later
 * one: a missing id is a transaction still running (or one rolled back, or ids a restart skipped). The mark stops
 * before such a gap until an event read after it occurred before {@code settledBefore}: a transaction that took a
 * smaller id started earlier still, and transactions end well within the settling time, so the gap can no longer fill.
 * Events past the mark are read again by the next pass; followers are idempotent. Not thread-safe (one pass).
 */
public final class SettledMark {

    private long mark;
    private final Instant settledBefore;

    /**
     * @param mark          the stored mark: every event with a smaller or equal id has been taken into account
     * @param settledBefore events that occurred before this can no longer be preceded by an uncommitted id
     */
    public SettledMark(long mark, Instant settledBefore) {
        this.mark = mark;
        this.settledBefore = settledBefore;
    }

    /** Takes into account an event read in increasing id order. */
    public void read(FedEvent e) {
        if (e.id() <= mark) {
            return;
        }
        if (e.id() == mark + 1 || e.at().isBefore(settledBefore)) {
            mark = e.id();
        }
    }

    /** The mark to store: every id up to it has been read or will never appear. */
    public long mark() {
        return mark;
    }
}
