package vn.motcua.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.SecondFactorAttempts;
import vn.motcua.runtime.http.ClientAddresses;
import vn.motcua.engine.documents.DossierDocuments;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.security.AuditLog;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffAuthenticator;
import vn.motcua.security.StaffSessions;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.storage.StorageOperations;
import vn.motcua.pages.route.Match;
import vn.motcua.pages.route.Miss;
import vn.motcua.pages.route.Result;
import vn.motcua.pages.route.Router;

/**
 * The JSON API under {@code /api/v1} and the Prometheus endpoint {@code /metrics}. Routing, error mapping,
 * request ids and metrics happen here and only here; resources hold the behaviour.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/v1/*", "/metrics"})
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = AdminResource.MAX_BUNDLE_BYTES, maxRequestSize = AdminResource.MAX_BUNDLE_BYTES + 65536)
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient ObjectMapper json = Json.mapper();
    private final transient ApiReplies replies = new ApiReplies(json);
    private final transient Router<ApiHandler> router;
    private final transient PlatformMetrics platformMetrics;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DossierEngine engine;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.outbox.Outbox outbox;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.storage.ReportStore reports;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffAuthenticator authenticator;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffSessions sessions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffAccounts accounts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog auditLog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DossierDocuments documents;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CitizenDesk citizenDesk;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile vn.motcua.engine.payment.Payments payments;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SecondFactorAttempts secondFactorAttempts;

    private final transient ClientAddresses addresses;
    private final transient MetricsAccess metricsAccess;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StorageOperations storage;

    private final transient CsrfGuard csrf = new CsrfGuard(() -> sessions);

    @Activate
    public ApiServlet(BundleContext context,
                      @Reference ProcedureRegistry registry,
                      @Reference UnitDirectory unitDirectory,
                      @Reference BundleAdministration bundles,
                      @Reference WorkingCalendar calendar,
                      @Reference UnitAdministration unitAdministration,
                      @Reference CalendarAdministration calendarAdministration,
                      @Reference WebMetrics metrics) {
        this.addresses = ClientAddresses.parse(context.getProperty(ClientAddresses.TRUSTED_PROXIES));
        UnitsResource units = new UnitsResource(unitDirectory);
        String schema = new DescriptorReader().schemaText();
        ProceduresResource procedures = new ProceduresResource(registry, units);
        StaffContext staff = new StaffContext(() -> authenticator);
        this.metricsAccess = new MetricsAccess(context.getProperty("motcua.metrics.token"), staff);
        SecondFactorGate secondFactors = new SecondFactorGate(() -> secondFactorAttempts);
        AdminResource admin = new AdminResource(staff, new Audit(() -> auditLog), bundles, registry, units, json);
        AuthResource auth = new AuthResource(() -> sessions, staff, json);
        AccountsResource accountsResource = new AccountsResource(() -> accounts, () -> auditLog, staff,
                code -> unitDirectory.find(code).isPresent(), json);
        CalendarResource calendarResource = new CalendarResource(calendar, units, procedures);
        PaymentsResource paymentsResource = new PaymentsResource(() -> payments, () -> engine, secondFactors, json);
        DossiersResource dossiers = new DossiersResource(() -> engine, staff, json, secondFactors, paymentsResource::statusOf);
        DocumentsResource documentsResource = new DocumentsResource(() -> documents, new Audit(() -> auditLog), staff, dossiers, units);
        CitizenResource citizen = new CitizenResource(() -> citizenDesk, staff, json, secondFactors);
        String openApi = OpenApiDocument.text();
        UnitsAdminResource unitsAdmin = new UnitsAdminResource(staff, new Audit(() -> auditLog), units, unitAdministration,
                calendarAdministration, json);
        this.platformMetrics = new PlatformMetrics(metrics, bundles, registry, () -> engine, () -> outbox, () -> storage, () -> reports);
        HealthResource health = new HealthResource(context, bundles, () -> storage, this::missingServices,
                java.time.Duration.ofMillis(intProperty(context, "motcua.health.timeoutMillis", 2000)), java.time.Clock.systemUTC());
        String data = context.getProperty("motcua.data.dir");
        String backupDir = context.getProperty("motcua.backup.dir");
        BackupResource backups = new BackupResource(staff, new Audit(() -> auditLog), () -> storage,
                java.nio.file.Path.of(backupDir != null && !backupDir.isBlank() ? backupDir : (data == null ? "data" : data) + "/backups"));
        this.router = ApiRoutes.router(new ApiResources(health, backups, units, schema, procedures, calendarResource, dossiers,
                paymentsResource, documentsResource, citizen, openApi, admin, unitsAdmin, auth, accountsResource));
    }

    /** The route of a call, or the problem that says why there is none: 404 unknown path, 405 another method. */
    private Match<ApiHandler> matched(String method, String path) {
        Result<ApiHandler> found = router.match(method, path);
        if (found instanceof Match<ApiHandler> m) {
            return m;
        }
        if (found == Miss.METHOD_NOT_ALLOWED) {
            throw ApiProblem.of(405, "method_not_allowed", "Phương thức không được hỗ trợ",
                    "Phương thức " + method + " không dùng được với " + path + "; xem /api/v1/openapi.json.");
        }
        throw ApiProblem.notFound("no_such_path", "Không có đường dẫn " + path + " trong API; xem /api/v1/openapi.json.");
    }

    /** The services without which this node cannot serve dossiers or staff: readiness is down while one is missing. */
    private java.util.List<String> missingServices() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (engine == null) {
            missing.add("DossierEngine (engine bundle)");
        }
        if (citizenDesk == null) {
            missing.add("CitizenDesk (engine bundle)");
        }
        if (authenticator == null || sessions == null || accounts == null) {
            missing.add("staff authentication (security bundle)");
        }
        return missing;
    }

    private static int intProperty(BundleContext context, String name, int fallback) {
        String v = context.getProperty(name);
        try {
            return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            LOG.warn("{}={} is not a number; using {}", name, v, fallback);
            return fallback;
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String requestId = req.getAttribute(AccessLogFilter.REQUEST_ID) instanceof String given ? given
                : AccessLogFilter.requestId(req.getHeader("X-Request-Id"));
        MDC.put("requestId", requestId);
        resp.setHeader("X-Request-Id", requestId);
        String route = "unmatched";
        int status;
        try {
            if ("/metrics".equals(req.getServletPath())) {
                route = "/metrics";
                metricsAccess.require(new ApiCall(req, Map.of(), addresses));
                status = replies.metrics(resp, platformMetrics.scrape());
            } else {
                Match<ApiHandler> match = matched(req.getMethod(), req.getPathInfo());
                route = match.route().template();
                // Log lines of this request carry the dossier and unit it is about (config/logback.xml).
                if (route.startsWith("/dossiers/{code}")) {
                    MDC.put("dossier", match.params().get("code"));
                }
                String unit = match.params().getOrDefault("unit", ApiCall.parameter(req, "unit"));
                if (unit != null && unit.length() <= 20) {
                    MDC.put("unit", unit);
                }
                csrf.check(req); // the one place: before any resource sees a cookie-authenticated change
                status = replies.write(resp, match.handler().handle(new ApiCall(req, match.params(), addresses)));
            }
        } catch (RuntimeException e) {
            Optional<ApiProblem> problem = ExceptionMapping.toProblem(e);
            if (problem.isEmpty()) {
                // Never a stack trace to the client: log it with the request id the client got.
                LOG.error("request {} {} failed", req.getMethod(), req.getRequestURI(), e);
            } else if (problem.get().status() == 503) {
                LOG.warn("request {} {} answered 503: {}", req.getMethod(), req.getRequestURI(), e.getMessage());
            }
            status = replies.problem(req, resp, problem.orElseGet(() -> ApiProblem.of(500, "internal_error", "Lỗi hệ thống",
                    "Đã xảy ra lỗi không mong muốn. Mã yêu cầu: " + MDC.get("requestId"))));
        } finally {
            MDC.remove("requestId");
            MDC.remove("dossier");
            MDC.remove("unit");
        }
        // the access filter records the latency under this template (never the raw path: bounded series)
        req.setAttribute(WebMetrics.ROUTE, route);
    }
}
