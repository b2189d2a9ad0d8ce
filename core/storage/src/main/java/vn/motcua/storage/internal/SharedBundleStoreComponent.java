package vn.motcua.storage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.SharedBundleRecord;
import vn.motcua.storage.SharedBundleStore;

/** The {@link SharedBundleStore} service on this bundle's database (like {@link ReportStoreComponent}). */
@Component(service = SharedBundleStore.class)
public final class SharedBundleStoreComponent implements SharedBundleStore {

    private final SharedBundleStore store;

    @Activate
    public SharedBundleStoreComponent(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this.store = ((StorageComponent) storage).database().sharedBundleStore();
    }

    @Override
    public long changeNumber() {
        return store.changeNumber();
    }

    @Override
    public List<SharedBundleRecord> bundles() {
        return store.bundles();
    }

    @Override
    public Optional<byte[]> jar(String fileName) {
        return store.jar(fileName);
    }

    @Override
    public void put(String fileName, byte[] jar, String sha256, String desiredState, boolean rolledBack, Instant at) {
        store.put(fileName, jar, sha256, desiredState, rolledBack, at);
    }

    @Override
    public boolean setState(String fileName, String desiredState, Instant at) {
        return store.setState(fileName, desiredState, at);
    }
}
