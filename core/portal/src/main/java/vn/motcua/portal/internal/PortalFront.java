package vn.motcua.portal.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.RequestParameters;
import vn.motcua.pages.http.Failure;
import vn.motcua.pages.http.SecurityHeaders;
import vn.motcua.pages.http.UnreadableFormException;
import vn.motcua.pages.route.Match;
import vn.motcua.pages.route.Miss;
import vn.motcua.pages.route.Result;
import vn.motcua.pages.route.Router;

/**
 * Answers one visit: the platform's page headers, the route table, and the one error path. Whatever a page throws
 * becomes a page in the citizen's language with the status {@link Failure} decides (400, 413, 503 with Retry-After,
 * 500), never a stack trace or a JSON problem; only bugs are logged with their stack trace. Thread-safe: the router is
 * immutable and each visit is its own.
 */
final class PortalFront {

    private static final Logger LOG = LoggerFactory.getLogger(PortalFront.class);
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST");

    private final Router<Page> router;
    private final Layout layout;

    PortalFront(Router<Page> router, Layout layout) {
        this.router = router;
        this.layout = layout;
    }

    void serve(Visit v) throws IOException {
        SecurityHeaders.apply(v.response());
        try {
            if (!RequestParameters.readable(v.request())) {
                throw new UnreadableFormException(false, null);
            }
            Result<Page> found = router.match(v.method(), v.path());
            if (found instanceof Match<Page> m) {
                m.handler().serve(v, m);
            } else if (found == Miss.METHOD_NOT_ALLOWED) {
                methodNotAllowed(v);
            } else {
                throw new NotFound(null, null);
            }
        } catch (NotFound e) {
            Lang l = v.lang();
            page(v, 404, e.title == null ? l.t("notFound.title") : e.title, e.lead == null ? l.t("notFound.lead") : e.lead);
        } catch (RuntimeException e) {
            failed(v, e);
        }
    }

    /** A known path asked with a method it does not take: a page that says so, and the methods it does take. */
    private void methodNotAllowed(Visit v) throws IOException {
        String allowed = METHODS.stream().filter(m -> router.match(m, v.path()) instanceof Match).collect(Collectors.joining(", "));
        v.response().setHeader("Allow", allowed);
        page(v, 405, v.lang().t("methodNotAllowed.title"), v.lang().t("methodNotAllowed.lead"));
    }

    private void failed(Visit v, RuntimeException e) throws IOException {
        Failure f = Failure.of(e);
        switch (f.kind()) {
            case UNEXPECTED -> LOG.error("portal request {} {} failed", v.method(), v.path(), e);
            // database down or failing over: nothing was done, the citizen may retry (decision 1412)
            case DATABASE_DOWN -> LOG.warn("portal request {} {} answered 503: {}", v.method(), v.path(), e.getMessage());
            default -> { }
        }
        if (v.response().isCommitted()) {
            return; // part of a file went out already: nothing sensible can follow it
        }
        f.retryAfter().ifPresent(s -> v.response().setHeader("Retry-After", Integer.toString(s)));
        String prefix = switch (f.kind()) {
            case BAD_REQUEST -> "badRequest";
            case TOO_LARGE -> "tooLarge";
            case DATABASE_DOWN -> "unavailable";
            case STARTING -> "starting";
            case UNEXPECTED -> "error";
        };
        page(v, f.status(), v.lang().t(prefix + ".title"), v.lang().t(prefix + ".lead"));
    }

    private void page(Visit v, int status, String title, String lead) throws IOException {
        HttpServletResponse r = v.response();
        r.resetBuffer();
        Html h = new Html();
        h.el("h1", title).el("p", lead, "class", "lead");
        h.open("p").el("a", v.lang().t("nav.home"), "href", "/").close("p");
        Replies.html(v, status, layout.page(v, title, lead, h));
    }
}
