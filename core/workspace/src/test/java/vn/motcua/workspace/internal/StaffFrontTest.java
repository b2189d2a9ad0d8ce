package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.motcua.pages.http.ServiceStartingException;
import vn.motcua.pages.http.UnreadableFormException;
import vn.motcua.pages.route.Router;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.StorageUnavailableException;

/** The order in which the staff front answers, and what every failure becomes; in process, no platform. */
class StaffFrontTest {

    static final StaffIdentity OFFICER = FakeHttp.officer(StaffRole.ONE_STOP_OFFICER, "00070");
    static final StaffIdentity CITY_ADMIN = FakeHttp.officer(StaffRole.CITY_ADMIN, "HN");

    final List<String> served = new ArrayList<>();
    final AtomicBoolean engineReady = new AtomicBoolean(true);

    /** A small table whose pages say which ran, and some that fail the way pages fail. */
    Router<StaffRoute> table() {
        return Router.<StaffRoute>builder()
                .add("GET", "/can-bo/dang-nhap", StaffRoute.open(r -> served.add("login")))
                .add("GET", "/can-bo", StaffRoute.signedIn(r -> served.add("queue")))
                .add("GET", "/can-bo/ho-so/{code}", StaffRoute.signedIn(r -> served.add("dossier " + r.at("code"))))
                .add("POST", "/can-bo/ho-so/{code}/thao-tac", StaffRoute.signedIn(r -> served.add("act " + r.param("action").orElse(""))))
                .add("GET", "/quan-tri", StaffRoute.only(AdminPages::allowed, r -> served.add("admin")))
                .add("GET", "/can-bo/loi/csdl", StaffRoute.signedIn(r -> {
                    throw new IllegalStateException("wrapped", new StorageUnavailableException("down", null));
                }))
                .add("GET", "/can-bo/loi/khoi-dong", StaffRoute.signedIn(r -> {
                    throw new ServiceStartingException("reports");
                }))
                .add("GET", "/can-bo/loi/qua-lon", StaffRoute.signedIn(r -> {
                    throw new UnreadableFormException(true, null);
                }))
                .add("GET", "/can-bo/loi/bieu-mau", StaffRoute.signedIn(r -> {
                    throw new UnreadableFormException(false, null);
                }))
                .add("GET", "/can-bo/loi/bug", StaffRoute.signedIn(r -> {
                    throw new NullPointerException("a bug");
                }))
                .build();
    }

    FakeHttp.Answer send(StaffIdentity who, String method, String target, Map<String, String> form) throws IOException {
        FakeHttp.Answer a = new FakeHttp.Answer();
        new StaffFront(table(), FakeHttp.gate(who), FakeHttp.messages(), engineReady::get)
                .serve(FakeHttp.request(method, target, who != null, form), FakeHttp.response(a));
        return a;
    }

    FakeHttp.Answer get(StaffIdentity who, String target) throws IOException {
        return send(who, "GET", target, Map.of());
    }

    @Test
    void aRouteBindsItsSegmentsAndRunsItsPage() throws IOException {
        assertEquals(200, get(OFFICER, "/can-bo/ho-so/H26.00070-261204-0001").status);
        assertEquals(List.of("dossier H26.00070-261204-0001"), served);
        get(OFFICER, "/can-bo/");
        assertEquals("queue", served.get(1), "the trailing slash of /can-bo/ is the queue");
    }

    @Test
    void anUnknownPathIsTheNotFoundPage() throws IOException {
        FakeHttp.Answer a = get(OFFICER, "/can-bo/khong-co");
        assertEquals(404, a.status);
        assertTrue(a.text().contains("Không tìm thấy"), a.text());
        assertTrue(a.headers.get("Content-Security-Policy").contains("default-src 'none'"), "the page headers are set");
        assertTrue(served.isEmpty());
    }

