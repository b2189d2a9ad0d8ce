package vn.motcua.runtime.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.runtime.units.UnitDirectory;

/** Offers the units of {@code <config>/units.csv}, with administrators' changes from the data folder, as services. */
@Component(service = {UnitDirectory.class, UnitAdministration.class})
public final class UnitDirectoryComponent implements UnitDirectory, UnitAdministration {

    private final AdministeredUnits units;

    @Activate
    public UnitDirectoryComponent(BundleContext context) {
        this.units = new AdministeredUnits(Path.of(FrameworkProperty.required(context, "motcua.config.dir")).resolve("units.csv"),
                Path.of(FrameworkProperty.required(context, "motcua.data.dir")).resolve("units.csv"));
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
