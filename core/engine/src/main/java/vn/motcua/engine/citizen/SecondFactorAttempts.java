package vn.motcua.engine.citizen;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one throttle of every second-factor use (lookup, grant, withdrawal, supplement, feedback tracking, in the API
 * and the portal alike): each attempt to prove a dossier code with a phone or personal identification number counts
 * here, under the same limits, so that trying factors on one endpoint spends the budget of all of them (issue 13).
 *
 * <p>Attempts are counted per client and dossier (a guesser at one dossier), per client (a guesser across
 * dossiers), and per dossier from all clients together (a ceiling against many addresses). A stranger therefore
 * exhausts only their own budget: the applicant, from another address, still gets in until the ceiling is reached,
 * which takes many addresses at once. Callers check before they verify the factor and answer a refused attempt with
 * {@code 429} and {@link #retryAfter()}, whether the code exists or not.
 *
 * <pre>{@code
 * if (!attempts.tryAcquire(clientAddress, "dossier:" + code)) {
 *     return tooManyAttempts(attempts.retryAfter());
 * }
 * Optional<Grant> g = desk.open(code, factor);   // empty alike for an unknown code and a wrong factor
 * }</pre>
 *
 * Thread-safe; the platform counts in the database, so the limits hold across all nodes (decisions 1603, 1410).
 */
@ProviderType
public interface SecondFactorAttempts {

    /**
     * Counts one attempt.
     *
     * @param client the client address as the HTTP layer resolved it (trusted proxies only)
     * @param target what the factor would open, e.g. {@code dossier:<code>} or {@code feedback:<reference>}
     * @return false when a limit is reached: do not check the factor, answer 429
     */
    boolean tryAcquire(String client, String target);

    /** How long a refused client should wait, for {@code Retry-After}. */
    Duration retryAfter();
}
