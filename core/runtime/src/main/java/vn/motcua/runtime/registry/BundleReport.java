package vn.motcua.runtime.registry;

import java.util.List;

/**
 * What the registry made of one procedure bundle.
 *
 * @param bundleId   framework bundle id
 * @param bundleName Bundle-SymbolicName
 * @param procedures codes registered from it
 * @param problems   why declarations were refused: {@code file:line:column: path: reason}, a conflict naming both
 *                   bundles, or a hook the bundle registered that is not used
 * @param waiting    procedures not offered until a hook they require is registered, e.g.
 *                   {@code 1.000894@1 waits for validator}
 */
public record BundleReport(long bundleId, String bundleName, List<String> procedures, List<String> problems,
                           List<String> waiting) {

    /** A report with nothing waiting. */
    public BundleReport(long bundleId, String bundleName, List<String> procedures, List<String> problems) {
        this(bundleId, bundleName, procedures, problems, List.of());
    }

    public BundleReport {
        procedures = List.copyOf(procedures);
        problems = List.copyOf(problems);
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }
}
