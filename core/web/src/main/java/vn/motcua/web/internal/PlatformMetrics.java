package vn.motcua.web.internal;

import java.util.Map;
import java.util.TreeMap;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.registry.ProcedureRegistry;

/** Gauges read at scrape time: bundles by state and origin, registered procedures. */
final class PlatformMetrics {

    private final BundleAdministration bundles;
    private final ProcedureRegistry registry;

    private final java.util.function.Supplier<vn.motcua.engine.DossierEngine> engine;

    PlatformMetrics(BundleAdministration bundles, ProcedureRegistry registry, java.util.function.Supplier<vn.motcua.engine.DossierEngine> engine) {
        this.bundles = bundles;
        this.registry = registry;
        this.engine = engine;
    }

    void writeTo(StringBuilder out) {
        Map<String, Integer> byState = new TreeMap<>();
        for (BundleInfo b : bundles.list()) {
            byState.merge("{origin=\"" + b.origin() + "\",state=\"" + b.state() + "\"}", 1, Integer::sum);
        }
        out.append("# HELP motcua_bundles Bundles by origin and state.\n# TYPE motcua_bundles gauge\n");
        byState.forEach((labels, n) -> out.append("motcua_bundles").append(labels).append(' ').append(n).append('\n'));
        out.append("# HELP motcua_procedures_registered Procedure declarations registered from active bundles.\n");
        out.append("# TYPE motcua_procedures_registered gauge\n");
        out.append("motcua_procedures_registered ").append(registry.all().size()).append('\n');
        vn.motcua.engine.DossierEngine e = engine.get();
        if (e != null) {
            out.append("# HELP motcua_dossiers Dossiers by status.\n# TYPE motcua_dossiers gauge\n");
            e.countByStatus().forEach((status, n) -> out.append("motcua_dossiers{status=\"").append(status).append("\"} ").append(n).append('\n'));
        }
    }
}
