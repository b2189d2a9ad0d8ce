package vn.motcua.workspace.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.descriptor.DescriptorResult;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.cost.ComplianceCostEstimate;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.cost.CostComparison;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;

/**
 * Compliance cost in the console (Circular 02/2017/TT-VPCP, Art. 27): the cost of every registered procedure
 * version, and the saving of a simplified version, registered or pasted as a draft descriptor before it is issued.
 * Any administrator may look: the figures are public on the portal too.
 */
final class CostPages {

    static final String PATH = "/quan-tri/chi-phi";
    private static final int MAX_DRAFT_CHARS = 200_000;

    private final ProcedureRegistry registry;
    private final Supplier<ComplianceCosts> costs;
    private final DescriptorReader reader;

    CostPages(ProcedureRegistry registry, Supplier<ComplianceCosts> costs, DescriptorReader reader) {
        this.registry = registry;
        this.costs = costs;
        this.reader = reader;
    }

    void list(Req r) throws IOException {
        page(r, null, List.of());
    }

    /** Compares the chosen version with another registered one or with a draft descriptor. */
    void compare(Req r) throws IOException {
        ComplianceCosts c = costs.get();
        Optional<ProcedureDefinition> before = r.param("truoc").flatMap(this::registered);
        Optional<String> draft = r.param("du-thao");
        Optional<ProcedureDefinition> after;
        List<String> problems = List.of();
        if (draft.isPresent()) {
            if (draft.get().length() > MAX_DRAFT_CHARS) {
                problems = List.of("Dự thảo quá dài (tối đa 200.000 ký tự).");
                after = Optional.empty();
            } else {
                DescriptorResult read = reader.read("du-thao.yaml", draft.get().getBytes(StandardCharsets.UTF_8));
                after = read.procedure();
                problems = read.problems().stream().map(p -> "Dòng " + p.line() + ": " + p.message()).toList();
            }
        } else {
            after = r.param("sau").flatMap(this::registered);
        }
        if (before.isEmpty()) {
            problems = List.of("Chọn phiên bản hiện hành để so sánh.");
        } else if (after.isEmpty() && problems.isEmpty()) {
            problems = List.of("Chọn phiên bản đơn giản hóa hoặc dán dự thảo mô tả thủ tục (YAML).");
        }
        CostComparison result = null;
        if (problems.isEmpty() && c != null) {
            result = c.compare(before.get(), after.get()).orElse(null);
            if (result == null) {
                problems = List.of("Một trong hai phiên bản chưa khai báo complianceCost (các công việc, số giờ, số lần, số đối tượng).");
            }
        }
        page(r, result, problems);
    }

