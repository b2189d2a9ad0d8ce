package vn.motcua.portal.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import vn.motcua.pages.http.ServiceStartingException;
import vn.motcua.runtime.http.ClientAddresses;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.units.UnitDirectory;

/**
 * The citizen portal: every page and asset, routed here and only here. It is the default servlet ("/"), so the API
 * servlet's more specific patterns keep {@code /api/v1/*} and {@code /metrics}.
 *
 * <p>It wires the pages to the services; {@link PortalRoutes} is the route table and {@link PortalFront} answers each
 * request (the platform's page headers, the one error path). Pages are {@code no-store}: they may show a dossier.
 * Assets are immutable for a year.
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

    private final transient PortalFront front;

    @Activate
    public PortalServlet(org.osgi.framework.BundleContext context, @Reference ProcedureRegistry registry,
                         @Reference UnitDirectory units, @Reference WorkingCalendar calendar) {
        this.addresses = ClientAddresses.parse(context.getProperty(ClientAddresses.TRUSTED_PROXIES));
        Supplier<SecondFactorAttempts> attemptsNow = () -> ServiceStartingException.require(attempts, "second-factor attempts");
        Supplier<DossierEngine> engineNow = () -> ServiceStartingException.require(engine, "dossier engine");
        Supplier<CitizenDesk> deskNow = () -> ServiceStartingException.require(desk, "citizen desk");
        Clock clock = Clock.systemUTC();
        Catalogue cat = new Catalogue(registry, units, calendar, clock, configured(context, SearchVocabulary.FILE,
                SearchVocabulary::read, SearchVocabulary.none()), configured(context, UnitContacts.FILE, UnitContacts::read, UnitContacts.none()));
        Assets assets = new Assets();
        Layout layout = new Layout(assets);
        PaymentPages payment = new PaymentPages(layout, deskNow, () -> payments);
        LookupPages lookup = new LookupPages(layout, deskNow, attemptsNow);
        DossierSections sections = new DossierSections(() -> outbox, () -> postal);
        PortalRoutes routes = new PortalRoutes(new SiteFiles(assets), new CataloguePages(cat, layout),
                new ProcedurePage(cat, layout, () -> costs, () -> feedbackDesk),
                new SubmissionPages(cat, layout, engineNow, deskNow, clock).withPayment(payment).withSections(sections), lookup,
                new DossierPages(cat, layout, deskNow, lookup, sections, payment),
                new SlipPages(deskNow, lookup), payment, new FeedbackPages(cat, layout, deskNow, attemptsNow),
                new CounterRatingPages(layout, deskNow));
        this.front = new PortalFront(routes.router(), layout);
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

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        front.serve(new Visit(req, resp, addresses));
    }
}
