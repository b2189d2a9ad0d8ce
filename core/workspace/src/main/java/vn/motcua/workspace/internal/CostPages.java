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
                problems = List.of(r.t("cost.draftTooLong", number(MAX_DRAFT_CHARS)));
                after = Optional.empty();
            } else {
                DescriptorResult read = reader.read("du-thao.yaml", draft.get().getBytes(StandardCharsets.UTF_8));
                after = read.procedure();
                problems = read.problems().stream().map(p -> r.t("cost.draftLine", p.line(), p.message())).toList();
            }
        } else {
            after = r.param("sau").flatMap(this::registered);
        }
        if (before.isEmpty()) {
            problems = List.of(r.t("cost.chooseBefore"));
        } else if (after.isEmpty() && problems.isEmpty()) {
            problems = List.of(r.t("cost.chooseAfter"));
        }
        CostComparison result = null;
        if (problems.isEmpty() && c != null) {
            result = c.compare(before.get(), after.get()).orElse(null);
            if (result == null) {
                problems = List.of(r.t("cost.notDeclared"));
            }
        }
        page(r, result, problems);
    }

    private void page(Req r, CostComparison result, List<String> problems) throws IOException {
        ComplianceCosts c = costs.get();
        Html h = new Html();
        h.el("h1", r.t("cost.heading"));
        Frame.notice(h, r);
        if (c == null) {
            h.el("p", r.t("cost.unavailable"), "class", "error", "role", "alert");
            r.html(503, Frame.page(r, r.t("cost.title"), h));
            return;
        }
        h.el("p", r.t("cost.method", money(r, c.incomeVndPerHour())));
        List<RegisteredProcedure> all = procedures();
        h.open("table").el("caption", r.t("cost.table.caption"), "class", "muted").open("thead").open("tr");
        for (String t : List.of(r.t("cost.col.procedure"), r.t("cost.col.version"), r.t("cost.col.bundle"), r.t("cost.col.hours"),
                r.t("cost.perTime"), r.t("cost.perYear"))) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (RegisteredProcedure p : all) {
            Optional<ComplianceCostEstimate> e = c.estimate(p.definition());
            h.open("tr").el("td", p.code() + " – " + p.definition().name()).el("td", p.definition().version())
                    .el("td", p.source().bundleName())
                    .el("td", e.map(x -> x.taskHours().toPlainString()).orElse("—"))
                    .el("td", e.map(x -> money(r, x.costPerTimeVnd())).orElse(r.t("cost.undeclared")))
                    .el("td", e.map(x -> money(r, x.yearlyCostVnd())).orElse("—")).close("tr");
        }
        h.close("tbody").close("table");

        h.el("h2", r.t("cost.compare.heading"), "id", "so-sanh");
        for (String p : problems) {
            h.el("p", p, "class", "error", "role", "alert");
        }
        if (result != null) {
            comparison(h, r, result);
        }
        h.open("form", "class", "card", "method", "post", "action", PATH);
        Frame.csrf(h, r);
        h.el("label", r.t("cost.form.before"), "for", "truoc").open("select", "id", "truoc", "name", "truoc", "required", "");
        options(h, r, all, r.param("truoc").orElse(""));
        h.close("select");
        h.el("label", r.t("cost.form.after"), "for", "sau").open("select", "id", "sau", "name", "sau");
        h.el("option", r.t("cost.form.useDraft"), "value", "");
        options(h, r, all, r.param("sau").orElse(""));
        h.close("select");
        h.el("label", r.t("cost.form.draft"), "for", "du-thao");
        h.open("textarea", "id", "du-thao", "name", "du-thao", "rows", "8").text(r.param("du-thao").orElse("")).close("textarea");
        h.el("p", "");
        h.el("button", r.t("cost.form.submit"), "type", "submit");
        h.close("form");
        r.html(problems.isEmpty() ? 200 : 422, Frame.page(r, r.t("cost.title"), h));
    }

    private static void comparison(Html h, Req r, CostComparison c) {
        h.open("table").el("caption", r.t("cost.result.caption"), "class", "muted").open("thead").open("tr");
        for (String t : List.of("", r.t("cost.result.before", c.before().version()), r.t("cost.result.after", c.after().version()),
                r.t("cost.result.saving"))) {
            h.el("th", t, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        h.open("tr").el("th", r.t("cost.perTime"), "scope", "row").el("td", money(r, c.before().costPerTimeVnd()))
                .el("td", money(r, c.after().costPerTimeVnd())).el("td", money(r, c.savingPerTimeVnd())).close("tr");
        h.open("tr").el("th", r.t("cost.perYear"), "scope", "row").el("td", money(r, c.before().yearlyCostVnd()))
                .el("td", money(r, c.after().yearlyCostVnd())).el("td", money(r, c.yearlySavingVnd()) + " (" + percent(c.savingPercent()) + ")")
                .close("tr");
        h.close("tbody").close("table");
    }

    private static void options(Html h, Req r, List<RegisteredProcedure> all, String selected) {
        for (RegisteredProcedure p : all) {
            String key = key(p);
            h.el("option", r.t("cost.option", p.code(), p.definition().name(), p.definition().version(), p.source().bundleName()),
                    "value", key, "selected", key.equals(selected) ? "" : null);
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

    /** An amount in đồng, grouped the Vietnamese way (decision 1501: numbers are formatted in code). */
    static String money(Req r, long vnd) {
        return r.t("cost.money", number(vnd));
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(n);
    }

    private static String percent(BigDecimal p) {
        return p.toPlainString().replace('.', ',') + " %";
    }
}
