package vn.motcua.portal.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.Upload;
import vn.motcua.pages.form.FormValues;

/**
 * Checked answers waiting on the "check your answers" page (issue 13), so the files chosen once are not chosen again:
 * held in this node's memory under a random token that only the citizen's HttpOnly cookie carries, for 20 minutes and
 * within a memory budget; taken once when the citizen sends. Like grants (decision 0701), a switch of node behind a load
 * balancer without sticky sessions means filling the form again. Thread-safe.
 */
final class PendingSubmissions {

    static final Duration LIFETIME = Duration.ofMinutes(20);
    /** All pending uploads together; beyond it the form asks to try again in a few minutes rather than exhaust memory. */
    static final long BUDGET_BYTES = 256L * 1024 * 1024;

    /** One checked submission and the values of the form, for the page and for "change my answers". */
    record Pending(SubmitCommand command, FormValues values, Instant expiresAt) {
        long bytes() {
            return command.uploads().stream().mapToLong(u -> u.content().length).sum();
        }
    }

    private final Map<String, Pending> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final long budgetBytes;

    PendingSubmissions(Clock clock) {
        this(clock, BUDGET_BYTES);
    }

    PendingSubmissions(Clock clock, long budgetBytes) {
        this.clock = clock;
        this.budgetBytes = budgetBytes;
    }

    /** Keeps the checked answers; empty when the budget is spent (the caller says to try again shortly). */
    synchronized Optional<String> put(SubmitCommand command, FormValues values) {
        Instant now = clock.instant();
        byToken.values().removeIf(p -> !p.expiresAt().isAfter(now));
        Pending p = new Pending(command, values, now.plus(LIFETIME));
        long used = byToken.values().stream().mapToLong(Pending::bytes).sum();
        if (used + p.bytes() > budgetBytes) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byToken.put(token, p);
        return Optional.of(token);
    }

    /** The answers under the token for this unit and procedure, if still there. */
    Optional<Pending> peek(String token, String unitCode, String procedureCode) {
        Pending p = byToken.get(token);
        if (p == null || !p.expiresAt().isAfter(clock.instant()) || !p.command().unitCode().equals(unitCode)
                || !p.command().procedureCode().equals(procedureCode)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** Removes and returns them: a second "send" of the same page finds nothing and cannot submit twice. */
    Optional<Pending> take(String token, String unitCode, String procedureCode) {
        if (peek(token, unitCode, procedureCode).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byToken.remove(token));
    }

    /** The names of the files kept for a field, as the citizen chose them. */
    static java.util.List<String> fileNames(Pending p, String fieldId) {
        return p.command().uploads().stream().filter(u -> u.field().equals(fieldId)).map(Upload::originalName).toList();
    }
}
