package vn.motcua.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.runtime.registry.RegisteredProcedure;

/**
 * What a new jar may do to the procedures running now. Dossiers keep the procedure version they were received under
 * (decision 0302), so a version number must always mean one content, and an older declaration silently replacing a
 * newer one would put new dossiers under outdated rules:
 * <ul>
 *   <li>the same version with different content is refused: raise the version for every change;</li>
 *   <li>a lower version than the one running is refused unless it is an explicit rollback.</li>
 * </ul>
 * A declaration is compared with the running one of the same code and the same applicability (level and units) from
 * the bundle of the same symbolic name, the one the jar replaces; another bundle declaring the same procedure is a
 * conflict, which the registry reports. Stateless.
 */
final class VersionRules {
    private static final Pattern SEPARATORS = Pattern.compile("[.\\-_]");

    private VersionRules() {
    }

    /** Every breach, one line each naming the descriptor and what to do; empty when the jar may replace them. */
    static List<String> check(List<RegisteredProcedure> incoming, List<RegisteredProcedure> running, boolean rollback) {
        List<String> problems = new ArrayList<>();
        for (RegisteredProcedure candidate : incoming) {
            Optional<RegisteredProcedure> current = running.stream()
                    .filter(r -> r.source().bundleName().equals(candidate.source().bundleName()))
                    .filter(r -> r.code().equals(candidate.code()))
                    .filter(r -> r.definition().applicability().equals(candidate.definition().applicability()))
                    .findFirst();
            if (current.isEmpty()) {
                continue;
            }
            String newVersion = candidate.definition().version();
            String runningVersion = current.get().definition().version();
            int order = compare(newVersion, runningVersion);
            String where = candidate.source().descriptorPath() + ": procedure " + candidate.code() + " version " + newVersion;
            if (order == 0 && !candidate.source().sha256().equals(current.get().source().sha256())) {
                problems.add(where + " is already running (" + current.get().source().bundleName() + " "
                        + current.get().source().bundleVersion() + ") with different content; dossiers keep the version"
                        + " they were received under, so raise 'version' for every change");
            } else if (order < 0 && !rollback) {
                problems.add(where + " is lower than the running version " + runningVersion + " ("
                        + current.get().source().bundleName() + " " + current.get().source().bundleVersion()
                        + "); to go back to an earlier version use the rollback (POST /api/v1/admin/bundles/{id}/rollback,"
                        + " or 'Về phiên bản trước' in the console), or raise 'version'");
            }
        }
        return problems;
    }

    /** Compares dotted versions part by part, numerically where both parts are numbers: 2025.10 is after 2025.9. */
    static int compare(String a, String b) {
        String[] x = SEPARATORS.split(a);
        String[] y = SEPARATORS.split(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,18}") && q.matches("\\d{1,18}") ? Long.compare(Long.parseLong(p), Long.parseLong(q))
                    : p.compareTo(q);
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        return 0;
    }
}