    @Test
    void aRouteTheAccountMayNotFollowIsNotFoundLikeAnUnknownOne() throws IOException {
        FakeHttp.Answer refused = get(OFFICER, "/quan-tri/");
        assertEquals(404, refused.status);
        assertTrue(refused.text().contains("Không tìm thấy"));
        assertTrue(served.isEmpty(), "the page never ran");
        assertEquals(200, get(CITY_ADMIN, "/quan-tri/").status);
        assertEquals(List.of("admin"), served);
    }

    @Test
    void aKnownPathWithAnotherMethodIs405() throws IOException {
        FakeHttp.Answer a = send(OFFICER, "POST", "/can-bo/ho-so/X", Map.of("_csrf", FakeHttp.TOKEN));
        assertEquals(405, a.status);
        assertTrue(served.isEmpty());
    }

    @Test
    void withoutASessionAGetGoesToTheLoginPageAndAPostIs401() throws IOException {
        FakeHttp.Answer get = get(null, "/can-bo/ho-so/X");
        assertEquals(303, get.status);
        assertEquals("/can-bo/dang-nhap?tiep=%2Fcan-bo%2Fho-so%2FX", get.headers.get("Location"));
        assertEquals(401, send(null, "POST", "/can-bo/ho-so/X/thao-tac", Map.of("action", "receive")).status);
        assertEquals(303, get(null, "/can-bo/khong-co").status, "unknown paths are not told apart before signing in");
        assertTrue(served.isEmpty());
    }

    @Test
    void anOpenRouteNeedsNoSession() throws IOException {
        assertEquals(200, get(null, "/can-bo/dang-nhap").status);
        assertEquals(List.of("login"), served);
    }

    @Test
    void aPostWithoutTheSessionsTokenIsRefusedBeforeTheRouteRuns() throws IOException {
        FakeHttp.Answer forged = send(OFFICER, "POST", "/can-bo/ho-so/X/thao-tac", Map.of("action", "receive", "_csrf", "wrong"));
        assertEquals(403, forged.status);
        assertTrue(forged.text().contains("mã chống giả mạo"), forged.text());
        assertTrue(served.isEmpty());
        assertEquals(200, send(OFFICER, "POST", "/can-bo/ho-so/X/thao-tac", Map.of("action", "receive", "_csrf", FakeHttp.TOKEN)).status);
        assertEquals(List.of("act receive"), served);
    }

    @Test
    void failuresBecomeTheirStatusWithRetryAfterWhereRetryingHelps() throws IOException {
        FakeHttp.Answer db = get(OFFICER, "/can-bo/loi/csdl");
        assertEquals(503, db.status);
        assertEquals("5", db.headers.get("Retry-After"));
        assertTrue(db.text().contains("Cơ sở dữ liệu tạm thời không trả lời"), db.text());

        FakeHttp.Answer starting = get(OFFICER, "/can-bo/loi/khoi-dong");
        assertEquals(503, starting.status);
        assertEquals("2", starting.headers.get("Retry-After"));

        assertEquals(413, get(OFFICER, "/can-bo/loi/qua-lon").status);
        assertEquals(400, get(OFFICER, "/can-bo/loi/bieu-mau").status);

        FakeHttp.Answer bug = get(OFFICER, "/can-bo/loi/bug");
        assertEquals(500, bug.status);
        assertFalse(bug.text().contains("NullPointerException") || bug.text().contains("a bug"), "a bug is logged, never shown");
        assertFalse(bug.headers.containsKey("Retry-After"));
    }

    @Test
    void withoutTheEngineEveryStaffPageIs503() throws IOException {
        engineReady.set(false);
        FakeHttp.Answer a = get(OFFICER, "/can-bo/");
        assertEquals(503, a.status);
        assertEquals("2", a.headers.get("Retry-After"));
        assertTrue(served.isEmpty());
        assertEquals(200, get(null, "/can-bo/dang-nhap").status, "the login page still answers");
    }

    @Test
    void anUndecodableQueryIs400() throws IOException {
        assertEquals(400, get(OFFICER, "/can-bo/?q=%C3%28").status);
        assertTrue(served.isEmpty());
    }
}
