package vn.motcua.portal.internal;

import vn.motcua.pages.html.Html;
/**
 * The frame of every page: head with description and versioned assets, header with navigation and the language
 * switch, main landmark, footer. Pages write only their main content.
 */
final class Layout {

    private final Assets assets;

    Layout(Assets assets) {
        this.assets = assets;
    }

    /** A whole page around {@code main}, which must come from an {@link Html} builder. */
    String page(Visit v, String title, String description, Html main) {
        Lang lang = v.lang();
        Html h = new Html();
        head(h, lang, title, description);
        h.open("body");
        h.el("a", lang.t("skip"), "class", "skip", "href", "#main");
        h.open("header", "class", "top").open("div", "class", "bar");
        h.el("a", lang.t("site.short"), "class", "brand", "href", "/");
        h.open("nav", "class", "main", "aria-label", lang.t("nav.label")).open("ul");
        h.open("li").el("a", lang.t("nav.lookup"), "href", "/tra-cuu").close("li");
        h.open("li").el("a", lang.t("nav.feedback"), "href", "/phan-anh").close("li");
        Lang other = lang.other();
        h.open("li").el("a", lang.t("lang.switch"), "href", "/ngon-ngu/" + other.code + "?trang=" + v.pathForReturn(),
                "lang", other.code, "hreflang", other.code).close("li");
        h.close("ul").close("nav");
        h.close("div").close("header");
        h.open("main", "id", "main", "tabindex", "-1");
        h.trusted(main.toString());
        h.close("main");
        h.open("footer").el("p", lang.t("footer")).close("footer");
        h.close("body").close("html");
        return h.toString();
    }

    /** A page with the portal's head and styles around {@code main} but no navigation: for a preview in a frame. */
    String bare(Lang lang, String title, Html main) {
        Html h = new Html();
        head(h, lang, title, title);
        h.open("body").open("main", "id", "main");
        h.trusted(main.toString());
        h.close("main").close("body").close("html");
        return h.toString();
    }

    private void head(Html h, Lang lang, String title, String description) {
        h.trusted("<!DOCTYPE html>");
        h.open("html", "lang", lang.code);
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", title + " – " + lang.t("site.short"));
        h.empty("meta", "name", "description", "content", description);
        h.empty("meta", "name", "theme-color", "content", "#a3161b");
        h.empty("link", "rel", "icon", "href", assets.path("favicon.svg"), "type", "image/svg+xml");
        h.empty("link", "rel", "stylesheet", "href", assets.path("portal.css"));
        h.open("script", "src", assets.path("portal.js"), "defer", "").close("script");
        h.close("head");
    }
}
