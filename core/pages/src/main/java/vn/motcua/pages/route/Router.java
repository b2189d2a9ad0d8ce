package vn.motcua.pages.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one router of the API, the citizen portal and the officer workspace: method + path template
 * ({@code /don-vi/{unit}/thu-tuc/{code}}) → handler. Templates are matched segment by segment, in the order they were
 * added, so a literal segment added before a parameter wins. Immutable once built: build it in the constructor of the
 * servlet, match from any thread.
 *
 * <p>A {@code GET} route also answers {@code HEAD} (the container drops the body), as browsers and proxies expect.
 *
 * @param <H> what a route leads to: each front has its own handler type (an API resource method, a page)
 */
public final class Router<H> {

    private final List<Route<H>> routes;

    private Router(List<Route<H>> routes) {
        this.routes = List.copyOf(routes);
    }

    /** A router to fill with {@link Builder#add}. */
    public static <H> Builder<H> builder() {
        return new Builder<>();
    }

    /** Collects the routes; not thread-safe, used once. */
    public static final class Builder<H> {
        private final List<Route<H>> routes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a route.
         *
         * @param method   an HTTP method in capitals ({@code GET}, {@code POST}, …)
         * @param template the path, with {@code {name}} for a segment that binds a parameter
         * @param handler  what the route leads to
         * @return this builder
         * @throws IllegalArgumentException if the same method and template were added already
         */
        public Builder<H> add(String method, String template, H handler) {
            Route<H> route = new Route<>(method, template, Segments.of(template), handler);
            for (Route<H> r : routes) {
                if (r.method().equals(method) && r.template().equals(template)) {
                    throw new IllegalArgumentException("route added twice: " + method + " " + template);
                }
            }
            routes.add(route);
            return this;
        }

        public Router<H> build() {
            return new Router<>(routes);
        }
    }

    /**
     * The route for a request.
     *
     * @param method the request's method
     * @param path   the request's path, decoded, without the query string
     * @return the match with its bound parameters, or why there is none
     */
    public Result<H> match(String method, String path) {
        String[] parts = Segments.of(path);
        boolean pathKnown = false;
        String lookedFor = "HEAD".equals(method) ? "GET" : method;
        for (Route<H> r : routes) {
            Optional<Map<String, String>> params = bind(r.segments(), parts);
            if (params.isPresent()) {
                pathKnown = true;
                if (r.method().equals(method) || r.method().equals(lookedFor)) {
                    return new Match<>(r, params.get());
                }
            }
        }
        return pathKnown ? Miss.METHOD_NOT_ALLOWED : Miss.NOT_FOUND;
    }

    /** Every route, in the order added: for a test that the documentation lists them all. */
    public List<Route<H>> routes() {
        return routes;
    }

    private static Optional<Map<String, String>> bind(String[] template, String[] parts) {
        if (template.length != parts.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.length() > 2 && t.startsWith("{") && t.endsWith("}")) {
                params.put(t.substring(1, t.length() - 1), parts[i]);
            } else if (!t.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
