package vn.motcua.engine.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.calendar.CalendarStorage;
import vn.motcua.runtime.units.UnitStorage;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.SharedDocumentStore;

/**
 * Offers the unit directory's {@link UnitStorage} and the calendar's {@link CalendarStorage} on one store of shared
 * documents, and only on PostgreSQL (decision 1415): an H2 file belongs to one node, whose data folder stays the only
 * copy, exactly as before. Here because the engine sees the runtime, the calendar and the storage. The services are
 * registered by hand, not declared, so that H2 never has them (as {@link BundleStorageComponent}). Registering them
 * binds them at once into the calendar and the unit directory, which read the shared edits then; the component offers
 * itself so that {@link EngineComponent} starts only after that.
 */
@Component(service = SharedEditsComponent.class, immediate = true)
public final class SharedEditsComponent {

    /** The documents' names are the files' paths under the data folder. */
    static final String UNITS = "units.csv";
    static final String CALENDAR = "calendar/";

    private final List<ServiceRegistration<?>> registrations;

    @Activate
    public SharedEditsComponent(BundleContext context, @Reference SharedDocumentStore store, @Reference DossierStore dossiers) {
        this.registrations = dossiers.databaseProduct().contains("PostgreSQL")
                ? List.of(context.registerService(UnitStorage.class, new Units(store, Clock.systemUTC()), null),
                        context.registerService(CalendarStorage.class, new Calendar(store, Clock.systemUTC()), null))
                : List.of();
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<?> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it with the bundle
            }
        }
    }

    /** {@code <data>/units.csv} as one document. */
    record Units(SharedDocumentStore store, Clock clock) implements UnitStorage {

        @Override
        public long changeNumber() {
            return store.changeNumber();
        }

        @Override
        public State read() {
            SharedDocumentStore.Documents d = store.documents();
            return new State(d.changeNumber(), Optional.ofNullable(d.texts().get(UNITS)));
        }

        @Override
        public void write(String csv) {
            store.put(UNITS, csv, clock.instant());
        }

        @Override
        public boolean publishIfNone(Optional<String> csv) {
            return store.publishIfNone(UNITS, csv.map(text -> Map.of(UNITS, text)).orElse(Map.of()), clock.instant());
        }
    }

    /** The files of {@code <data>/calendar/}, one document each under {@code calendar/}. */
    record Calendar(SharedDocumentStore store, Clock clock) implements CalendarStorage {

        @Override
        public long changeNumber() {
            return store.changeNumber();
        }

        @Override
        public State read() {
            SharedDocumentStore.Documents d = store.documents();
            Map<String, String> files = new HashMap<>();
            d.texts().forEach((name, text) -> {
                if (name.startsWith(CALENDAR)) {
                    files.put(name.substring(CALENDAR.length()), text);
                }
            });
            return new State(d.changeNumber(), files);
        }

        @Override
        public void write(String file, String yaml) {
            store.put(CALENDAR + file, yaml, clock.instant());
        }

        @Override
        public void remove(String file) {
            store.remove(CALENDAR + file, clock.instant());
        }

        @Override
        public boolean publishIfNone(Map<String, String> files) {
            Map<String, String> named = new HashMap<>();
            files.forEach((file, text) -> named.put(CALENDAR + file, text));
            return store.publishIfNone(CALENDAR, named, clock.instant());
        }
    }
}
