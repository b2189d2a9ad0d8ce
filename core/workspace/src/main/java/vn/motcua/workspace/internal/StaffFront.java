package vn.motcua.workspace.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.pages.http.RequestParameters;
import vn.motcua.pages.http.Failure;
import vn.motcua.pages.http.ServiceStartingException;
import vn.motcua.pages.http.UnreadableFormException;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.pages.route.Match;
import vn.motcua.pages.route.Miss;
import vn.motcua.pages.route.Result;
import vn.motcua.pages.route.Router;
import vn.motcua.security.StaffSession;

/**
 * How a request to the staff pages is answered, in this order: a route that needs no session (login, style sheet);
 * otherwise the session (GET without one goes to the login page, anything else is 401), the anti-forgery token of
 * every POST (403), the engine (503 while it starts), the route (404 page for an unknown path and for a route the
 * account may not follow, 405 for a method the path does not take), the page. Whatever a page throws becomes a
 * {@link Failure} page. Kept apart from the servlet so that it runs without the platform in tests. Thread-safe.
 */
final class StaffFront {

    private static final Logger LOG = LoggerFactory.getLogger(StaffFront.class);

    private final Router<StaffRoute> routes;
    private final StaffGate gate;
    private final Messages messages;
    private final BooleanSupplier engineReady;

    /**
     * @param routes      the route table ({@link StaffRoutes})
     * @param gate        sessions and their tokens
     * @param messages    the workspace's wording
     * @param engineReady whether the dossier engine is there: no staff page works without it
     */
    StaffFront(Router<StaffRoute> routes, StaffGate gate, Messages messages, BooleanSupplier engineReady) {
        this.routes = routes;
        this.gate = gate;
        this.messages = messages;
        this.engineReady = engineReady;
    }

    void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String method = req.getMethod();
        Req anonymous = new Req(req, resp, path, null, null, gate.client(req), messages, Map.of());
        Req r = anonymous;
        try {
            // Forms are sent in UTF-8 (the page's charset); without this, form text arrives as ISO-8859-1.
            req.setCharacterEncoding("UTF-8");
            if (!RequestParameters.readable(req)) {
                throw new UnreadableFormException(false, null);
            }
            Result<StaffRoute> found = routes.match(method, path);
            Optional<Match<StaffRoute>> match = found instanceof Match<StaffRoute> m ? Optional.of(m) : Optional.empty();
            if (match.isPresent() && match.get().handler().open()) {
                match.get().handler().page().serve(new Req(req, resp, path, null, null, gate.client(req), messages, match.get().params()));
                return;
            }
            Optional<StaffSession> session = gate.current(req);
            if (session.isEmpty()) {
                if ("GET".equals(method)) {
                    r.redirect(LoginPage.PATH + "?tiep=" + WorkPages.enc(path));
                } else {
                    ErrorPages.signedOut(r);
                }
                return;
            }
            r = new Req(req, resp, path, session.get().identity(), session.get().csrfToken(), gate.client(req), messages,
                    match.map(Match::params).orElse(Map.of()));
            if ("POST".equals(method) && !gate.validPost(r)) {
                ErrorPages.forgedPost(r);
                return;
            }
            if (!engineReady.getAsBoolean()) {
                throw new ServiceStartingException("dossier engine");
            }
            if (match.isEmpty()) {
                if (found == Miss.METHOD_NOT_ALLOWED) {
                    ErrorPages.methodNotAllowed(r);
                } else {
                    ErrorPages.notFound(r);
                }
                return;
            }
            StaffRoute route = match.get().handler();
            if (!route.admits(r.who)) {
                ErrorPages.notFound(r);
                return;
            }
            route.page().serve(r);
        } catch (RuntimeException e) {
            Failure f = Failure.of(e);
            if (f.unexpected()) {
                LOG.error("staff page {} {} failed", method, path, e);
            } else {
                // database down or failing over, a service restarting, a broken form: nothing was done (decision 1412)
                LOG.warn("staff page {} {} answered {}: {}", method, path, f.status(), e.getMessage());
            }
            ErrorPages.failure(r, f);
        }
    }
}
