package vn.motcua.pages.route;

import java.util.Map;

/**
 * A matched route with the path parameters its template bound.
 *
 * @param route  the route
 * @param params parameter name → the path segment, as decoded by the container
 * @param <H>    the front's handler type
 */
public record Match<H>(Route<H> route, Map<String, String> params) implements Result<H> {

    public Match {
        params = Map.copyOf(params);
    }

    /** A bound parameter; templates are code, so a missing name is a programming error. */
    public String param(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new IllegalArgumentException("route " + route.template() + " binds no parameter " + name);
        }
        return v;
    }

    public H handler() {
        return route.handler();
    }
}
