package vn.motcua.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.deploy.BundleSync;
import vn.motcua.storage.StorageCheck;
import vn.motcua.storage.StorageOperations;

/**
 * Liveness and readiness for load balancers, systemd and container orchestrators (decision 1401).
 *
 * <p>Live: the JVM and the HTTP layer answer; a failing liveness check means "restart me". Ready: this node can serve
 * dossiers now: the database answers, its disk has room, every platform bundle is active, the bundles shared by every
 * node are followed, and the services the API needs are there; a balancer sends no traffic to a node that is not ready, and restarts do not help it. Procedure
 * bundles with problems are listed but never make a node unready: one broken bundle must not take the city down.
 */
final class HealthResource {

    /** How long a balancer should wait before asking a node that is not ready again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final BundleContext context;
    private final BundleAdministration bundles;
    private final Supplier<StorageOperations> storage;
    private final Supplier<List<String>> missingServices;
    private final Duration timeout;
    private final Clock clock;

    /**
     * @param missingServices names of the services the API needs that are not (yet or any more) registered
     * @param timeout         longest wait for the database ({@code motcua.health.timeoutMillis})
     */
    HealthResource(BundleContext context, BundleAdministration bundles, Supplier<StorageOperations> storage,
                   Supplier<List<String>> missingServices, Duration timeout, Clock clock) {
        this.context = context;
        this.bundles = bundles;
        this.storage = storage;
        this.missingServices = missingServices;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** The contract of {@code GET /api/v1/health} and {@code /health/live}: it answers, so it is up. */
    Reply live(ApiCall call) {
        return Reply.ok(Map.of("status", "UP"));
    }

    Reply ready(ApiCall call) {
        List<Map<String, Object>> checks = new ArrayList<>();
        boolean up = true;
        StorageOperations store = storage.get();
        if (store == null) {
            up &= add(checks, "database", false, "the storage bundle is not active: see the log for why it did not start");
        } else {
            for (StorageCheck c : store.check(timeout)) {
                up &= add(checks, c.name(), c.up(), c.detail());
            }
        }
        List<BundleInfo> all = bundles.list();
        List<String> inactive = all.stream()
                .filter(b -> "platform".equals(b.origin()) && !"ACTIVE".equals(b.state()) && !fragment(b.id()))
                .map(b -> b.name() + " " + b.version() + " is " + b.state()).toList();
        up &= add(checks, "platformBundles", inactive.isEmpty(), inactive.isEmpty() ? "all active" : String.join("; ", inactive));
        up &= bundleSync(checks);
        List<String> missing = missingServices.get();
        up &= add(checks, "services", missing.isEmpty(), missing.isEmpty() ? "all registered" : "not registered: " + String.join(", ", missing));
        List<String> broken = all.stream().filter(b -> "deploy".equals(b.origin()) && !b.problems().isEmpty())
                .map(b -> (b.file() != null ? b.file() : b.name()) + ": " + String.join("; ", b.problems())).toList();
        // Informational only (see the class comment): always up.
        add(checks, "procedureBundles", true, broken.isEmpty() ? "no problems"
                : broken.size() + " with problems (GET /api/v1/admin/bundles): " + String.join(" | ", broken));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        return up ? Reply.ok(body) : new Reply(503, body, "application/json", Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    /**
     * A node that cannot follow the bundles every node shares (PostgreSQL) would serve another set of procedures than
     * its neighbours: out of the balancer until it catches up (decision 1414). Alone (H2) it is always in step.
     */
    private boolean bundleSync(List<Map<String, Object>> checks) {
        BundleSync s = bundles.sync();
        if (!s.shared()) {
            return add(checks, "bundleSync", true, "bundles are not shared with other nodes");
        }
        boolean inStep = s.inStep(clock.instant());
        String last = s.lastSuccessAt() == null ? "no pass has succeeded yet" : "last reconciled " + s.lastSuccessAt();
        return add(checks, "bundleSync", inStep, inStep ? last
                : "out of step with the shared bundles for over " + s.staleAfter().toSeconds() + " s (" + last
                        + (s.lastError() == null ? "" : "; last error: " + s.lastError()) + ")");
    }

    private boolean fragment(long id) {
        Bundle b = context.getBundle(id);
        return b != null && b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private static boolean add(List<Map<String, Object>> checks, String name, boolean up, String detail) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("name", name);
        check.put("status", up ? "UP" : "DOWN");
        check.put("detail", detail);
        checks.add(check);
        return up;
    }
}
