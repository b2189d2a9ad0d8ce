package vn.motcua.workspace.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.documents.DossierDocuments;
import vn.motcua.engine.evaluation.StaffEvaluation;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.reports.Reports;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.outbox.Outbox;
import vn.motcua.security.AuditLog;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffDirectory;
import vn.motcua.security.StaffSessions;

/**
 * Staff pages: the officer workspace under {@code /can-bo} and the admin console under {@code /quan-tri}. The
 * servlet holds the platform's services and builds the pages and their one route table ({@link StaffRoutes}); how
 * a request is answered is {@link StaffFront}'s.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/can-bo/*", "/quan-tri/*"})
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = 60L * 1024 * 1024, maxRequestSize = 120L * 1024 * 1024, fileSizeThreshold = 1024 * 1024)
public final class WorkspaceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.engine.payment.Payments payments;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DossierEngine engine;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.pages.preview.CitizenPreview citizenPreview;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DossierDocuments documents;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffSessions sessions;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffAccounts accounts;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Reports reports;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ComplianceCosts costs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeedbackDesk feedbackDesk;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffDirectory directory;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffEvaluation staffEvaluation;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Outbox outbox;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.postal.PostalTracking postal;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CitizenDesk citizenDesk;

    /** The workspace's wording; its screens stay Vietnamese (officers), the English bundle is the translation. */
    static final String MESSAGES = "vn.motcua.workspace.internal.messages";

    private final transient StaffFront front;

    @Activate
    public WorkspaceServlet(org.osgi.framework.BundleContext context, @Reference ProcedureRegistry registry, @Reference UnitDirectory units,
                            @Reference WorkingCalendar calendar, @Reference CalendarAdministration calendarAdministration,
                            @Reference BundleAdministration bundles, @Reference UnitAdministration unitAdministration) {
        StaffGate gate = new StaffGate(() -> sessions, vn.motcua.runtime.http.ClientAddresses.parse(
                context.getProperty(vn.motcua.runtime.http.ClientAddresses.TRUSTED_PROXIES)));
        WorkPages work = new WorkPages(() -> engine, registry, units);
        DossierActions actions = new DossierActions(work, () -> engine, () -> citizenDesk);
        AuditTrail trail = new AuditTrail(() -> audit);
        BundlePages bundlePages = new BundlePages(bundles, trail);
        UnitPages unitPages = new UnitPages(units, unitAdministration, calendarAdministration, trail);
        AccountPages accountPages = new AccountPages(units, () -> accounts, trail);
        StaffPages pages = new StaffPages(gate, new LoginPage(gate), work, new BulkActions(() -> engine, work),
                new DossierPage(work, () -> engine, () -> documents, () -> payments, () -> postal, actions), actions,
                new DocumentPages(work, () -> engine, () -> documents, () -> audit),
                new IntakePages(() -> engine, registry, units, new PostalArrivals(() -> engine, () -> postal, work)),
                new FeedbackDeskPages(() -> feedbackDesk, () -> directory, units, work),
                new EvaluationPages(() -> staffEvaluation, () -> directory, units, work),
                new DashboardPages(() -> reports, units, java.time.Clock.systemUTC()),
                new AdminPages(registry, units, bundlePages, unitPages, accountPages, trail),
                bundlePages, new BundleCheckPage(bundles, units, () -> citizenPreview), unitPages, accountPages,
                new CalendarPages(calendar, calendarAdministration, trail),
                new CostPages(registry, () -> costs, new DescriptorReader()),
                new OutboxPages(() -> outbox, () -> audit));
        Messages messages = Messages.load(MESSAGES, Messages.VIETNAMESE, WorkspaceServlet.class.getClassLoader());
        this.front = new StaffFront(StaffRoutes.table(pages), gate, messages, () -> engine != null);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        front.serve(req, resp);
    }
}
