package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.pages.route.Match;
import vn.motcua.pages.route.Miss;
import vn.motcua.pages.route.Result;
import vn.motcua.pages.route.Router;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/** The workspace's real route table: which path reaches which route, and who may follow it. */
class StaffRoutesTest {

    static final StaffIdentity OFFICER = FakeHttp.officer(StaffRole.ONE_STOP_OFFICER, "00070");
    static final StaffIdentity LEADER = FakeHttp.officer(StaffRole.LEADER, "00070");
    static final StaffIdentity UNIT_ADMIN = FakeHttp.officer(StaffRole.UNIT_ADMIN, "00070");
    static final StaffIdentity CITY_ADMIN = FakeHttp.officer(StaffRole.CITY_ADMIN, "HN");

    /** The pages without their services: routing and access never call them. */
    static StaffPages pages() {
        StaffGate gate = FakeHttp.gate(null);
        WorkPages work = new WorkPages(() -> null, null, null);
        DossierActions actions = new DossierActions(work, () -> null, () -> null);
        AuditTrail trail = new AuditTrail(() -> null);
        BundlePages bundles = new BundlePages(null, trail);
        UnitPages units = new UnitPages(null, null, null, trail);
        AccountPages accounts = new AccountPages(null, () -> null, trail);
        return new StaffPages(gate, new LoginPage(gate), work, new BulkActions(() -> null, work), new DossierPage(work, () -> null, () -> null, () -> null, () -> null, actions),
                actions, new DocumentPages(work, () -> null, () -> null, () -> null), new IntakePages(() -> null, null, null, null),
                new FeedbackDeskPages(() -> null, () -> null, null, work), new EvaluationPages(() -> null, () -> null, null, work),
                new DashboardPages(() -> null, null, java.time.Clock.systemUTC()),
                new AdminPages(null, null, bundles, units, accounts, trail), bundles, new BundleCheckPage(null, null, () -> null),
                units, accounts, new CalendarPages(null, null, trail), new CostPages(null, () -> null, null),
                new OutboxPages(() -> null, () -> null));
    }

    static final Router<StaffRoute> ROUTES = StaffRoutes.table(pages());

    static Match<StaffRoute> match(String method, String path) {
        Result<StaffRoute> r = ROUTES.match(method, path);
        assertInstanceOf(Match.class, r, method + " " + path);
        return (Match<StaffRoute>) r;
    }

    static void routes(String method, String path, String template, Map<String, String> bound) {
        Match<StaffRoute> m = match(method, path);
        assertEquals(template, m.route().template(), method + " " + path);
        assertEquals(bound, m.params(), method + " " + path);
    }

    @Test
    void everyPathOfTheWorkspaceReachesItsRoute() {
        routes("GET", "/can-bo/", "/can-bo", Map.of());
        routes("GET", "/can-bo", "/can-bo", Map.of());
        routes("HEAD", "/can-bo/", "/can-bo", Map.of());
        routes("POST", "/can-bo/hang-loat", "/can-bo/hang-loat", Map.of());
        routes("GET", "/can-bo/ho-so/H26.00070-261204-0001", "/can-bo/ho-so/{code}", Map.of("code", "H26.00070-261204-0001"));
        routes("POST", "/can-bo/ho-so/H1/thao-tac", "/can-bo/ho-so/{code}/thao-tac", Map.of("code", "H1"));
        routes("GET", "/can-bo/ho-so/H1/tep/7", "/can-bo/ho-so/{code}/tep/{id}", Map.of("code", "H1", "id", "7"));
        routes("GET", "/can-bo/ho-so/H1/giay-to/receipt", "/can-bo/ho-so/{code}/giay-to/{kind}", Map.of("code", "H1", "kind", "receipt"));
        routes("POST", "/can-bo/ho-so/H1/danh-gia-tai-quay", "/can-bo/ho-so/{code}/danh-gia-tai-quay", Map.of("code", "H1"));
        routes("GET", "/can-bo/tiep-nhan/00070/1.013225", "/can-bo/tiep-nhan/{unit}/{procedure}", Map.of("unit", "00070", "procedure", "1.013225"));
        routes("POST", "/can-bo/tiep-nhan/00070/1.013225", "/can-bo/tiep-nhan/{unit}/{procedure}", Map.of("unit", "00070", "procedure", "1.013225"));
        routes("POST", "/can-bo/phan-anh/PA-1/nhan", "/can-bo/phan-anh/{reference}/{op}", Map.of("reference", "PA-1", "op", "nhan"));
        routes("GET", "/can-bo/danh-gia/cv70", "/can-bo/danh-gia/{login}", Map.of("login", "cv70"));
        routes("POST", "/can-bo/dang-xuat", "/can-bo/dang-xuat", Map.of());
        routes("GET", "/quan-tri/", "/quan-tri", Map.of());
        routes("GET", "/quan-tri/thong-ke/xuat", "/quan-tri/thong-ke/xuat", Map.of());
        routes("POST", "/quan-tri/goi/kiem-tra", "/quan-tri/goi/kiem-tra", Map.of());
        routes("POST", "/quan-tri/goi/12/dung", "/quan-tri/goi/{id}/{op}", Map.of("id", "12", "op", "dung"));
        routes("POST", "/quan-tri/thu-tuc/1.013225/don-vi/00070", "/quan-tri/thu-tuc/{procedure}/don-vi/{unit}",
                Map.of("procedure", "1.013225", "unit", "00070"));
        routes("POST", "/quan-tri/don-vi/00070/dong-cua/xoa", "/quan-tri/don-vi/{unit}/dong-cua/xoa", Map.of("unit", "00070"));
        routes("POST", "/quan-tri/tai-khoan/cv70/mo-khoa", "/quan-tri/tai-khoan/{login}/mo-khoa", Map.of("login", "cv70"));
        routes("GET", "/quan-tri/lich/2027", "/quan-tri/lich/{year}", Map.of("year", "2027"));
        routes("POST", "/quan-tri/hop-thu-di/42/gui-lai", "/quan-tri/hop-thu-di/{id}/gui-lai", Map.of("id", "42"));
    }

