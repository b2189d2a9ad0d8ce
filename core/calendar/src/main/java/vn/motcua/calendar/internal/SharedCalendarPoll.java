package vn.motcua.calendar.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ConfiguredWorkingCalendar#refresh()} every {@code motcua.edits.poll.millis} (500 ms) on one daemon thread
 * while the calendar is shared (decision 1415). The calendar does not depend on the runtime, whose poller does the same
 * for unit edits and switches, hence its own. A failed poll (database down) keeps the calendar last read and is
 * reported once on standard error, the calendar bundle having no logging dependency.
 */
final class SharedCalendarPoll implements AutoCloseable {

    static final String SETTING = "motcua.edits.poll.millis";

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "motcua calendar edits poll");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean failing;

    SharedCalendarPoll(ConfiguredWorkingCalendar calendar, long intervalMillis) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                calendar.refresh();
                failing = false;
            } catch (RuntimeException e) {
                if (!failing) {
                    System.err.println("calendar edits: cannot read the database, keeping the calendar last read (" + e + ")");
                    failing = true;
                }
            }
        }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** The setting: default 500 ms, at least 50. */
    static long interval(String value) {
        long millis;
        try {
            millis = value == null || value.isBlank() ? 500 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SETTING + " must be a whole number of milliseconds, was '" + value + "'");
        }
        if (millis < 50) {
            throw new IllegalArgumentException(SETTING + " must be at least 50, was " + millis);
        }
        return millis;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
