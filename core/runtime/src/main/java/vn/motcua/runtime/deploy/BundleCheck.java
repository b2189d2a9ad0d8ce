package vn.motcua.runtime.deploy;

import java.util.List;

/**
 * What deploying a jar would do, found without installing it (a dry run).
 *
 * @param name       Bundle-SymbolicName, or the file name when the jar has none
 * @param version    Bundle-Version
 * @param procedures procedure codes with version it declares, e.g. {@code 1.000894@2}
 * @param problems   why a deployment would be refused (descriptor problems with file:line, version rules); empty when
 *                   it would be accepted
 * @param warnings   what would be accepted but is probably not meant: step budgets beyond the time limit, procedures
 *                   that would wait for a hook, hooks that would not be used
 * @param definitions the procedures read from the jar's valid descriptors, for a preview (nothing is installed)
 */
public record BundleCheck(String name, String version, List<String> procedures, List<String> problems, List<String> warnings,
                          List<vn.motcua.api.procedure.ProcedureDefinition> definitions) {

    /** A check without definitions (the shape before 1.3). */
    public BundleCheck(String name, String version, List<String> procedures, List<String> problems, List<String> warnings) {
        this(name, version, procedures, problems, warnings, List.of());
    }

    public BundleCheck {
        procedures = List.copyOf(procedures);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        definitions = definitions == null ? List.of() : List.copyOf(definitions);
    }

    /** True when deploying the jar would be accepted. */
    public boolean deployable() {
        return problems.isEmpty();
    }
}
