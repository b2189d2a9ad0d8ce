package vn.motcua.outbox.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off between delivery attempts: {@code first × 2^(attempt-1)}, at most {@code max}, spread by ±20 % so
 * that the messages of one partner outage do not all come back in the same second.
 *
 * @param first       wait after the first failed attempt
 * @param max         the longest wait
 * @param maxAttempts after this many failed attempts the message is a dead letter
 * @param random      uniform in [0, 1)
 */
public record Backoff(Duration first, Duration max, int maxAttempts, DoubleSupplier random) {

    static Backoff standard(Duration first, int maxAttempts) {
        return new Backoff(first, Duration.ofHours(1), maxAttempts, Math::random);
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    Duration after(int attempt) {
        long base = first.toMillis() << Math.min(30, Math.max(0, attempt - 1));
        long capped = Math.min(base, max.toMillis());
        return Duration.ofMillis(Math.round(capped * (0.8 + 0.4 * random.getAsDouble())));
    }

    boolean exhausted(int attempt) {
        return attempt >= maxAttempts;
    }
}
