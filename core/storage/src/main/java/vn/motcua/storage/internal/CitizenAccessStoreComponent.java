package vn.motcua.storage.internal;

import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.CitizenAccessStore;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.GrantRecord;

/** The {@link CitizenAccessStore} service on this bundle's database (like {@link ReportStoreComponent}). */
@Component(service = CitizenAccessStore.class)
public final class CitizenAccessStoreComponent implements CitizenAccessStore {

    private final CitizenAccessStore store;

    @Activate
    public CitizenAccessStoreComponent(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this.store = ((StorageComponent) storage).database().citizenAccessStore();
    }

    @Override
    public void insertGrant(GrantRecord grant) {
        store.insertGrant(grant);
    }

    @Override
    public Optional<GrantRecord> grant(String tokenHash) {
        return store.grant(tokenHash);
    }

    @Override
    public boolean deleteGrant(String tokenHash) {
        return store.deleteGrant(tokenHash);
    }

    @Override
    public int deleteExpiredGrants(Instant now) {
        return store.deleteExpiredGrants(now);
    }

    @Override
    public int countAttempt(String key, long window) {
        return store.countAttempt(key, window);
    }

    @Override
    public int deleteAttemptWindowsBefore(long window) {
        return store.deleteAttemptWindowsBefore(window);
    }
}
