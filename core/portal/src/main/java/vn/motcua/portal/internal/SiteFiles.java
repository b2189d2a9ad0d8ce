package vn.motcua.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What the portal serves that is not a page: versioned assets (immutable for a year), the icon, robots.txt, and the
 * language switch, which remembers the choice in a cookie and goes back. Stateless apart from the assets.
 */
final class SiteFiles {

    private static final byte[] ROBOTS = "User-agent: *\nDisallow: /ho-so/\nDisallow: /danh-gia-tai-quay/\nAllow: /\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final int LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600;

    private final Assets assets;

    SiteFiles(Assets assets) {
        this.assets = assets;
    }

    void asset(Visit v, String version, String name) throws IOException {
        Assets.Asset a = assets.find(version, name).orElseThrow(() -> new NotFound(null, null));
        Replies.bytes(v, 200, a.mediaType(), a.bytes(), "public, max-age=31536000, immutable");
    }

    void favicon(Visit v) throws IOException {
        Replies.bytes(v, 200, "image/svg+xml", assets.get("favicon.svg").bytes(), "public, max-age=86400");
    }

    void robots(Visit v) throws IOException {
        Replies.bytes(v, 200, "text/plain;charset=utf-8", ROBOTS, "public, max-age=86400");
    }

    /** Remembers the language in a cookie and goes back to the page the switch was on (a local path only). */
    void language(Visit v, String code) {
        v.setCookie(Visit.LANG_COOKIE, Lang.of(code).code, LANGUAGE_COOKIE_SECONDS);
        String back = v.param("trang").filter(p -> p.startsWith("/") && !p.startsWith("//") && !p.contains("\\")).orElse("/");
        Replies.redirect(v, back);
    }
}
