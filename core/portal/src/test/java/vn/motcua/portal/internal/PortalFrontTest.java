package vn.motcua.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.motcua.pages.http.SecurityHeaders;
import vn.motcua.pages.http.ServiceStartingException;
import vn.motcua.pages.http.UnreadableFormException;
import vn.motcua.pages.route.Router;
import vn.motcua.storage.StorageUnavailableException;

/**
 * The portal's one error path in process (issue 15): whatever a page throws is a page in the citizen's language with
 * the status the shared {@link vn.motcua.pages.http.Failure} decides, and a known path asked with another method is a
 * 405 page, not a JSON problem.
 */
class PortalFrontTest {

    private final PortalFront front = new PortalFront(Router.<Page>builder()
            .add("GET", "/", (v, m) -> Replies.html(v, 200, "home"))
            .add("GET", "/ve-sau", (v, m) -> {
                throw new NotFound("Không có đơn vị này", "Hãy chọn đơn vị từ trang chủ.");
            })
            .add("GET", "/khoi-dong", (v, m) -> {
                throw new ServiceStartingException("citizen desk");
            })
            .add("POST", "/bieu-mau", (v, m) -> {
                throw new UnreadableFormException(true, new IllegalStateException("over the limit"));
            })
            .add("GET", "/co-so-du-lieu", (v, m) -> {
                throw new IllegalStateException("query failed", new StorageUnavailableException("down", new java.sql.SQLException()));
            })
            .add("GET", "/loi", (v, m) -> {
                throw new IllegalStateException("a bug");
            })
            .add("GET", "/tham-so", (v, m) -> Replies.html(v, 200, v.param("q").orElse("")))
            .build(), new Layout(new Assets()));

    private FakeExchange serve(String method, String path) throws IOException {
        return serve(method, path, null);
    }

    private FakeExchange serve(String method, String path, String query) throws IOException {
        FakeExchange x = new FakeExchange(method, path, query);
        front.serve(x.visit());
        return x;
    }

    @Test
    void aPageAnswersWithThePlatformsHeaders() throws IOException {
        FakeExchange x = serve("GET", "/");
        assertEquals(200, x.status);
        assertEquals("home", x.text());
        assertEquals(SecurityHeaders.CSP, x.headers.get("Content-Security-Policy"));
        assertEquals("DENY", x.headers.get("X-Frame-Options"));
    }

    @Test
    void unknownPathIsA404Page() throws IOException {
        FakeExchange x = serve("GET", "/khong-co");
        assertEquals(404, x.status);
        assertTrue(x.text().contains("Không tìm thấy trang"), x.text());
        assertTrue(x.headers.get("Content-Type").startsWith("text/html"));
    }

    @Test
    void aPagesOwnNotFoundKeepsItsWords() throws IOException {
        FakeExchange x = serve("GET", "/ve-sau");
        assertEquals(404, x.status);
        assertTrue(x.text().contains("Không có đơn vị này"), x.text());
    }

    @Test
    void knownPathWithAnotherMethodIsA405PageWithAllow() throws IOException {
        FakeExchange x = serve("POST", "/");
        assertEquals(405, x.status);
        assertEquals("GET, HEAD", x.headers.get("Allow"));
        assertTrue(x.headers.get("Content-Type").startsWith("text/html"));
        assertTrue(x.text().contains(Lang.VI.t("methodNotAllowed.title")), x.text());
    }

    @Test
    void aServiceNotThereYetIs503WithRetryAfter() throws IOException {
        FakeExchange x = serve("GET", "/khoi-dong");
        assertEquals(503, x.status);
        assertEquals("2", x.headers.get("Retry-After"));
        assertTrue(x.text().contains(Lang.VI.t("starting.title")), x.text());
    }

    @Test
    void aDatabaseThatDoesNotAnswerIs503WithRetryAfter() throws IOException {
        FakeExchange x = serve("GET", "/co-so-du-lieu");
        assertEquals(503, x.status);
        assertEquals("5", x.headers.get("Retry-After"));
        assertTrue(x.text().contains(Lang.VI.t("unavailable.title")), x.text());
    }

    @Test
    void aFormOverTheLimitIs413() throws IOException {
        FakeExchange x = serve("POST", "/bieu-mau");
        assertEquals(413, x.status);
        assertTrue(x.text().contains(Lang.VI.t("tooLarge.title")), x.text());
    }

    @Test
    void aBrokenQueryIs400() throws IOException {
        FakeExchange x = serve("GET", "/tham-so", "q=%");
        assertEquals(400, x.status);
        assertTrue(x.text().contains(Lang.VI.t("badRequest.title")), x.text());
    }

    @Test
    void aBugIs500WithoutItsMessage() throws IOException {
        FakeExchange x = serve("GET", "/loi");
        assertEquals(500, x.status);
        assertTrue(x.text().contains(Lang.VI.t("error.title")), x.text());
        assertFalse(x.text().contains("a bug"), x.text());
    }

    @Test
    void parametersAreReadThroughTheVisit() throws IOException {
        assertEquals("khai sinh", serve("GET", "/tham-so", "q=khai+sinh").text());
    }
}
