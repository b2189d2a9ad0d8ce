package vn.motcua.runtime.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.runtime.units.UnitStorage;

/**
 * Offers the units of {@code <config>/units.csv}, with administrators' changes from the data folder, as services; on
 * PostgreSQL the changes are shared by every node and polled every {@code motcua.edits.poll.millis} (decision 1415).
 */
@Component(service = {UnitDirectory.class, UnitAdministration.class})
public final class UnitDirectoryComponent implements UnitDirectory, UnitAdministration {

    private final AdministeredUnits units;
    private final long pollMillis;
    private ChangePoller poller;

    @Activate
    public UnitDirectoryComponent(BundleContext context) {
        this.units = new AdministeredUnits(Path.of(FrameworkProperty.required(context, "motcua.config.dir")).resolve("units.csv"),
                Path.of(FrameworkProperty.required(context, "motcua.data.dir")).resolve("units.csv"));
        this.pollMillis = ChangePoller.EDITS.interval(context.getProperty(ChangePoller.EDITS.name()));
    }

    /** The unit list shared by every node (PostgreSQL): read before this directory serves, then polled. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unbindStorage")
    synchronized void bindStorage(UnitStorage storage) {
        closePoller();
        units.attach(storage);
        poller = new ChangePoller("unit edits", units::refresh, pollMillis);
    }

    synchronized void unbindStorage(UnitStorage storage) {
        closePoller();
        units.detach();
    }

    @Deactivate
    synchronized void deactivate() {
        closePoller();
    }

    private void closePoller() {
        if (poller != null) {
            poller.close();
            poller = null;
        }
    }

    @Override
    public Unit save(Unit unit) {
        return units.save(unit);
    }

    @Override
    public List<Unit> all() {
        return units.all();
    }

    @Override
    public Optional<Unit> find(String code) {
        return units.find(code);
    }
}
