package vn.motcua.portal.internal;

import vn.motcua.pages.html.Html;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.SecondFactorAttempts;
import vn.motcua.runtime.http.ClientAddresses;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.units.UnitDirectory;

/**
 * The citizen portal: every page and asset, routed here and only here. It is the default servlet ("/"), so the API
 * servlet's more specific patterns keep {@code /api/v1/*} and {@code /metrics}.
 *
 * <p>Every response carries a strict Content-Security-Policy (scripts and styles only from this site, no inline code),
 * no referrer, no framing. Pages are {@code no-store}: they may show a dossier. Assets are immutable for a year.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = PortalServlet.MAX_UPLOAD_BYTES, maxRequestSize = PortalServlet.MAX_REQUEST_BYTES,
        fileSizeThreshold = 1024 * 1024)
public final class PortalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PortalServlet.class);

    /** Largest single file the servlet container accepts; each form field has its own, usually smaller, limit. */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    static final long MAX_REQUEST_BYTES = 40L * 1024 * 1024;

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DossierEngine engine;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CitizenDesk desk;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SecondFactorAttempts attempts;

    private final transient ClientAddresses addresses;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ComplianceCosts costs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeedbackDesk feedbackDesk;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.outbox.Outbox outbox;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.postal.PostalTracking postal;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.engine.payment.Payments payments;

    private final transient Assets assets = new Assets();
    private final transient Layout layout = new Layout(assets);
    private final transient CataloguePages catalogue;
    private final transient SubmissionPages submission;
    private final transient DossierPages dossiers;
    private final transient FeedbackPages feedback;
    private final transient CounterRatingPages counter;
    private final transient PaymentPages payment;

    @Activate
    public PortalServlet(org.osgi.framework.BundleContext context, @Reference ProcedureRegistry registry,
                         @Reference UnitDirectory units, @Reference WorkingCalendar calendar) {
        this.addresses = ClientAddresses.parse(context.getProperty(ClientAddresses.TRUSTED_PROXIES));
        Supplier<SecondFactorAttempts> attemptsNow = () -> require(attempts);
        Supplier<DossierEngine> engineNow = () -> require(engine);
        Supplier<CitizenDesk> deskNow = () -> require(desk);
        Clock clock = Clock.systemUTC();
        Catalogue cat = new Catalogue(registry, units, calendar, clock, configured(context, SearchVocabulary.FILE,
                SearchVocabulary::read, SearchVocabulary.none()), configured(context, UnitContacts.FILE, UnitContacts::read, UnitContacts.none()));
        this.catalogue = new CataloguePages(cat, layout, () -> costs, () -> feedbackDesk);
        this.payment = new PaymentPages(layout, deskNow, () -> payments);
        this.submission = new SubmissionPages(cat, layout, engineNow, deskNow, clock).withPayment(payment);
        this.dossiers = new DossierPages(cat, layout, deskNow, attemptsNow, () -> outbox, payment, () -> postal);
        this.feedback = new FeedbackPages(cat, layout, deskNow, attemptsNow);
        this.counter = new CounterRatingPages(layout, deskNow);
    }

    private interface Reader<T> {
        T read(java.nio.file.Path file) throws IOException;
    }

    /**
     * A portal setting file of the config folder. A missing folder (tests) or file gives the default; a broken file is
     * logged with what to fix and the default is used, so a typo in a synonym never takes the portal down.
     */
    private static <T> T configured(org.osgi.framework.BundleContext context, String file, Reader<T> reader, T fallback) {
        String dir = context.getProperty("motcua.config.dir");
        if (dir == null) {
            return fallback;
        }
        java.nio.file.Path path = java.nio.file.Path.of(dir).resolve(file);
        try {
            return reader.read(path);
        } catch (IOException | RuntimeException e) {
            LOG.error("portal setting {} not used, fix it and restart: {}", path, e.getMessage());
            return fallback;
        }
    }

    private static <T> T require(T service) {
        if (service == null) {
            throw new Unavailable();
        }
        return service;
    }

    /** The request cannot be read (a malformed form or parameters): 400 with a page that says so. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(Throwable cause) {
            super(cause);
        }
    }

    /** The engine or desk is not there yet (starting up). */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        Visit v = new Visit(req, resp, addresses);
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        try {
            if (!vn.motcua.pages.html.RequestParameters.readable(req)) {
                page(v, 400, v.lang().t("badRequest.title"), v.lang().t("badRequest.lead"));
                return;
            }
            route(v);
        } catch (Unavailable e) {
            resp.setHeader("Retry-After", "2");
            page(v, 503, v.lang().t("error.title"), v.lang().t("error.lead"));
        } catch (BadRequest e) {
            page(v, 400, v.lang().t("badRequest.title"), v.lang().t("badRequest.lead"));
        } catch (NotFound e) {
            page(v, 404, e.title == null ? v.lang().t("notFound.title") : e.title,
                    e.lead == null ? v.lang().t("notFound.lead") : e.lead);
        } catch (RuntimeException e) {
            if (vn.motcua.storage.StorageUnavailableException.in(e).isPresent()) {
                // database down or failing over: nothing was done, the citizen may retry (decision 1412)
                LOG.warn("portal request {} {} answered 503: {}", req.getMethod(), v.path(), e.getMessage());
                resp.setHeader("Retry-After", "5");
                page(v, 503, v.lang().t("unavailable.title"), v.lang().t("unavailable.lead"));
                return;
            }
            LOG.error("portal request {} {} failed", req.getMethod(), v.path(), e);
            page(v, 500, v.lang().t("error.title"), v.lang().t("error.lead"));
        }
    }

    private void route(Visit v) throws IOException {
        String[] s = segments(v.path());
        boolean get = "GET".equals(v.method()) || "HEAD".equals(v.method());
        boolean post = "POST".equals(v.method());
        if (s.length == 0 && get) {
            catalogue.home(v);
        } else if (s.length == 3 && s[0].equals("static") && get) {
            asset(v, s[1], s[2]);
        } else if (s.length == 1 && s[0].equals("favicon.ico") && get) {
            send(v, 200, "image/svg+xml", assets.get("favicon.svg").bytes(), "public, max-age=86400");
        } else if (s.length == 1 && s[0].equals("robots.txt") && get) {
            send(v, 200, "text/plain;charset=utf-8", "User-agent: *\nDisallow: /ho-so/\nDisallow: /danh-gia-tai-quay/\nAllow: /\n".getBytes(StandardCharsets.UTF_8),
                    "public, max-age=86400");
        } else if (s.length == 2 && s[0].equals("ngon-ngu") && get) {
            language(v, s[1]);
        } else if (s.length == 2 && s[0].equals("thu-tuc") && get) {
            catalogue.chooseUnit(v, s[1]);
        } else if (s.length == 2 && s[0].equals("don-vi") && get) {
            catalogue.unit(v, s[1]);
        } else if (s.length == 4 && s[0].equals("don-vi") && s[2].equals("thu-tuc") && get) {
            catalogue.procedure(v, s[1], s[3]);
        } else if (s.length == 5 && s[0].equals("don-vi") && s[2].equals("thu-tuc") && s[4].equals("nop") && get) {
            submission.form(v, s[1], s[3]);
        } else if (s.length == 5 && s[0].equals("don-vi") && s[2].equals("thu-tuc") && s[4].equals("nop") && post) {
            submission.submit(v, s[1], s[3]);
        } else if (s.length == 5 && s[0].equals("don-vi") && s[2].equals("thu-tuc") && s[4].equals("kiem-tra") && get) {
            submission.checkAnswers(v, s[1], s[3]);
        } else if (s.length == 5 && s[0].equals("don-vi") && s[2].equals("thu-tuc") && s[4].equals("kiem-tra") && post) {
            submission.send(v, s[1], s[3]);
        } else if (s.length == 1 && s[0].equals("tra-cuu") && get) {
            dossiers.lookupForm(v);
        } else if (s.length == 1 && s[0].equals("tra-cuu") && post) {
            dossiers.lookup(v);
        } else if (s.length == 3 && s[0].equals("ho-so") && s[2].equals("bien-nhan") && get) {
            submission.receipt(v, s[1]);
        } else if (s.length == 2 && s[0].equals("ho-so") && get) {
            dossiers.dossier(v, s[1]);
        } else if (s.length == 3 && s[0].equals("ho-so") && s[2].equals("thanh-toan") && get) {
            payment.start(v, s[1]);
        } else if (s.length == 4 && s[0].equals("ho-so") && s[2].equals("thanh-toan") && s[3].equals("ket-qua") && get) {
            payment.back(v, s[1]);
        } else if (s.length == 3 && s[0].equals("ho-so") && s[2].equals("bo-sung") && post) {
            dossiers.supplement(v, s[1]);
        } else if (s.length == 3 && s[0].equals("ho-so") && s[2].equals("danh-gia") && post) {
            dossiers.rate(v, s[1]);
        } else if (s.length == 3 && s[0].equals("ho-so") && s[2].equals("thoat") && post) {
            dossiers.logout(v, s[1]);
        } else if (s.length == 3 && s[0].equals("ho-so") && s[2].endsWith(".pdf") && get) {
            dossiers.slip(v, s[1], s[2]);
        } else if (s.length == 1 && s[0].equals("phan-anh") && get) {
            feedback.form(v);
        } else if (s.length == 1 && s[0].equals("phan-anh") && post) {
            feedback.send(v);
        } else if (s.length == 2 && s[0].equals("phan-anh") && s[1].equals("tra-cuu") && get) {
            feedback.trackForm(v);
        } else if (s.length == 2 && s[0].equals("phan-anh") && s[1].equals("tra-cuu") && post) {
            feedback.track(v);
        } else if (s.length == 2 && s[0].equals("danh-gia-tai-quay") && get) {
            counter.form(v, s[1]);
        } else if (s.length == 2 && s[0].equals("danh-gia-tai-quay") && post) {
            counter.rate(v, s[1]);
        } else if (s.length == 2 && s[0].equals("phan-anh") && s[1].equals("danh-gia") && post) {
            feedback.rate(v);
        } else {
            throw new NotFound(null, null);
        }
    }

    private void asset(Visit v, String version, String name) throws IOException {
        Assets.Asset a = assets.find(version, name).orElseThrow(() -> new NotFound(null, null));
        send(v, 200, a.mediaType(), a.bytes(), "public, max-age=31536000, immutable");
    }

    /** Remembers the language in a cookie and goes back to the page the switch was on (a local path only). */
    private void language(Visit v, String code) throws IOException {
        v.setCookie(Visit.LANG_COOKIE, Lang.of(code).code, 365 * 24 * 3600);
        String back = v.param("trang").filter(p -> p.startsWith("/") && !p.startsWith("//") && !p.contains("\\")).orElse("/");
        Replies.redirect(v, back);
    }

    private void page(Visit v, int status, String title, String lead) throws IOException {
        Html h = new Html();
        h.el("h1", title).el("p", lead, "class", "lead");
        h.open("p").el("a", v.lang().t("nav.home"), "href", "/").close("p");
        Replies.html(v, status, layout.page(v, title, lead, h));
    }

    private static void send(Visit v, int status, String type, byte[] bytes, String cache) throws IOException {
        HttpServletResponse r = v.response();
        r.setStatus(status);
        r.setContentType(type);
        r.setHeader("Cache-Control", cache);
        r.setContentLength(bytes.length);
        if (!"HEAD".equals(v.method())) {
            r.getOutputStream().write(bytes);
        }
    }

    static String[] segments(String path) {
        String p = path.replaceAll("^/+|/+$", "");
        return p.isEmpty() ? new String[0] : p.split("/+");
    }
}
