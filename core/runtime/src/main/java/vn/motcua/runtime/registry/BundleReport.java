package vn.motcua.runtime.registry;

import java.util.List;

/**
 * What the registry made of one procedure bundle.
 *
 * @param bundleId   framework bundle id
 * @param bundleName Bundle-SymbolicName
 * @param procedures codes registered from it
 * @param problems   why declarations were refused: {@code file:line:column: path: reason}, or a conflict naming both bundles
 */
public record BundleReport(long bundleId, String bundleName, List<String> procedures, List<String> problems) {
    public BundleReport {
        procedures = List.copyOf(procedures);
        problems = List.copyOf(problems);
    }
}
