package vn.motcua.web.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The platform's metrics (issue 14), kept by Micrometer and written in the Prometheus text format on {@code /metrics}:
 * request latency histograms for every request (API by route template, portal and workspace by area), the JVM
 * (memory, GC, threads, class loading, CPU, uptime), and gauges read at scrape time that the HTTP layer registers
 * (bundles, procedures, dossiers by status, outbox). One registry per node; thread-safe.
 */
@Component(service = WebMetrics.class)
public final class WebMetrics {

    /** Request attribute: the route template a servlet matched, so the latency series stay bounded. */
    static final String ROUTE = "motcua.route";

    /**
     * Latency buckets: the aims of the project (queue 50 ms, dashboard 200 ms) and the slow tail, so that a quantile
     * is computed by Prometheus across nodes; eight buckets per series keep the series count small.
     */
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public WebMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @Deactivate
    void close() {
        gc.close();
        registry.close();
    }

    /** One answered request: {@code area} is api, portal, workspace or static; {@code route} a template, never a raw path. */
    void request(String area, String method, String route, int status, long nanos) {
        Timer.builder("motcua.http.server.requests").description("Time to answer an HTTP request")
                .tags("area", area, "method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS).register(registry).record(Duration.ofNanos(nanos));
    }

    /** A gauge read at scrape time; a supplier that fails or is not ready yet reads as NaN. */
    void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, () -> {
            try {
                Number n = value.get();
                return n == null ? Double.NaN : n.doubleValue();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description(description).register(registry);
    }

    /** A family of gauges keyed by one tag, refreshed by {@link #refresh} before each scrape. */
    MultiGauge family(String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }

    static void refresh(MultiGauge family, String tag, Map<?, ? extends Number> values) {
        family.register(values.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of(tag, String.valueOf(e.getKey())), e.getValue()))
                .toList(), true);
    }

    /** The Prometheus text exposition of every meter. */
    String scrape() {
        return registry.scrape();
    }

    /** Registered meter names, for tests. */
    List<String> names() {
        return registry.getMeters().stream().map(m -> m.getId().getName()).distinct().sorted().toList();
    }
}
