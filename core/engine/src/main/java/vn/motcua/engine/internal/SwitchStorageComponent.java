package vn.motcua.engine.internal;

import java.time.Clock;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.runtime.registry.Pause;
import vn.motcua.runtime.registry.SwitchStorage;
import vn.motcua.storage.ProcedureSwitchRecord;
import vn.motcua.storage.ProcedureSwitchStore;

/**
 * The registry's {@link SwitchStorage} on the database (decision 1411). Here because the engine is the bundle that sees
 * both the runtime and the storage: neither imports the other.
 */
@Component(service = SwitchStorage.class)
public final class SwitchStorageComponent implements SwitchStorage {

    private final ProcedureSwitchStore store;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public SwitchStorageComponent(@Reference ProcedureSwitchStore store) {
        this.store = store;
    }

    @Override
    public long changeNumber() {
        return store.changeNumber();
    }

    @Override
    public State read() {
        ProcedureSwitchStore.Switches s = store.switches();
        return new State(s.changeNumber(), s.paused().stream()
                .map(p -> new Switch(p.procedureCode(), p.unitCode(), new Pause(p.reason(), p.until()))).toList());
    }

    @Override
    public void pause(String procedureCode, String unitCode, Pause pause) {
        store.pause(record(new Switch(procedureCode, unitCode, pause)), clock.instant());
    }

    @Override
    public void resume(String procedureCode, String unitCode) {
        store.resume(procedureCode, unitCode);
    }

    @Override
    public boolean importIfEmpty(List<Switch> pauses) {
        return store.importIfEmpty(pauses.stream().map(SwitchStorageComponent::record).toList(), clock.instant());
    }

    private static ProcedureSwitchRecord record(Switch s) {
        return new ProcedureSwitchRecord(s.procedureCode(), s.unitCode(), s.pause().reason(), s.pause().until());
    }
}
