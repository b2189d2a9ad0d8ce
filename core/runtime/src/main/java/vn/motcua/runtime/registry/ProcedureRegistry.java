package vn.motcua.runtime.registry;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
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

    /**
     * Switches a procedure off for one unit with the reason and end date citizens are shown ({@link Resolution#pause()});
     * switched on again with {@link #setEnabled}. Persisted.
     *
     * @since 1.2
     */
    void pause(String code, String unitCode, Pause pause);

    /**
     * Problems of bundles whose descriptors were refused, hooks that are registered but not used, and procedures
     * waiting for a hook, by bundle, in the order found.
     */
    List<BundleReport> reports();

    /**
     * The cross-field validators bound to a procedure (registered with {@code motcua.procedure=<code>}), in the order
     * registered. The binding rules are {@link vn.motcua.descriptor.HookBindings}'s, the same as in the test kit.
     */
    List<FormValidator> validators(String code);

    /** The automated step bound to a procedure's step; a second hook for the same step is refused and reported. */
    Optional<AutomatedStep> automatedStep(String code, String stepId);
}
