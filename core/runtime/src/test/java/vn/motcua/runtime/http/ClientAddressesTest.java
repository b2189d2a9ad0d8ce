package vn.motcua.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    /** Issue 13: rate limits and the Secure cookie believed X-Forwarded-* from any client. */
    @Test
    void withoutTrustedProxiesForwardedHeadersAreIgnored() {
        ClientAddresses none = ClientAddresses.parse(null);
        assertEquals("203.0.113.66", none.client("203.0.113.66", "1.2.3.4"));
        assertFalse(none.secure(false, "203.0.113.66", "https"));
        assertTrue(none.secure(true, "203.0.113.66", null));
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightmostUntrustedHop() {
        ClientAddresses proxies = ClientAddresses.parse("10.0.0.5, 10.1.0.0/16 ::1");
        assertEquals("198.51.100.7", proxies.client("10.0.0.5", "1.2.3.4, 198.51.100.7"),
                "the leftmost entry was written by the client itself and proves nothing");
        assertEquals("198.51.100.7", proxies.client("10.0.0.5", "198.51.100.7, 10.1.2.3"), "a chain of trusted proxies");
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", "not-an-address"));
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", null));
        assertEquals("203.0.113.66", proxies.client("203.0.113.66", "1.2.3.4"), "an untrusted peer is the client");
        assertTrue(proxies.secure(false, "10.1.9.9", "https"));
        assertFalse(proxies.secure(false, "10.2.0.1", "https"));
        assertTrue(proxies.trusts("::1"));
    }

    @Test
    void aWrongSettingNamesTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientAddresses.parse("10.0.0.5, proxy.example"));
        assertTrue(e.getMessage().contains("proxy.example"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.parse("10.0.0.0/33"));
    }
}
