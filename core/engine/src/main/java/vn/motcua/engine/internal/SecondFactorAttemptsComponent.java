package vn.motcua.engine.internal;

import java.time.Clock;
import java.time.Duration;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.CitizenAccessStore;
import vn.motcua.engine.citizen.SecondFactorAttempts;

/**
 * The platform's one {@link SecondFactorAttempts}, with limits from the framework properties
 * {@code motcua.secondFactor.perClientAndDossier}, {@code motcua.secondFactor.perClient} and
 * {@code motcua.secondFactor.perDossier} (attempts per minute), counted in the database for all nodes (decision 1410).
 */
@Component(service = SecondFactorAttempts.class)
public final class SecondFactorAttemptsComponent implements SecondFactorAttempts {

    private final SecondFactorThrottle throttle;

    @Activate
    public SecondFactorAttemptsComponent(BundleContext context, @Reference CitizenAccessStore store) {
        SecondFactorThrottle.Limits d = SecondFactorThrottle.Limits.DEFAULTS;
        this.throttle = new SecondFactorThrottle(new SecondFactorThrottle.Limits(
                number(context, "motcua.secondFactor.perClientAndDossier", d.perClientAndTarget()),
                number(context, "motcua.secondFactor.perClient", d.perClient()),
                number(context, "motcua.secondFactor.perDossier", d.perTarget())), Clock.systemUTC(),
                new SharedAttemptWindows(store));
    }

    private static int number(BundleContext context, String key, int fallback) {
        String v = context.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1) {
                throw new IllegalArgumentException(key + " must be at least 1: " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + v, e);
        }
    }

    @Override
    public boolean tryAcquire(String client, String target) {
        return throttle.tryAcquire(client, target);
    }

    @Override
    public Duration retryAfter() {
        return throttle.retryAfter();
    }
}
