package vn.motcua.storage.internal;

import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.ProcedureSwitchRecord;
import vn.motcua.storage.ProcedureSwitchStore;

/** The {@link ProcedureSwitchStore} service on this bundle's database (like {@link ReportStoreComponent}). */
@Component(service = ProcedureSwitchStore.class)
public final class ProcedureSwitchStoreComponent implements ProcedureSwitchStore {

    private final ProcedureSwitchStore store;

    @Activate
    public ProcedureSwitchStoreComponent(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this.store = ((StorageComponent) storage).database().procedureSwitchStore();
    }

    @Override
    public long changeNumber() {
        return store.changeNumber();
    }

    @Override
    public Switches switches() {
        return store.switches();
    }

    @Override
    public void pause(ProcedureSwitchRecord pause, Instant at) {
        store.pause(pause, at);
    }

    @Override
    public boolean resume(String procedureCode, String unitCode) {
        return store.resume(procedureCode, unitCode);
    }

    @Override
    public boolean importIfEmpty(List<ProcedureSwitchRecord> pauses, Instant at) {
        return store.importIfEmpty(pauses, at);
    }
}
