package vn.motcua.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.security.AuditLog;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffAuthenticator;
import vn.motcua.security.StaffDirectory;
import vn.motcua.security.StaffSessions;
import vn.motcua.storage.StaffStore;

/**
 * Wires the security core over the {@link StaffStore}, creates the first administrator, and offers {@link StaffAuthenticator}, {@link StaffSessions}, {@link StaffAccounts}
 * {@link AuditLog} and {@link StaffDirectory}. Registered by hand rather than as several components so that they share one hasher,
 * one throttle and one settings object.
 */
@Component(immediate = true, service = {})
public final class SecurityComponent {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityComponent.class);

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "motcua-security-sweep");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public SecurityComponent(BundleContext context, @Reference StaffStore store) {
        Clock clock = Clock.systemUTC();
        Secrets secrets = new Secrets(new SecureRandom());
        SecuritySettings settings = SecuritySettings.from(context::getProperty);
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT, secrets);
        AuditTrail audit = new AuditTrail(store, clock);
        SessionService sessions = new SessionService(store, hasher, audit, secrets, clock, settings);
        AccountService accounts = new AccountService(store, hasher, secrets, clock);
        Bootstrap bootstrap = new Bootstrap(store, hasher, secrets, clock, System.out);
        bootstrap.firstAdministrator(bootstrapPassword(context));
        registrations.add(context.registerService(AuditLog.class, audit, null));
        registrations.add(context.registerService(StaffAccounts.class, accounts, null));
        registrations.add(context.registerService(StaffDirectory.class, new Directory(store), null));
        registrations.add(context.registerService(new String[] {StaffAuthenticator.class.getName(), StaffSessions.class.getName()}, sessions, null));
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sessions.sweep();
            } catch (RuntimeException e) {
                LOG.warn("sweeping expired sessions failed: {}", e.getMessage());
            }
        }, 1, 10, TimeUnit.MINUTES);
        LOG.info("staff security ready: session idle {} absolute {}, lockout after {} failures", settings.sessionIdle(),
                settings.sessionAbsolute(), settings.maxAccountFailures());
    }

    /**
     * The launcher's one-shot {@code Supplier<String>} with {@code motcua.secret=admin-password}: it answers once and
     * is hidden from procedure bundles, unlike a framework property (decision 1620). {@code null} when none was given.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String bootstrapPassword(BundleContext context) {
        try {
            for (ServiceReference<Supplier> ref : context.getServiceReferences(Supplier.class, "(motcua.secret=admin-password)")) {
                Supplier<String> secret = context.getService(ref);
                try {
                    return secret == null ? null : secret.get();
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the bootstrap secret filter is wrong", e);
        }
        return null;
    }

    @Deactivate
    void deactivate() {
        sweeper.shutdownNow();
        for (ServiceRegistration<?> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework unregistered it first
            }
        }
        registrations.clear();
    }
}
