package vn.motcua.workspace.internal;

import vn.motcua.pages.html.Html;
import vn.motcua.security.StaffRole;

/** The frame of every staff page: head, header with navigation by role and sign-out, main landmark. */
final class Frame {

    static final String CSS = StyleSheet.PATH;

    private Frame() {
    }

    static String page(Req r, String title, Html main) {
        Html h = new Html();
        h.trusted("<!DOCTYPE html>");
        h.open("html", "lang", "vi").open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", r.t("frame.title", title));
        h.empty("meta", "name", "robots", "content", "noindex");
        h.empty("link", "rel", "stylesheet", "href", CSS);
        h.close("head").open("body");
        h.el("a", r.t("frame.skip"), "class", "skip", "href", "#main");
        h.open("header", "class", "top");
        h.el("a", r.t("frame.brand"), "href", "/can-bo/");
        if (r.who != null) {
            h.open("nav", "aria-label", r.t("frame.nav")).open("ul");
            h.open("li").el("a", r.t("nav.queue"), "href", "/can-bo/").close("li");
            if (r.who.has(StaffRole.ONE_STOP_OFFICER)) {
                h.open("li").el("a", r.t("nav.intake"), "href", "/can-bo/tiep-nhan").close("li");
            }
            h.open("li").el("a", r.t("nav.feedback"), "href", FeedbackDeskPages.PATH).close("li");
            h.open("li").el("a", r.t("nav.trackingBook"), "href", "/can-bo/so-theo-doi").close("li");
            if (DashboardScope.allowed(r.who)) {
                h.open("li").el("a", r.t(r.who.has(StaffRole.CONTROL_OFFICER) ? "nav.statisticsControl" : "nav.statistics"),
                        "href", "/quan-tri/thong-ke").close("li");
            }
            if (EvaluationPages.mayOpen(r.who)) {
                h.open("li").el("a", r.t("nav.evaluation"), "href", EvaluationPages.PATH).close("li");
            }
            if (r.who.has(StaffRole.CITY_ADMIN) || r.who.has(StaffRole.UNIT_ADMIN)) {
                h.open("li").el("a", r.t("nav.admin"), "href", "/quan-tri/").close("li");
            }
            h.close("ul").close("nav");
            h.open("div", "class", "who").el("span", r.who.displayName());
            h.open("form", "class", "inline", "method", "post", "action", "/can-bo/dang-xuat");
            csrf(h, r);
            h.el("button", r.t("frame.logout"), "type", "submit", "class", "secondary");
            h.close("form").close("div");
        }
        h.close("header");
        h.open("main", "id", "main", "tabindex", "-1");
        h.trusted(main.toString());
        h.close("main").close("body").close("html");
        return h.toString();
    }

    /** The session's anti-forgery token as the hidden field every state-changing form carries. */
    static void csrf(Html h, Req r) {
        h.empty("input", "type", "hidden", "name", "_csrf", "value", r.csrf == null ? "" : r.csrf);
    }

    static void notice(Html h, Req r) {
        r.param("thong-bao").ifPresent(m -> h.el("p", m, "class", "notice", "role", "status"));
        r.param("loi").ifPresent(m -> h.el("p", m, "class", "error", "role", "alert"));
    }

    /** A term and its value in a list of facts; a dash when there is no value. */
    static void fact(Html h, String term, String value) {
        h.el("dt", term).el("dd", value == null || value.isBlank() ? "—" : value);
    }
}
