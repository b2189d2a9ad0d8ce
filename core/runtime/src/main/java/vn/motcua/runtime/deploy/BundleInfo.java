package vn.motcua.runtime.deploy;

import java.util.List;

/**
 * One bundle as an administrator sees it.
 *
 * @param id          framework bundle id ({@code -1} for a file in the deploy folder that was refused before install)
 * @param name        Bundle-SymbolicName
 * @param version     Bundle-Version
 * @param state       {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, … or {@code REFUSED}
 * @param origin      {@code deploy} (procedure bundles an administrator manages), {@code platform} or {@code system}
 * @param file        file name in the deploy folder, for {@code deploy} bundles
 * @param procedures  procedure codes with version it provides, e.g. {@code 2.000815@2025.1}
 * @param problems    what is wrong with it, empty when healthy
 * @param waiting     its procedures not offered until a Java hook they require is registered, e.g.
 *                    {@code 1.000894@1 waits for validator}
 */
public record BundleInfo(long id, String name, String version, String state, String origin, String file,
                         List<String> procedures, List<String> problems, List<String> waiting) {

    /** A bundle with nothing waiting. */
    public BundleInfo(long id, String name, String version, String state, String origin, String file,
                      List<String> procedures, List<String> problems) {
        this(id, name, version, state, origin, file, procedures, problems, List.of());
    }

    public BundleInfo {
        procedures = List.copyOf(procedures);
        problems = List.copyOf(problems);
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }
}