    private void page(Req r, CostComparison result, List<String> problems) throws IOException {
        ComplianceCosts c = costs.get();
        Html h = new Html();
        h.el("h1", "Chi phí tuân thủ thủ tục hành chính");
        Frame.notice(h, r);
        if (c == null) {
            h.el("p", "Chưa tính được chi phí: dịch vụ tính chi phí chưa chạy (xem config/compliance-cost.properties).", "class", "error", "role", "alert");
            r.html(503, Frame.page(r, "Chi phí tuân thủ", h));
            return;
        }
        h.el("p", "Theo Thông tư 02/2017/TT-VPCP, Điều 27: chi phí một lần = số giờ thực hiện các công việc × thu nhập bình quân "
                + money(c.incomeVndPerHour()) + "/giờ + phí, lệ phí + chi phí khác; chi phí một năm = chi phí một lần × số lần "
                + "trong năm × số đối tượng trong năm.");
        List<RegisteredProcedure> all = procedures();
        h.open("table").el("caption", "Chi phí theo thủ tục và phiên bản", "class", "muted").open("thead").open("tr");
        for (String t : List.of("Thủ tục", "Phiên bản", "Gói", "Số giờ", "Một lần", "Một năm")) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (RegisteredProcedure p : all) {
            Optional<ComplianceCostEstimate> e = c.estimate(p.definition());
            h.open("tr").el("td", p.code() + " – " + p.definition().name()).el("td", p.definition().version())
                    .el("td", p.source().bundleName())
                    .el("td", e.map(x -> x.taskHours().toPlainString()).orElse("—"))
                    .el("td", e.map(x -> money(x.costPerTimeVnd())).orElse("chưa khai báo"))
                    .el("td", e.map(x -> money(x.yearlyCostVnd())).orElse("—")).close("tr");
        }
        h.close("tbody").close("table");

        h.el("h2", "So sánh hai phiên bản", "id", "so-sanh");
        for (String p : problems) {
            h.el("p", p, "class", "error", "role", "alert");
        }
        if (result != null) {
            comparison(h, result);
        }
        h.open("form", "class", "card", "method", "post", "action", PATH);
        Frame.csrf(h, r);
        h.el("label", "Phiên bản hiện hành", "for", "truoc").open("select", "id", "truoc", "name", "truoc", "required", "");
        options(h, all, r.param("truoc").orElse(""));
        h.close("select");
        h.el("label", "Phiên bản đơn giản hóa (đã đăng ký)", "for", "sau").open("select", "id", "sau", "name", "sau");
        h.el("option", "— dùng dự thảo bên dưới —", "value", "");
        options(h, all, r.param("sau").orElse(""));
        h.close("select");
        h.el("label", "Hoặc dán dự thảo mô tả thủ tục (YAML) trước khi ban hành", "for", "du-thao");
        h.open("textarea", "id", "du-thao", "name", "du-thao", "rows", "8").text(r.param("du-thao").orElse("")).close("textarea");
        h.el("p", "");
        h.el("button", "So sánh", "type", "submit");
        h.close("form");
        r.html(problems.isEmpty() ? 200 : 422, Frame.page(r, "Chi phí tuân thủ", h));
    }

    private static void comparison(Html h, CostComparison c) {
        h.open("table").el("caption", "Kết quả so sánh", "class", "muted").open("thead").open("tr");
        for (String t : List.of("", "Hiện hành (" + c.before().version() + ")", "Đơn giản hóa (" + c.after().version() + ")", "Tiết kiệm")) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        h.open("tr").el("th", "Một lần", "scope", "row").el("td", money(c.before().costPerTimeVnd()))
                .el("td", money(c.after().costPerTimeVnd())).el("td", money(c.savingPerTimeVnd())).close("tr");
        h.open("tr").el("th", "Một năm", "scope", "row").el("td", money(c.before().yearlyCostVnd()))
                .el("td", money(c.after().yearlyCostVnd())).el("td", money(c.yearlySavingVnd()) + " (" + percent(c.savingPercent()) + ")")
                .close("tr");
        h.close("tbody").close("table");
    }

    private static void options(Html h, List<RegisteredProcedure> all, String selected) {
        for (RegisteredProcedure p : all) {
            String key = key(p);
            h.el("option", p.code() + " – " + p.definition().name() + " – phiên bản " + p.definition().version()
                    + " (" + p.source().bundleName() + ")", "value", key, "selected", key.equals(selected) ? "" : null);
        }
    }

    private List<RegisteredProcedure> procedures() {
        return registry.all().stream().sorted(Comparator.comparing(RegisteredProcedure::code)
                .thenComparing(p -> p.definition().version()).thenComparing(p -> p.source().bundleName())).toList();
    }

    private Optional<ProcedureDefinition> registered(String key) {
        return registry.all().stream().filter(p -> key(p).equals(key)).findFirst().map(RegisteredProcedure::definition);
    }

    private static String key(RegisteredProcedure p) {
        return p.code() + "@" + p.definition().version() + "@" + p.source().bundleId();
    }

    static String money(long vnd) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(vnd) + " đồng";
    }

    private static String percent(BigDecimal p) {
        return p.toPlainString().replace('.', ',') + " %";
    }
}
