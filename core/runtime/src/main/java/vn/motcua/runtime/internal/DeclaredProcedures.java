package vn.motcua.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.descriptor.DescriptorProblem;
import vn.motcua.descriptor.DescriptorResult;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.runtime.registry.ProcedureSource;
import vn.motcua.runtime.registry.RegisteredProcedure;

/**
 * What one bundle declares: its valid procedures and the problems of its invalid descriptors. A bundle is the
 * unit of deployment, so a bundle with any broken descriptor registers nothing (all or nothing).
 *
 * @param bundleName  symbolic name
 * @param bundleVersion version
 * @param procedures  registered procedures, empty when there are problems
 * @param problems    every problem: {@code file:line:column: path: reason}
 * @param warnings    what the descriptors allow but probably do not mean (never a reason to refuse)
 */
record DeclaredProcedures(String bundleName, String bundleVersion, List<RegisteredProcedure> procedures, List<String> problems,
                          List<String> warnings) {

    static DeclaredProcedures from(long bundleId, String bundleName, String bundleVersion, List<DescriptorResult> results,
                                   List<String> extraProblems) {
        List<String> problems = new ArrayList<>(extraProblems);
        List<RegisteredProcedure> procedures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DescriptorResult r : results) {
            r.warnings().stream().map(DescriptorProblem::toString).forEach(warnings::add);
            if (!r.isValid()) {
                r.problems().stream().map(DescriptorProblem::toString).forEach(problems::add);
                continue;
            }
            var definition = r.orElseThrow();
            procedures.add(new RegisteredProcedure(definition,
                    new ProcedureSource(bundleId, bundleName, bundleVersion, r.file(), r.sha256(), r.text()),
                    VietnameseText.fold(definition.code() + " " + definition.name() + " " + nullToEmpty(definition.field()))));
        }
        return new DeclaredProcedures(bundleName, bundleVersion, problems.isEmpty() ? List.copyOf(procedures) : List.of(),
                List.copyOf(problems), List.copyOf(warnings));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
