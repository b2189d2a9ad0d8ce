package vn.motcua.security.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Tunables, from framework (or system) properties {@code motcua.session.idle}, {@code motcua.session.absolute},
 * {@code motcua.login.maxFailures}, {@code motcua.login.maxClientFailures}, {@code motcua.login.lockout},
 * {@code motcua.token.maxValidity} (durations in ISO-8601, e.g. {@code PT30M}).
 *
 * @param sessionIdle        a session unused this long ends
 * @param sessionAbsolute    a session ends this long after login, used or not
 * @param maxAccountFailures failures of one account from one client within {@code failureWindow} before that pair is locked
 * @param maxClientFailures  failures from one client address within {@code failureWindow} before it is locked
 * @param maxAccountFailuresAllClients failures of one account from all clients before it is locked for everyone
 * @param baseLockout        first lockout; doubles with every further failure
 * @param maxLockout         longest lockout
 * @param failureWindow      failures older than this are forgotten
 * @param tokenValidity      validity of an API token when the request names none
 * @param maxTokenValidity   longest validity of an API token
 */
record SecuritySettings(Duration sessionIdle, Duration sessionAbsolute, int maxAccountFailures, int maxClientFailures,
                        int maxAccountFailuresAllClients, Duration baseLockout, Duration maxLockout, Duration failureWindow,
                        Duration tokenValidity, Duration maxTokenValidity) {

    /** Tokens: 30 days unless asked, 90 at most (decision 1601). */
    static final SecuritySettings DEFAULTS = new SecuritySettings(Duration.ofMinutes(30), Duration.ofHours(12), 5, 20, 100,
            Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofDays(90));

    static SecuritySettings from(Function<String, String> properties) {
        SecuritySettings d = DEFAULTS;
        return new SecuritySettings(
                duration(properties, "motcua.session.idle", d.sessionIdle()),
                duration(properties, "motcua.session.absolute", d.sessionAbsolute()),
                number(properties, "motcua.login.maxFailures", d.maxAccountFailures()),
                number(properties, "motcua.login.maxClientFailures", d.maxClientFailures()),
                number(properties, "motcua.login.maxAccountFailures", d.maxAccountFailuresAllClients()),
                duration(properties, "motcua.login.lockout", d.baseLockout()),
                d.maxLockout(), d.failureWindow(),
                duration(properties, "motcua.token.validity", d.tokenValidity()),
                duration(properties, "motcua.token.maxValidity", d.maxTokenValidity()));
    }

    private static Duration duration(Function<String, String> properties, String key, Duration fallback) {
        String v = properties.apply(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(v.strip());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(key + " must be positive: " + v);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not an ISO-8601 duration such as PT30M: " + v, e);
        }
    }

    private static int number(Function<String, String> properties, String key, int fallback) {
        String v = properties.apply(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        int n = Integer.parseInt(v.strip());
        if (n < 1) {
            throw new IllegalArgumentException(key + " must be at least 1: " + v);
        }
        return n;
    }
}
