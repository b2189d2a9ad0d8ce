package vn.motcua.runtime.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    /** Issue 16: the workspace login form accepted a POST from a foreign page (login CSRF). */
    @Test
    void aLoginPostedFromAnotherSiteIsCrossSite() {
        assertTrue(SameOrigin.crossSite("cross-site", "https://evil.example", "motcua.hanoi.gov.vn"));
        assertTrue(SameOrigin.crossSite("same-site", null, "motcua.hanoi.gov.vn"), "a sibling subdomain is another site for a login");
        assertTrue(SameOrigin.crossSite(null, "https://evil.example", "motcua.hanoi.gov.vn"));
        assertTrue(SameOrigin.crossSite(null, "null", "motcua.hanoi.gov.vn"));
        assertFalse(SameOrigin.crossSite("same-origin", "https://motcua.hanoi.gov.vn", "motcua.hanoi.gov.vn"));
        assertFalse(SameOrigin.crossSite(null, "http://localhost:8080", "localhost:8080"));
        assertFalse(SameOrigin.crossSite("none", null, "x"), "typed in the address bar");
        assertFalse(SameOrigin.crossSite(null, null, "x"), "no browser: curl or an API client");
    }
}
