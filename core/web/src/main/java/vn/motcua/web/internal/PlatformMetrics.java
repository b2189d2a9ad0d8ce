package vn.motcua.web.internal;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.motcua.engine.DossierEngine;
import vn.motcua.outbox.Outbox;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.registry.ProcedureRegistry;

/**
 * Gauges read at scrape time: bundles by origin and state, registered procedures, dossiers by status, outbox messages
 * by status, database connections by state, overdue dossiers per unit. Families are refreshed just before each scrape, so a state that disappeared is no longer reported.
 */
final class PlatformMetrics {

    private final WebMetrics metrics;
    private final BundleAdministration bundles;
    private final Supplier<DossierEngine> engine;
    private final Supplier<Outbox> outbox;
    private final MultiGauge bundleStates;
    private final MultiGauge dossiers;
    private final MultiGauge messages;
    private final MultiGauge pool;
    private final Supplier<vn.motcua.storage.StorageOperations> storage;
    private final Supplier<vn.motcua.storage.ReportStore> reports;
    private final MultiGauge overdue;

    PlatformMetrics(WebMetrics metrics, BundleAdministration bundles, ProcedureRegistry registry, Supplier<DossierEngine> engine,
                    Supplier<Outbox> outbox, Supplier<vn.motcua.storage.StorageOperations> storage,
                    Supplier<vn.motcua.storage.ReportStore> reports) {
        this.metrics = metrics;
        this.bundles = bundles;
        this.engine = engine;
        this.outbox = outbox;
        this.storage = storage;
        this.reports = reports;
        this.overdue = metrics.family("motcua.dossiers.overdue",
                "Dossiers in progress past their appointment, per receiving unit (as of the reports' roll-up)");
        this.pool = metrics.family("motcua.db.pool.connections", "Database connections by state (PostgreSQL's HikariCP pool)");
        this.bundleStates = metrics.family("motcua.bundles", "Bundles by origin and state");
        this.dossiers = metrics.family("motcua.dossiers", "Dossiers by status");
        this.messages = metrics.family("motcua.outbox.messages", "Outbox messages by status");
        metrics.gauge("motcua.procedures.registered", "Procedure declarations registered from active bundles",
                () -> registry.all().size());
    }

    String scrape() {
        Map<Tags, Integer> byState = new TreeMap<>(java.util.Comparator.comparing(Tags::toString));
        for (BundleInfo b : bundles.list()) {
            byState.merge(Tags.of("origin", b.origin(), "state", b.state()), 1, Integer::sum);
        }
        bundleStates.register(byState.entrySet().stream().map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList(), true);
        DossierEngine e = engine.get();
        WebMetrics.refresh(dossiers, "status", e == null ? Map.of() : e.countByStatus());
        Outbox o = outbox.get();
        WebMetrics.refresh(messages, "status", o == null ? Map.of() : o.countByStatus());
        vn.motcua.storage.StorageOperations st = storage.get();
        WebMetrics.refresh(pool, "state", st == null ? Map.of() : st.poolFigures()
                .map(f -> Map.of("active", f.active(), "idle", f.idle(), "waiting", f.waiting())).orElse(Map.of()));
        vn.motcua.storage.ReportStore r = reports.get();
        WebMetrics.refresh(overdue, "unit", r == null ? Map.of() : r.overdueByUnit(java.time.Instant.now()));
        return metrics.scrape();
    }
}
