package vn.motcua.runtime.deploy;

import java.util.List;

/**
 * One bundle as an administrator sees it.
 *
 * @param id          framework bundle id ({@code -1} for a file in the deploy folder that was refused before install)
 * @param name        Bundle-SymbolicName
 * @param version     Bundle-Version
 * @param state       {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, …, {@code REFUSED} or {@code QUARANTINED} (its
 *                    last start killed, hung or overran the platform's time limit; it is not started until an
 *                    administrator starts it again)
 * @param origin      {@code deploy} (procedure bundles an administrator manages), {@code platform} or {@code system}
 * @param file        file name in the deploy folder, for {@code deploy} bundles
 * @param procedures  procedure codes with version it provides, e.g. {@code 2.000815@2025.1}
 * @param problems    what is wrong with it, empty when healthy
 * @param warnings    what works but should not be so, e.g. a Bundle-Activator that a procedure bundle does not need
 * @param waiting     its procedures not offered until a Java hook they require is registered, e.g.
 *                    {@code 1.000894@1 waits for validator}
 */
public record BundleInfo(long id, String name, String version, String state, String origin, String file,
                         List<String> procedures, List<String> problems, List<String> warnings, List<String> waiting) {
    public BundleInfo {
        procedures = List.copyOf(procedures);
        problems = List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }

    /** A bundle without warnings and with nothing waiting. */
    public BundleInfo(long id, String name, String version, String state, String origin, String file,
                      List<String> procedures, List<String> problems) {
        this(id, name, version, state, origin, file, procedures, problems, List.of(), List.of());
    }
}
