package vn.motcua.engine.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.runtime.deploy.BundleStorage;
import vn.motcua.storage.SharedBundleStore;
import vn.motcua.storage.DossierStore;

/**
 * Offers the runtime's {@link BundleStorage} on the database, and only on PostgreSQL (decision 1413): an H2 file belongs
 * to one node, whose deploy folder stays the only source, exactly as before. Here because the engine sees both the
 * runtime and the storage. The service is registered by hand, not declared, so that H2 never has it at all.
 */
@Component(immediate = true)
public final class BundleStorageComponent {

    private final ServiceRegistration<BundleStorage> registration;

    @Activate
    public BundleStorageComponent(BundleContext context, @Reference SharedBundleStore store, @Reference DossierStore dossiers) {
        this.registration = dossiers.databaseProduct().contains("PostgreSQL")
                ? context.registerService(BundleStorage.class, new Shared(store, Clock.systemUTC()), null)
                : null;
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it with the bundle
            }
        }
    }

    /** The adapter itself: the runtime's names on the storage's rows. */
    static final class Shared implements BundleStorage {
        private final SharedBundleStore store;
        private final Clock clock;

        Shared(SharedBundleStore store, Clock clock) {
            this.store = store;
            this.clock = clock;
        }

        @Override
        public long changeNumber() {
            return store.changeNumber();
        }

        @Override
        public List<Desired> desired() {
            return store.bundles().stream().map(r -> new Desired(r.fileName(), r.sha256(), State.valueOf(r.desiredState()),
                    r.rolledBack(), r.revision())).toList();
        }

        @Override
        public Optional<byte[]> jar(String file) {
            return store.jar(file);
        }

        @Override
        public void store(String file, byte[] jar, State state, boolean rolledBack) {
            store.put(file, jar, sha256(jar), state.name(), rolledBack, clock.instant());
        }

        @Override
        public void state(String file, State state) {
            store.setState(file, state.name(), clock.instant());
        }

        static String sha256(byte[] bytes) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
