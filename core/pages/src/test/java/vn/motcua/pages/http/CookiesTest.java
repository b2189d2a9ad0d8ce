package vn.motcua.pages.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.runtime.http.ClientAddresses;

class CookiesTest {

    private final Cookies cookies = new Cookies(ClientAddresses.parse("10.0.0.5"));

    @Test
    void secureOnlyOverTlsDirectlyOrThroughATrustedProxy() {
        var plain = FakeRequests.request(Map.of("getRemoteAddr", "203.0.113.7"));
        var tls = FakeRequests.request(Map.of("getRemoteAddr", "203.0.113.7", "isSecure", true));
        var proxied = FakeRequests.request(Map.of("getRemoteAddr", "10.0.0.5", "getHeader", "https"));
        var forged = FakeRequests.request(Map.of("getRemoteAddr", "203.0.113.7", "getHeader", "https"));
        assertEquals("motcua_lang=en; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict",
                cookies.header(plain, "motcua_lang", "en", Cookies.SameSite.STRICT, 31_536_000));
        assertEquals("motcua_lang=en; Path=/; Max-Age=60; HttpOnly; SameSite=Strict; Secure",
                cookies.header(tls, "motcua_lang", "en", Cookies.SameSite.STRICT, 60));
        assertEquals("motcua_session=s; Path=/; HttpOnly; SameSite=Lax; Secure",
                cookies.header(proxied, "motcua_session", "s", Cookies.SameSite.LAX, -1), "a session cookie has no Max-Age");
        assertEquals("motcua_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
                cookies.header(forged, "motcua_session", "", Cookies.SameSite.LAX, 0), "X-Forwarded-Proto from anyone is not trusted");
    }

    @Test
    void readsTheNamedCookie() {
        var req = FakeRequests.request(Map.of("getCookies", new Cookie[] {new Cookie("a", "1"), new Cookie("motcua_grant", "g")}));
        assertEquals(Optional.of("g"), Cookies.read(req, "motcua_grant"));
        assertEquals(Optional.empty(), Cookies.read(req, "b"));
        assertEquals(Optional.empty(), Cookies.read(FakeRequests.request(Map.of()), "a"));
    }
}
