package vn.motcua.storage.internal;

import java.time.Duration;
import java.util.function.Function;

/**
 * How the PostgreSQL connection pool (HikariCP, decision 1400) is sized and checked. The embedded H2 file keeps its own
 * pool ({@link ConnectionPool}) and only uses {@link #maxSize}.
 *
 * @param maxSize           most connections open at once ({@code motcua.db.pool.maxSize}, default 16)
 * @param connectionTimeout longest wait for a free connection before the request fails ({@code motcua.db.pool.connectionTimeoutSeconds}, 30)
 * @param maxLifetime       a connection is replaced after this long, before a firewall or PostgreSQL's
 *                          {@code idle_session_timeout} drops it ({@code motcua.db.pool.maxLifetimeSeconds}, 1800)
 * @param keepalive         idle connections are validated this often ({@code motcua.db.pool.keepaliveSeconds}, 120)
 * @param leakDetection     a connection held longer than this is logged with the stack that took it, 0 switches it off
 *                          ({@code motcua.db.pool.leakDetectionSeconds}, 60: no request of ours holds one that long)
 */
public record PoolSettings(int maxSize, Duration connectionTimeout, Duration maxLifetime, Duration keepalive, Duration leakDetection) {

    public PoolSettings {
        if (maxSize <= 0) {
            throw new IllegalArgumentException("motcua.db.pool.maxSize must be at least 1, was " + maxSize);
        }
    }

    public static PoolSettings defaults() {
        return new PoolSettings(16, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofMinutes(1));
    }

    public PoolSettings withMaxSize(int size) {
        return new PoolSettings(size, connectionTimeout, maxLifetime, keepalive, leakDetection);
    }

    /** The defaults, overridden by whichever {@code motcua.db.pool.*} properties {@code property} knows. */
    public static PoolSettings from(Function<String, String> property) {
        PoolSettings d = defaults();
        return new PoolSettings(
                number(property, "motcua.db.pool.maxSize", d.maxSize()),
                Duration.ofSeconds(number(property, "motcua.db.pool.connectionTimeoutSeconds", (int) d.connectionTimeout().toSeconds())),
                Duration.ofSeconds(number(property, "motcua.db.pool.maxLifetimeSeconds", (int) d.maxLifetime().toSeconds())),
                Duration.ofSeconds(number(property, "motcua.db.pool.keepaliveSeconds", (int) d.keepalive().toSeconds())),
                Duration.ofSeconds(number(property, "motcua.db.pool.leakDetectionSeconds", (int) d.leakDetection().toSeconds())));
    }

    private static int number(Function<String, String> property, String name, int fallback) {
        String value = property.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of 0 or more, was '" + value + "'");
        }
    }
}
