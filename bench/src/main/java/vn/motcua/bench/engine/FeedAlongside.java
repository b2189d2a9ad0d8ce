package vn.motcua.bench.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.motcua.engine.internal.NotificationFeed;

/**
 * The notification feed running beside the benchmark's cases every 500 ms, as the platform's scheduler runs it
 * (decision 1103; {@code -Dbench.feed.interval=millis} to try another interval). Closing it stops it and copies what is
 * left, so the feed's whole work falls inside the measured time.
 */
final class FeedAlongside implements AutoCloseable {

    private static final long INTERVAL_MILLIS = Long.getLong("bench.feed.interval", 500);

    private final NotificationFeed feed;
    private final ScheduledExecutorService feeder;

    private FeedAlongside(NotificationFeed feed, ScheduledExecutorService feeder) {
        this.feed = feed;
        this.feeder = feeder;
    }

    /** Starts {@code feed} beside the cases if {@code on}; otherwise closing does nothing. */
    static FeedAlongside start(NotificationFeed feed, boolean on) {
        if (!on) {
            return new FeedAlongside(feed, null);
        }
        ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "notification-feed"));
        feeder.scheduleWithFixedDelay(feed::catchUp, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return new FeedAlongside(feed, feeder);
    }

    /** Stops the periodic pass and copies the messages of the last cases. */
    @Override
    public void close() throws InterruptedException {
        if (feeder == null) {
            return;
        }
        feeder.shutdown();
        feeder.awaitTermination(1, TimeUnit.MINUTES);
        feed.catchUp();
    }
}
