package vn.motcua.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.pages.route.Match;
import vn.motcua.pages.route.Miss;
import vn.motcua.pages.route.Result;
import vn.motcua.pages.route.Router;

/**
 * The portal's route table in process (issue 15): which template a path reaches with which parameters, 404 for an
 * unknown path, 405 for a known path with another method. No page object is needed to build and match the table.
 */
class PortalRoutesTest {

    private final Router<Page> router = new PortalRoutes(null, null, null, null, null, null, null, null, null, null).router();

    private Match<Page> match(String method, String path) {
        Result<Page> r = router.match(method, path);
        return assertInstanceOf(Match.class, r, method + " " + path);
    }

    @Test
    void pathsReachTheirPagesWithTheirParameters() {
        assertEquals("/", match("GET", "/").route().template());
        Match<Page> procedure = match("GET", "/don-vi/00070/thu-tuc/1.001193");
        assertEquals("/don-vi/{unit}/thu-tuc/{code}", procedure.route().template());
        assertEquals(Map.of("unit", "00070", "code", "1.001193"), procedure.params());
        assertEquals("POST", match("POST", "/don-vi/00070/thu-tuc/1.001193/nop").route().method());
        assertEquals("/don-vi/{unit}/thu-tuc/{code}/kiem-tra", match("POST", "/don-vi/00070/thu-tuc/1.001193/kiem-tra").route().template());
        // Asking the post to collect the paper dossier (decision 1133): the same form, its own path.
        assertEquals("/don-vi/{unit}/thu-tuc/{code}/nop-qua-buu-chinh", match("GET", "/don-vi/00070/thu-tuc/2.000815/nop-qua-buu-chinh").route().template());
        assertEquals("POST", match("POST", "/don-vi/00070/thu-tuc/2.000815/nop-qua-buu-chinh").route().method());
        assertEquals("/ho-so/{code}/bien-nhan", match("GET", "/ho-so/H26.00070-261204-0001/bien-nhan").route().template());
        assertEquals("/ho-so/{code}/thanh-toan/ket-qua", match("GET", "/ho-so/H26/thanh-toan/ket-qua").route().template());
        assertEquals("/ho-so/{code}/phieu-tu-choi.pdf", match("GET", "/ho-so/H26/phieu-tu-choi.pdf").route().template());
        assertEquals("/ho-so/{code}/ket-qua.pdf", match("GET", "/ho-so/H26/ket-qua.pdf").route().template());
        assertEquals("/phan-anh/tra-cuu", match("POST", "/phan-anh/tra-cuu").route().template());
        assertEquals("abc", match("GET", "/danh-gia-tai-quay/abc").param("token"));
        assertEquals("/static/{version}/{name}", match("GET", "/static/1a2b/portal.css").route().template());
    }

    @Test
    void headIsAnsweredLikeGet() {
        assertEquals("GET", match("HEAD", "/tra-cuu").route().method());
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertEquals(Miss.NOT_FOUND, router.match("GET", "/khong-co"));
        assertEquals(Miss.NOT_FOUND, router.match("GET", "/ho-so/H26/bang-gia.pdf"));
        assertEquals(Miss.NOT_FOUND, router.match("GET", "/don-vi/00070/thu-tuc"));
    }

    @Test
    void aKnownPathWithAnotherMethodIsNotAllowed() {
        assertEquals(Miss.METHOD_NOT_ALLOWED, router.match("POST", "/"));
        assertEquals(Miss.METHOD_NOT_ALLOWED, router.match("GET", "/ho-so/H26/bo-sung"));
        assertEquals(Miss.METHOD_NOT_ALLOWED, router.match("DELETE", "/tra-cuu"));
        assertEquals(Miss.METHOD_NOT_ALLOWED, router.match("PUT", "/don-vi/00070/thu-tuc/1.001193/nop"));
    }

    /** Every page the portal answered before the table (the if-chain's list) is still routed. */
    @Test
    void everyPortalPathIsInTheTable() {
        String[] known = {"GET /", "GET /favicon.ico", "GET /robots.txt", "GET /ngon-ngu/en", "GET /thu-tuc/1", "GET /don-vi/1",
            "GET /don-vi/1/thu-tuc/2/nop", "GET /don-vi/1/thu-tuc/2/kiem-tra", "GET /tra-cuu", "POST /tra-cuu", "GET /ho-so/1",
            "GET /ho-so/1/thanh-toan", "POST /ho-so/1/bo-sung", "POST /ho-so/1/danh-gia", "POST /ho-so/1/thoat",
            "GET /ho-so/1/giay-tiep-nhan.pdf", "GET /ho-so/1/phieu-xin-loi.pdf", "GET /ho-so/1/phieu-yeu-cau-bo-sung.pdf",
            "GET /ho-so/1/thong-bao-dung.pdf", "GET /phan-anh", "POST /phan-anh", "GET /phan-anh/tra-cuu",
            "POST /phan-anh/danh-gia", "POST /danh-gia-tai-quay/t"};
        for (String k : known) {
            String[] mp = k.split(" ");
            assertTrue(router.match(mp[0], mp[1]) instanceof Match, k);
        }
    }
}
