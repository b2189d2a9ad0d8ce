package vn.motcua.workspace.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.documents.DossierDocuments;
import vn.motcua.engine.evaluation.StaffEvaluation;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.pages.html.Html;
import vn.motcua.reports.Reports;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.outbox.Outbox;
import vn.motcua.security.AuditLog;
import vn.motcua.security.LoginFailedException;
import vn.motcua.security.LoginThrottledException;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffDirectory;
import vn.motcua.security.StaffSession;
import vn.motcua.security.StaffSessions;

/**
 * Staff pages: the officer workspace under {@code /can-bo} and the admin console under {@code /quan-tri}, routed
 * here and only here. Every page needs a session (else the login page); every POST needs the session's
 * anti-forgery token (else 403), checked before any route runs.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/can-bo/*", "/quan-tri/*"})
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = 60L * 1024 * 1024, maxRequestSize = 120L * 1024 * 1024, fileSizeThreshold = 1024 * 1024)
public final class WorkspaceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceServlet.class);

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

    private final transient StaffGate gate;
    private final transient WorkPages work;
    private final transient IntakePages intake;
    private final transient AdminPages admin;
    private final transient ConsolePages console;
    private final transient DashboardPages dashboard;
    private final transient CostPages cost;
    private final transient FeedbackDeskPages feedback;
    private final transient EvaluationPages evaluation;
    private final transient OutboxPages outboxPages;

    @Activate
    public WorkspaceServlet(org.osgi.framework.BundleContext context, @Reference ProcedureRegistry registry, @Reference UnitDirectory units,
                            @Reference WorkingCalendar calendar, @Reference CalendarAdministration calendarAdministration,
                            @Reference BundleAdministration bundles, @Reference UnitAdministration unitAdministration) {
        this.gate = new StaffGate(() -> sessions, vn.motcua.runtime.http.ClientAddresses.parse(
                context.getProperty(vn.motcua.runtime.http.ClientAddresses.TRUSTED_PROXIES)));
        this.work = new WorkPages(() -> engine, () -> documents, () -> audit, () -> citizenDesk, registry, units, () -> postal)
                .withPayments(() -> payments);
        this.outboxPages = new OutboxPages(() -> outbox, () -> audit);
        this.intake = new IntakePages(() -> engine, registry, units);
        this.console = new ConsolePages(units, unitAdministration, calendarAdministration, () -> accounts, () -> audit);
        this.dashboard = new DashboardPages(() -> reports, units, java.time.Clock.systemUTC());
        this.evaluation = new EvaluationPages(() -> staffEvaluation, () -> directory, units, work);
        this.feedback = new FeedbackDeskPages(() -> feedbackDesk, () -> directory, units, work);
        this.cost = new CostPages(registry, () -> costs, new DescriptorReader());
        this.admin = new AdminPages(bundles, registry, units, calendar, calendarAdministration, () -> accounts, () -> audit, console,
                () -> citizenPreview);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String method = req.getMethod();
        // Forms are sent in UTF-8 (the page's charset); without this, multipart text parts arrive as ISO-8859-1.
        req.setCharacterEncoding("UTF-8");
        try {
            if (!vn.motcua.pages.html.RequestParameters.readable(req)) {
                resp.sendError(400, "Địa chỉ hoặc biểu mẫu có ký tự không hợp lệ.");
                return;
            }
            if (path.equals("/can-bo/tai-nguyen/workspace.css")) {
                css(resp);
                return;
            }
            if (path.equals("/can-bo/dang-nhap")) {
                login(req, resp, method);
                return;
            }
            Optional<StaffSession> session = gate.current(req);
            if (session.isEmpty()) {
                if ("GET".equals(method)) {
                    resp.setStatus(303);
                    resp.setHeader("Location", "/can-bo/dang-nhap?tiep=" + WorkPages.enc(path));
                } else {
                    resp.sendError(401);
                }
                return;
            }
            if ("POST".equals(method) && !gate.validPost(req)) {
                resp.sendError(403, "Thiếu hoặc sai mã chống giả mạo; hãy tải lại trang.");
                return;
            }
            Req r = new Req(req, resp, path, session.get().identity(), session.get().csrfToken(), gate.client(req));
            if (engine == null) {
                resp.setHeader("Retry-After", "2");
                resp.sendError(503);
                return;
            }
            route(r, method, path.split("/"));
        } catch (RuntimeException e) {
            if (vn.motcua.storage.StorageUnavailableException.in(e).isPresent()) {
                // database down or failing over: nothing was done, the officer may retry (decision 1412)
                LOG.warn("staff page {} {} answered 503: {}", method, path, e.getMessage());
                if (!resp.isCommitted()) {
                    resp.setHeader("Retry-After", "5");
                    resp.sendError(503, "Cơ sở dữ liệu tạm thời không trả lời; thao tác chưa được thực hiện. Vui lòng thử lại sau vài giây.");
                }
                return;
            }
            LOG.error("staff page {} {} failed", method, path, e);
            if (!resp.isCommitted()) {
                resp.sendError(500);
            }
        }
    }

    /** {@code parts[0]} is empty, {@code parts[1]} is {@code can-bo} or {@code quan-tri}. */
    private void route(Req r, String method, String[] p) throws IOException {
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        if ("quan-tri".equals(p[1]) && p.length >= 3 && p[2].equals("thong-ke")) {
            // statistics: city administrators, and leaders, unit administrators and control officers for their units
            if (get && DashboardScope.allowed(r.who)) {
                dashboard.route(r, p);
            } else {
                work.notFound(r);
            }
            return;
        }
        if ("quan-tri".equals(p[1])) {
            if (!AdminPages.allowed(r.who)) {
                work.notFound(r);
            } else if (get && p.length == 2) {
                admin.home(r);
            } else if (p.length == 3 && p[2].equals("chi-phi")) {
                if (get) {
                    cost.list(r);
                } else if (post) {
                    cost.compare(r);
                }
            } else if (get && p.length == 3 && p[2].equals("hop-thu-di") && OutboxPages.allowed(r.who)) {
                outboxPages.page(r);
            } else if (post && p.length == 5 && p[2].equals("hop-thu-di") && p[4].equals("gui-lai") && OutboxPages.allowed(r.who)) {
                outboxPages.resend(r, p[3]);
            } else if (post && p.length == 3 && p[2].equals("goi")) {
                admin.upload(r);
            } else if (post && p.length == 4 && p[2].equals("goi") && p[3].equals("kiem-tra")) {
                admin.checkUpload(r);
            } else if (post && p.length == 5 && p[2].equals("goi") && p[3].matches("\\d{1,18}")) {
                admin.bundleAction(r, Long.parseLong(p[3]), p[4]);
            } else if (post && p.length == 6 && p[2].equals("thu-tuc") && p[4].equals("don-vi")) {
                admin.switchProcedure(r, p[3], p[5]);
            } else if (get && p.length == 4 && p[2].equals("don-vi")) {
                admin.unit(r, p[3]);
            } else if (post && p.length == 4 && p[2].equals("don-vi")) {
                console.saveUnit(r, p[3]);
            } else if (post && p.length == 5 && p[2].equals("don-vi") && p[4].equals("dong-cua")) {
                console.addClosure(r, p[3]);
            } else if (post && p.length == 6 && p[2].equals("don-vi") && p[4].equals("dong-cua") && p[5].equals("xoa")) {
                console.removeClosure(r, p[3]);
            } else if (post && p.length == 3 && p[2].equals("tai-khoan")) {
                console.createAccount(r);
            } else if (get && p.length == 4 && p[2].equals("tai-khoan")) {
                console.account(r, p[3]);
            } else if (post && p.length == 5 && p[2].equals("tai-khoan") && p[4].equals("vai-tro")) {
                console.saveRoles(r, p[3]);
            } else if (post && p.length == 5 && p[2].equals("tai-khoan") && p[4].equals("mat-khau")) {
                console.resetPassword(r, p[3]);
            } else if (post && p.length == 5 && p[2].equals("tai-khoan") && (p[4].equals("khoa") || p[4].equals("mo-khoa"))) {
                console.setActive(r, p[3], p[4].equals("mo-khoa"));
            } else if (p.length == 4 && p[2].equals("lich") && p[3].matches("(19|20|21)\\d\\d")) {
                if (get) {
                    admin.year(r, Integer.parseInt(p[3]));
                } else if (post) {
                    admin.importYear(r, Integer.parseInt(p[3]));
                }
            } else {
                work.notFound(r);
            }
            return;
        }
        if (post && p.length == 3 && p[2].equals("dang-xuat")) {
            gate.logout(r.http, r.resp);
            r.redirect("/can-bo/dang-nhap");
        } else if (get && p.length == 2) {
            work.queuePages().queue(r);
        } else if (post && p.length == 3 && p[2].equals("hang-loat")) {
            work.queuePages().bulk(r);
        } else if (get && p.length == 3 && p[2].equals("tiep-nhan")) {
            intake.choose(r);
        } else if (p.length == 5 && p[2].equals("tiep-nhan")) {
            if (get) {
                intake.form(r, p[3], p[4]);
            } else if (post) {
                intake.submit(r, p[3], p[4]);
            }
        } else if (get && p.length == 4 && p[2].equals("ho-so")) {
            work.dossier(r, p[3]);
        } else if (post && p.length == 5 && p[2].equals("ho-so") && p[4].equals("thao-tac")) {
            work.act(r, p[3]);
        } else if (get && p.length == 6 && p[2].equals("ho-so") && p[4].equals("tep")) {
            work.attachment(r, p[3], p[5]);
        } else if (post && p.length == 5 && p[2].equals("ho-so") && p[4].equals("danh-gia-tai-quay")) {
            work.openCounterRating(r, p[3]);
        } else if (get && p.length == 6 && p[2].equals("ho-so") && p[4].equals("giay-to")) {
            work.slip(r, p[3], p[5]);
        } else if (get && p.length == 3 && p[2].equals("phan-anh")) {
            feedback.inbox(r);
        } else if (get && p.length == 4 && p[2].equals("phan-anh")) {
            feedback.item(r, p[3]);
        } else if (post && p.length == 5 && p[2].equals("phan-anh")) {
            feedback.act(r, p[3], p[4]);
        } else if (get && p.length == 3 && p[2].equals("danh-gia")) {
            evaluation.unit(r);
        } else if (get && p.length == 4 && p[2].equals("danh-gia")) {
            evaluation.officer(r, p[3]);
        } else if (get && p.length == 3 && p[2].equals("so-theo-doi")) {
            work.trackingBook(r);
        } else {
            work.notFound(r);
        }
    }

    private void login(HttpServletRequest req, HttpServletResponse resp, String method) throws IOException {
        String next = Optional.ofNullable(req.getParameter("tiep")).filter(t -> t.matches("/(can-bo|quan-tri)(/[A-Za-z0-9._/-]*)?")).orElse("/can-bo/");
        String error = null;
        if ("POST".equals(method) && StaffGate.crossSite(req)) {
            // Login CSRF: a foreign page must not sign this browser into an account of its choosing (issue 16).
            resp.sendError(403, "Chỉ đăng nhập được từ trang đăng nhập của hệ thống.");
            return;
        }
        if ("POST".equals(method)) {
            try {
                gate.login(req, resp, String.valueOf(req.getParameter("login")).strip(), String.valueOf(req.getParameter("password")));
                resp.setStatus(303);
                resp.setHeader("Location", next);
                return;
            } catch (LoginThrottledException e) {
                error = "Đăng nhập sai quá nhiều lần; thử lại sau " + Math.max(1, e.retryAfter().toSeconds()) + " giây.";
            } catch (LoginFailedException e) {
                error = "Tên đăng nhập hoặc mật khẩu không đúng.";
            } catch (IllegalStateException e) {
                error = "Hệ thống đang khởi động; thử lại sau giây lát.";
            }
        }
        Req r = new Req(req, resp, "/can-bo/dang-nhap", null, null, gate.client(req));
        Html h = new Html();
        h.el("h1", "Đăng nhập cán bộ");
        if (error != null) {
            h.el("p", error, "class", "error", "role", "alert");
        }
        h.open("form", "class", "card", "method", "post", "action", "/can-bo/dang-nhap?tiep=" + WorkPages.enc(next));
        h.el("label", "Tên đăng nhập", "for", "login");
        h.empty("input", "id", "login", "name", "login", "autocomplete", "username", "required", "", "autocapitalize", "none");
        h.el("label", "Mật khẩu", "for", "password");
        h.empty("input", "id", "password", "name", "password", "type", "password", "autocomplete", "current-password", "required", "");
        h.el("p", "");
        h.el("button", "Đăng nhập", "type", "submit");
        h.close("form");
        r.html(error == null ? 200 : 401, Frame.page(r, "Đăng nhập", h));
    }

    private static void css(HttpServletResponse resp) throws IOException {
        try (InputStream in = WorkspaceServlet.class.getResourceAsStream("workspace.css")) {
            byte[] bytes = in.readAllBytes();
            resp.setContentType("text/css;charset=utf-8");
            resp.setHeader("Cache-Control", "public, max-age=3600");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        }
    }
}
