package vn.motcua.runtime.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;

/** Offers the units of {@code <config>/units.csv} as a service. */
@Component(service = UnitDirectory.class)
public final class UnitDirectoryComponent implements UnitDirectory {

    private final UnitDirectory units;

    @Activate
    public UnitDirectoryComponent(BundleContext context) {
        this.units = CsvUnitDirectory.load(Path.of(FrameworkProperty.required(context, "motcua.config.dir")).resolve("units.csv"));
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
