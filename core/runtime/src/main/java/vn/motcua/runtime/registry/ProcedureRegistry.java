package vn.motcua.runtime.registry;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import vn.motcua.runtime.units.Unit;

/**
 * Read access to the procedures that bundles declare, and per-unit switches. Thread-safe; reads never block.
 *
 * <p>Example: the catalogue of Phường Hoàn Kiếm is {@code registry.offeredAt(hoanKiem)}; a submission there
 * resolves {@code registry.resolve("2.000815", hoanKiem)} and gets the ward's override if one is installed.
 */
@ProviderType
public interface ProcedureRegistry {

    /** Every registered declaration, from every active bundle, sorted by code. */
    List<RegisteredProcedure> all();

    /** The procedures offered at a unit now: overrides win over level-wide declarations; disabled ones are left out. */
    List<RegisteredProcedure> offeredAt(Unit unit);

    /** Which declaration of {@code code} serves {@code unit}. */
    Resolution resolve(String code, Unit unit);

    /** Switches a procedure on or off for one unit; dossiers already received are not affected. Persisted. */
    void setEnabled(String code, String unitCode, boolean enabled);

    /** Problems of bundles whose descriptors were refused, by bundle symbolic name, in the order found. */
    List<BundleReport> reports();
}
