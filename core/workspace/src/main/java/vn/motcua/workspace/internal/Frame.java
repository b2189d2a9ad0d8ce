package vn.motcua.workspace.internal;

import vn.motcua.pages.html.Html;
import vn.motcua.security.StaffRole;

/** The frame of every staff page: head, header with navigation by role and sign-out, main landmark. */
final class Frame {

    static final String CSS = "/can-bo/tai-nguyen/workspace.css";

    private Frame() {
    }

    static String page(Req r, String title, Html main) {
        Html h = new Html();
        h.trusted("<!DOCTYPE html>");
        h.open("html", "lang", "vi").open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", title + " – Một cửa điện tử Hà Nội");
        h.empty("meta", "name", "robots", "content", "noindex");
        h.empty("link", "rel", "stylesheet", "href", CSS);
        h.close("head").open("body");
        h.el("a", "Bỏ qua, đến nội dung chính", "class", "skip", "href", "#main");
        h.open("header", "class", "top");
        h.el("a", "Một cửa – Cán bộ", "href", "/can-bo/");
        if (r.who != null) {
            h.open("nav", "aria-label", "Điều hướng cán bộ").open("ul");
            h.open("li").el("a", "Hồ sơ cần xử lý", "href", "/can-bo/").close("li");
            if (r.who.has(StaffRole.ONE_STOP_OFFICER)) {
                h.open("li").el("a", "Tiếp nhận tại quầy", "href", "/can-bo/tiep-nhan").close("li");
            }
            h.open("li").el("a", "Phản ánh, kiến nghị", "href", FeedbackDeskPages.PATH).close("li");
            h.open("li").el("a", "Sổ theo dõi", "href", "/can-bo/so-theo-doi").close("li");
            if (DashboardScope.allowed(r.who)) {
                h.open("li").el("a", r.who.has(StaffRole.CONTROL_OFFICER) ? "Thống kê, kiểm soát" : "Thống kê",
                        "href", "/quan-tri/thong-ke").close("li");
            }
            if (EvaluationPages.mayOpen(r.who)) {
                h.open("li").el("a", "Đánh giá cán bộ", "href", EvaluationPages.PATH).close("li");
            }
            if (r.who.has(StaffRole.CITY_ADMIN) || r.who.has(StaffRole.UNIT_ADMIN)) {
                h.open("li").el("a", "Quản trị", "href", "/quan-tri/").close("li");
            }
            h.close("ul").close("nav");
            h.open("div", "class", "who").el("span", r.who.displayName());
            h.open("form", "class", "inline", "method", "post", "action", "/can-bo/dang-xuat");
            csrf(h, r);
            h.el("button", "Đăng xuất", "type", "submit", "class", "secondary");
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
}
