package vn.motcua.runtime.units;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to the unit hierarchy. Thread-safe. */
@ProviderType
public interface UnitDirectory {

    /** Every unit, parents before children, in the order of the configuration. */
    List<Unit> all();

    /** The unit with this code. */
    Optional<Unit> find(String code);
}
