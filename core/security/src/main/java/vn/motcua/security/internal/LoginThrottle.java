package vn.motcua.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.storage.StaffStore;

/**
 * Failed logins counted per account and per client address in the database, so the limit holds across nodes.
 * After {@code max} failures within the window, the key is locked for {@code base · 2^(failures − max)} after the
 * last failure, capped; a success clears the account's count (not the client's: one valid account must not reset
 * an attacker's budget for guessing others).
 */
final class LoginThrottle {

    private final StaffStore store;
    private final Clock clock;
    private final SecuritySettings settings;

    LoginThrottle(StaffStore store, Clock clock, SecuritySettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    static String accountKey(String login) {
        return "account:" + login.toLowerCase(Locale.ROOT);
    }

    static String clientKey(String client) {
        return "client:" + (client == null ? "-" : client);
    }

    /** How long the login must still wait, if it is locked. */
    Optional<Duration> lockedFor(String login, String client) {
        Instant now = clock.instant();
        Optional<Duration> a = lockedFor(accountKey(login), settings.maxAccountFailures(), now);
        Optional<Duration> c = lockedFor(clientKey(client), settings.maxClientFailures(), now);
        if (a.isPresent() && c.isPresent()) {
            return Optional.of(a.get().compareTo(c.get()) >= 0 ? a.get() : c.get());
        }
        return a.isPresent() ? a : c;
    }

    private Optional<Duration> lockedFor(String key, int max, Instant now) {
        List<Instant> failures = store.loginFailures(key, now.minus(settings.failureWindow()));
        if (failures.size() < max) {
            return Optional.empty();
        }
        Instant last = failures.get(failures.size() - 1);
        Duration lock = lockout(failures.size() - max);
        Instant until = last.plus(lock);
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    Duration lockout(int excess) {
        Duration lock = settings.baseLockout().multipliedBy(1L << Math.min(excess, 20));
        return lock.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : lock;
    }

    void failed(String login, String client) {
        Instant now = clock.instant();
        store.recordLoginFailure(accountKey(login), now);
        store.recordLoginFailure(clientKey(client), now);
    }

    void succeeded(String login) {
        store.clearLoginFailures(accountKey(login));
    }

    void prune() {
        store.pruneLoginFailures(clock.instant().minus(settings.failureWindow()));
    }
}
