package vn.motcua.storage.internal;

import java.time.Instant;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.SharedDocumentStore;

/** The {@link SharedDocumentStore} service on this bundle's database (like {@link SharedBundleStoreComponent}). */
@Component(service = SharedDocumentStore.class)
public final class SharedDocumentStoreComponent implements SharedDocumentStore {

    private final SharedDocumentStore store;

    @Activate
    public SharedDocumentStoreComponent(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this.store = ((StorageComponent) storage).database().sharedDocumentStore();
    }

    @Override
    public long changeNumber() {
        return store.changeNumber();
    }

    @Override
    public Documents documents() {
        return store.documents();
    }

    @Override
    public void put(String name, String text, Instant at) {
        store.put(name, text, at);
    }

    @Override
    public void remove(String name, Instant at) {
        store.remove(name, at);
    }

    @Override
    public boolean publishIfNone(String prefix, Map<String, String> texts, Instant at) {
        return store.publishIfNone(prefix, texts, at);
    }
}
