package vn.motcua.web.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counters and latency sums for Prometheus, keyed by route template (never by raw path, which would
 * let a client create unbounded series). Thread-safe.
 */
final class HttpMetrics {

    private record Key(String method, String route, int status) {
    }

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<Key, LongAdder> nanos = new ConcurrentHashMap<>();

    void record(String method, String route, int status, long elapsedNanos) {
        Key key = new Key(method, route, status);
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        nanos.computeIfAbsent(key, k -> new LongAdder()).add(elapsedNanos);
    }

    void writeTo(StringBuilder out) {
        out.append("# HELP motcua_http_requests_total HTTP requests by method, route template and status.\n");
        out.append("# TYPE motcua_http_requests_total counter\n");
        counts.forEach((k, v) -> out.append("motcua_http_requests_total").append(labels(k)).append(' ').append(v.sum()).append('\n'));
        out.append("# HELP motcua_http_request_seconds_sum Time spent answering, by method, route template and status.\n");
        out.append("# TYPE motcua_http_request_seconds_sum counter\n");
        nanos.forEach((k, v) -> out.append("motcua_http_request_seconds_sum").append(labels(k)).append(' ')
                .append(v.sum() / 1e9).append('\n'));
    }

    private static String labels(Key k) {
        return "{method=\"" + k.method() + "\",route=\"" + k.route() + "\",status=\"" + k.status() + "\"}";
    }
}
