package vn.motcua.web.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All routes of the API in one place: method + path template ({@code /procedures/{code}}) → handler.
 * Immutable once built; templates are matched segment by segment.
 */
final class Router {

    /** A resource method. */
    @FunctionalInterface
    interface Handler {
        Reply handle(ApiCall call);
    }

    /** A matched route with its parameters. */
    record Match(Route route, Map<String, String> params) {
    }

    /** One route; {@code template} also names the route in metrics, so cardinality stays bounded. */
    record Route(String method, String template, String[] segments, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, template, split(template), handler));
        return this;
    }

    /** The route for a call, or why there is none: 404 for an unknown path, 405 for a known path with another method. */
    Match match(String method, String path) {
        String[] parts = split(path);
        boolean pathKnown = false;
        for (Route r : routes) {
            Optional<Map<String, String>> params = bind(r.segments(), parts);
            if (params.isPresent()) {
                pathKnown = true;
                if (r.method().equals(method)) {
                    return new Match(r, params.get());
                }
            }
        }
        if (pathKnown) {
            throw ApiProblem.of(405, "method_not_allowed", "Phương thức không được hỗ trợ",
                    method + " is not supported on " + path);
        }
        throw ApiProblem.notFound("no_such_path", "Không có đường dẫn " + path + " trong API; xem /api/v1/openapi.json.");
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    private static Optional<Map<String, String>> bind(String[] template, String[] parts) {
        if (template.length != parts.length) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                params.put(t.substring(1, t.length() - 1), parts[i]);
            } else if (!t.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static String[] split(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/");
    }
}
