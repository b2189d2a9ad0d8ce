package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormFile;
import vn.motcua.pages.preview.CitizenPreview;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleCheck;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.StaffRole;

/**
 * {@code /quan-tri/goi/kiem-tra}: a dry run of an uploaded jar (what deploying it would do) with a preview of each
 * procedure as it would run and as citizens would see it. Nothing is installed or audited.
 */
final class BundleCheckPage {

    private final BundleAdministration bundles;
    private final UnitDirectory units;
    private final Supplier<CitizenPreview> preview;

    BundleCheckPage(BundleAdministration bundles, UnitDirectory units, Supplier<CitizenPreview> preview) {
        this.bundles = bundles;
        this.units = units;
        this.preview = preview;
    }

    /** A dry run of an uploaded jar: what deploying it would do, shown on a page; nothing is installed or audited. */
    void serve(Req r) throws IOException {
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            BundlePages.forbidden(r);
            return;
        }
        Optional<FormFile> jar = BundlePages.chosenJar(r);
        if (jar.isEmpty()) {
            return;
        }
        BundleCheck check = bundles.check(BundlePages.jarName(jar.get()), jar.get().content());
        Html h = new Html();
        h.el("h1", "Kết quả kiểm tra gói " + check.name() + " " + check.version());
        h.el("p", check.deployable() ? "Gói có thể triển khai. Chưa có gì được cài đặt."
                : "Gói sẽ bị từ chối nếu triển khai. Chưa có gì được cài đặt; phiên bản đang chạy không thay đổi.",
                "role", "status");
        h.el("h2", "Thủ tục trong gói");
        h.el("p", check.procedures().isEmpty() ? "—" : String.join(", ", check.procedures()));
        h.el("h2", "Lỗi (" + check.problems().size() + ")");
        list(h, check.problems().stream().map(ReadableValues::withoutServerPaths).toList());
        h.el("h2", "Cảnh báo (" + check.warnings().size() + ")");
        list(h, check.warnings().stream().map(ReadableValues::withoutServerPaths).toList());
        check.definitions().forEach(d -> preview(h, d));
        h.open("p").el("a", "Về trang quản trị", "href", "/quan-tri/").close("p");
        r.html(200, Frame.page(r, "Kiểm tra gói thủ tục", h));
    }

    /**
     * A procedure of the checked jar as it would run (issue 12): its steps with units, roles and budgets, and the
     * citizen's pages rendered by the portal itself (disclosure with the appointment if submitted now, fees, form).
     */
    private void preview(Html h, ProcedureDefinition d) {
        h.open("section", "class", "card", "aria-label", "Xem trước " + d.code());
        h.el("h2", "Xem trước: " + d.code() + " – " + d.name() + " (phiên bản " + d.version() + ")");
        h.el("h3", "Các bước xử lý");
        if (d.steps().isEmpty()) {
            h.el("p", "Không khai báo bước: hồ sơ được giải quyết ngay tại Bộ phận Một cửa.");
        } else {
            h.open("table").open("thead").open("tr");
            for (String t : List.of("Bước", "Đơn vị", "Vai trò", "Thời gian", "Thao tác")) {
                h.el("th", t, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (Step s : d.steps()) {
                h.open("tr").el("td", s.name() + " (" + s.id() + ")" + (s.automated() ? " – hệ thống tự thực hiện" : ""))
                        .el("td", s.unit() == null ? "Đơn vị tiếp nhận" : s.unit() + " – "
                                + units.find(s.unit()).map(vn.motcua.runtime.units.Unit::name).orElse("không có trong danh mục"))
                        .el("td", roleName(s.role()))
                        .el("td", budget(s.budget()))
                        .el("td", String.join(", ", s.actions().stream().map(t -> t.action().name().toLowerCase(java.util.Locale.ROOT)
                                + (t.next() == null ? "" : " → " + t.next())).toList()))
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        CitizenPreview portal = preview.get();
        h.el("h3", "Người dân sẽ thấy");
        if (portal == null) {
            h.el("p", "Cổng dịch vụ công chưa chạy nên chưa xem trước được trang của người dân.");
        } else {
            // The portal's own pages in a sandboxed frame: its styles, no scripts, nothing submitted.
            h.empty("iframe", "title", "Trang thủ tục và tờ khai " + d.code() + " như trên Cổng dịch vụ công",
                    "sandbox", "", "class", "preview", "style", "width:100%;height:60rem;border:1px solid #ccc",
                    "srcdoc", portal.page(d));
        }
        h.close("section");
    }

    private static String roleName(vn.motcua.api.procedure.Role role) {
        return switch (role) {
            case ONE_STOP_OFFICER -> "Công chức Bộ phận Một cửa";
            case SPECIALIST -> "Chuyên viên, công chức chuyên môn";
            case LEADER -> "Lãnh đạo";
        };
    }

    private static String budget(vn.motcua.api.procedure.TimeLimit t) {
        return switch (t.unit()) {
            case WORKING_HOURS -> t.amount() + " giờ làm việc";
            case WORKING_DAYS -> t.amount() + " ngày làm việc";
            case SAME_DAY -> "trong ngày";
        };
    }

    private static void list(Html h, List<String> items) {
        if (items.isEmpty()) {
            h.el("p", "Không có.");
            return;
        }
        h.open("ul");
        items.forEach(i -> h.el("li", i));
        h.close("ul");
    }
}
