package vn.motcua.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.storage.StaffStore;

/**
 * Failed logins counted in the database, so the limit holds across nodes, under three keys: the account from one
 * client (5), the client for all accounts (20), and the account from all clients (100, NIST SP 800-63B §5.2.2). A
 * stranger therefore locks out only themselves: the account stays open to its owner's address until a hundred
 * failures arrive from several addresses (issue 16: five wrong passwords from anywhere locked {@code admin} out for
 * everyone). After {@code max} failures within the window, the key is locked for {@code base · 2^(failures − max)}
 * after the last failure, capped; a success clears the account's counts (not the client's: one valid account must not
 * reset an attacker's budget for guessing others).
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

    static String accountFromClientKey(String login, String client) {
        return accountKey(login) + " from:" + (client == null ? "-" : client);
    }

    /** How long the login must still wait, if it is locked. */
    Optional<Duration> lockedFor(String login, String client) {
        Instant now = clock.instant();
        return java.util.stream.Stream.of(
                        lockedFor(accountFromClientKey(login, client), settings.maxAccountFailures(), now),
                        lockedFor(clientKey(client), settings.maxClientFailures(), now),
                        lockedFor(accountKey(login), settings.maxAccountFailuresAllClients(), now))
                .flatMap(Optional::stream).max(Duration::compareTo);
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
        store.recordLoginFailure(accountFromClientKey(login, client), now);
        store.recordLoginFailure(clientKey(client), now);
        store.recordLoginFailure(accountKey(login), now);
    }

    void succeeded(String login, String client) {
        store.clearLoginFailures(accountFromClientKey(login, client));
        store.clearLoginFailures(accountKey(login));
    }

    void prune() {
        store.pruneLoginFailures(clock.instant().minus(settings.failureWindow()));
    }
}