    @Test
    void unknownPathsAndMethodsMatchNothing() {
        assertEquals(Miss.NOT_FOUND, ROUTES.match("GET", "/can-bo/khong-co"));
        assertEquals(Miss.NOT_FOUND, ROUTES.match("GET", "/can-bo/ho-so/H1/thao-tac/x"));
        assertEquals(Miss.METHOD_NOT_ALLOWED, ROUTES.match("POST", "/can-bo/ho-so/H1"));
        assertEquals(Miss.METHOD_NOT_ALLOWED, ROUTES.match("GET", "/can-bo/ho-so/H1/thao-tac"));
        assertEquals(Miss.METHOD_NOT_ALLOWED, ROUTES.match("DELETE", "/quan-tri/"));
    }

    @Test
    void onlyTheLoginPageAndTheStyleSheetAreOpen() {
        for (var route : ROUTES.routes()) {
            boolean expected = route.template().equals(LoginPage.PATH) || route.template().equals(StyleSheet.PATH);
            assertEquals(expected, route.handler().open(), route.method() + " " + route.template());
        }
    }

    @Test
    void theConsoleIsForAdministratorsOnly() {
        StaffRoute console = match("GET", "/quan-tri/").handler();
        assertFalse(console.admits(OFFICER));
        assertFalse(console.admits(LEADER));
        assertTrue(console.admits(UNIT_ADMIN));
        assertTrue(console.admits(CITY_ADMIN));
        assertFalse(console.admits(null), "no session, no console");
        for (var route : ROUTES.routes()) {
            if (route.template().startsWith("/quan-tri") && !route.template().startsWith("/quan-tri/thong-ke")) {
                assertFalse(route.handler().admits(OFFICER), route.method() + " " + route.template());
                assertFalse(route.handler().admits(LEADER), route.method() + " " + route.template());
            }
        }
    }

    @Test
    void theOutboxIsForCityAdministratorsAndStatisticsAlsoForLeaders() {
        StaffRoute outbox = match("GET", "/quan-tri/hop-thu-di").handler();
        assertFalse(outbox.admits(UNIT_ADMIN));
        assertTrue(outbox.admits(CITY_ADMIN));
        assertFalse(match("POST", "/quan-tri/hop-thu-di/1/gui-lai").handler().admits(UNIT_ADMIN));
        StaffRoute statistics = match("GET", "/quan-tri/thong-ke").handler();
        assertTrue(statistics.admits(LEADER));
        assertTrue(statistics.admits(FakeHttp.officer(StaffRole.CONTROL_OFFICER, "00070")));
        assertFalse(statistics.admits(OFFICER));
    }

    @Test
    void aBundleIdOrYearThatIsNoNumberIsNotFound() throws IOException {
        for (String[] target : new String[][] {{"POST", "/quan-tri/goi/abc/dung"}, {"GET", "/quan-tri/lich/99"}}) {
            FakeHttp.Answer a = new FakeHttp.Answer();
            Match<StaffRoute> m = match(target[0], target[1]);
            m.handler().page().serve(new Req(FakeHttp.request(target[0], target[1], true, Map.of()), FakeHttp.response(a), target[1],
                    CITY_ADMIN, FakeHttp.TOKEN, "127.0.0.1", FakeHttp.messages(), m.params()));
            assertEquals(404, a.status, target[1]);
        }
    }

    @Test
    void everyPageOfTheOldIfChainIsRouted() {
        // GET and POST of the pages that take both
        for (String both : new String[] {"/quan-tri/chi-phi", "/quan-tri/don-vi/00070", "/quan-tri/lich/2026", "/can-bo/dang-nhap"}) {
            match("GET", both);
            match("POST", both);
        }
        for (String get : new String[] {"/can-bo/tiep-nhan", "/can-bo/so-theo-doi", "/can-bo/phan-anh", "/can-bo/phan-anh/PA-1",
                "/can-bo/danh-gia", "/quan-tri/thong-ke", "/quan-tri/thong-ke/ho-so", "/quan-tri/tai-khoan/cv70",
                "/can-bo/tai-nguyen/workspace.css"}) {
            match("GET", get);
        }
        for (String post : new String[] {"/quan-tri/goi", "/quan-tri/tai-khoan", "/quan-tri/don-vi/00070/dong-cua",
                "/quan-tri/tai-khoan/cv70/vai-tro", "/quan-tri/tai-khoan/cv70/mat-khau", "/quan-tri/tai-khoan/cv70/khoa"}) {
            match("POST", post);
        }
    }
}
