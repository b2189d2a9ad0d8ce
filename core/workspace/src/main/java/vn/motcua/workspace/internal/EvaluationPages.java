package vn.motcua.workspace.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import vn.motcua.engine.evaluation.OfficerEvaluation;
import vn.motcua.engine.evaluation.Satisfaction;
import vn.motcua.engine.evaluation.SatisfactionReport;
import vn.motcua.engine.evaluation.StaffEvaluation;
import vn.motcua.engine.evaluation.StepTimeliness;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.StaffDirectory;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * Satisfaction and staff evaluation of a unit (decision 1031): visible to the unit's leaders and administrators and to
 * city administrators only; anyone else gets the not-found page, as for a dossier of another unit.
 */
final class EvaluationPages {

    static final String PATH = "/can-bo/danh-gia";

    private final Supplier<StaffEvaluation> evaluation;
    private final Supplier<StaffDirectory> directory;
    private final UnitDirectory units;
    private final WorkPages work;

    EvaluationPages(Supplier<StaffEvaluation> evaluation, Supplier<StaffDirectory> directory, UnitDirectory units, WorkPages work) {
        this.evaluation = evaluation;
        this.directory = directory;
        this.units = units;
        this.work = work;
    }

    /** Units whose officers' evaluation the account may see: those it leads or administers; every unit for the city. */
    static Set<String> evaluable(StaffIdentity who) {
        Set<String> out = new TreeSet<>(who.unitsWith(StaffRole.LEADER));
        out.addAll(who.unitsWith(StaffRole.UNIT_ADMIN));
        return out;
    }

    static boolean mayOpen(StaffIdentity who) {
        return who.has(StaffRole.CITY_ADMIN) || !evaluable(who).isEmpty();
    }

    private static boolean mayEvaluate(StaffIdentity who, String unit) {
        return who.has(StaffRole.CITY_ADMIN) || evaluable(who).contains(unit);
    }

    void unit(Req r) throws IOException {
        if (!mayOpen(r.who) || evaluation.get() == null || directory.get() == null) {
            work.notFound(r);
            return;
        }
        Optional<Period> period = period(r);
        if (period.isEmpty()) {
            r.redirect(PATH + "?loi=" + WorkPages.enc(r.t("evaluation.badPeriod")));
            return;
        }
        Set<String> mine = r.who.has(StaffRole.CITY_ADMIN) ? new TreeSet<>(units.all().stream().map(u -> u.code()).toList()) : evaluable(r.who);
        String unit = r.param("don-vi").filter(mine::contains).orElse(mine.iterator().next());
        Period p = period.get();
        List<StaffDirectory.Colleague> officers = directory.get().officersOf(unit);
        SatisfactionReport report = evaluation.get().satisfaction(Set.of(unit), officers.stream().map(StaffDirectory.Colleague::login).toList(), p.from, p.to);
        Html h = new Html();
        h.el("h1", r.t("evaluation.heading"));
        Frame.notice(h, r);
        h.el("p", r.t("evaluation.lead"), "class", "muted");
        h.open("form", "class", "filters", "method", "get", "action", PATH);
        h.open("div").el("label", r.t("evaluation.unit"), "for", "don-vi").open("select", "id", "don-vi", "name", "don-vi");
        mine.forEach(u -> h.el("option", work.unitName(u), "value", u, "selected", u.equals(unit) ? "" : null));
        h.close("select").close("div");
        h.open("div").el("label", r.t("evaluation.from"), "for", "tu").empty("input", "type", "date", "id", "tu", "name", "tu", "value", p.from.toString()).close("div");
        h.open("div").el("label", r.t("evaluation.to"), "for", "den").empty("input", "type", "date", "id", "den", "name", "den", "value", p.to.toString()).close("div");
        h.el("button", r.t("evaluation.show"), "type", "submit");
        h.close("form");

        h.el("h2", r.t("evaluation.officersOf", work.unitName(unit)));
        h.open("table").el("caption", r.t("evaluation.caption", p.from, p.to), "class", "muted").open("thead").open("tr");
        for (String t : List.of("evaluation.col.officer", "evaluation.col.handled", "evaluation.col.handovers", "evaluation.col.onTime",
                "evaluation.col.lateSteps", "evaluation.col.apologies", "evaluation.col.rated", "evaluation.col.satisfied")) {
            h.el("th", r.t(t), "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (StaffDirectory.Colleague c : officers) {
            OfficerEvaluation e = evaluation.get().officer(c.login(), p.from, p.to);
            StepTimeliness all = e.total();
            h.open("tr").open("td").el("a", c.displayName() + " (" + c.login() + ")", "href",
                    PATH + "/" + c.login() + "?don-vi=" + unit + "&tu=" + p.from + "&den=" + p.to).close("td");
            h.el("td", Integer.toString(e.dossiersHandled())).el("td", Integer.toString(all.total()))
                    .el("td", percent(all.onTimePercent())).el("td", Integer.toString(all.late()))
                    .el("td", Integer.toString(e.apologiesCaused())).el("td", Long.toString(e.satisfaction().count()))
                    .el("td", percent(e.satisfaction().satisfiedPercent())).close("tr");
        }
        h.close("tbody").close("table");
        satisfactionTable(h, r, r.t("evaluation.byUnit"), report.byUnit());
        satisfactionTable(h, r, r.t("evaluation.byProcedure"), report.byProcedure());
        r.html(200, Frame.page(r, r.t("evaluation.title"), h));
    }

    void officer(Req r, String login) throws IOException {
        Optional<String> unit = r.param("don-vi");
        Optional<Period> period = period(r);
        if (unit.isEmpty() || period.isEmpty() || !mayEvaluate(r.who, unit.get()) || evaluation.get() == null || directory.get() == null
                || directory.get().officersOf(unit.get()).stream().noneMatch(c -> c.login().equals(login))) {
            work.notFound(r);
            return;
        }
        Period p = period.get();
        OfficerEvaluation e = evaluation.get().officer(login, p.from, p.to);
        Html h = new Html();
        h.el("h1", r.t("evaluation.officer.title", login));
        h.open("p").el("a", r.t("evaluation.officer.back", work.unitName(unit.get())), "href", PATH + "?don-vi=" + unit.get() + "&tu=" + p.from + "&den=" + p.to).close("p");
        h.open("dl", "class", "facts");
        h.el("dt", r.t("evaluation.officer.period")).el("dd", p.from + " – " + p.to);
        h.el("dt", r.t("evaluation.officer.handled")).el("dd", Integer.toString(e.dossiersHandled()));
        h.el("dt", r.t("evaluation.officer.apologies")).el("dd", Integer.toString(e.apologiesCaused()));
        Satisfaction s = e.satisfaction();
        h.el("dt", r.t("evaluation.officer.satisfaction")).el("dd", s.count() == 0 ? r.t("evaluation.officer.notRated")
                : r.t("evaluation.officer.ratings", s.count(), s.verySatisfied(), s.satisfied(), s.unsatisfied(), percent(s.satisfiedPercent())));
        h.close("dl");
        h.el("h2", r.t("evaluation.officer.steps"));
        h.open("table").open("thead").open("tr");
        for (String t : List.of("evaluation.step.step", "evaluation.step.early", "evaluation.step.onTime", "evaluation.step.late",
                "evaluation.step.rate")) {
            h.el("th", r.t(t), "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (StepTimeliness st : e.steps()) {
            h.open("tr").el("td", st.stepId()).el("td", Integer.toString(st.early())).el("td", Integer.toString(st.onTime()))
                    .el("td", Integer.toString(st.late())).el("td", percent(st.onTimePercent())).close("tr");
        }
        h.close("tbody").close("table");
        h.el("h2", r.t("evaluation.officer.dossiers"));
        h.open("ul");
        e.dossierCodes().forEach(code -> h.open("li").el("a", code, "href", "/can-bo/ho-so/" + code).close("li"));
        h.close("ul");
        r.html(200, Frame.page(r, r.t("evaluation.officer.title", login), h));
    }

    private static void satisfactionTable(Html h, Req r, String title, List<Satisfaction> rows) {
        h.el("h2", title);
        if (rows.isEmpty()) {
            h.el("p", r.t("evaluation.noRatings"));
            return;
        }
        h.open("table").open("thead").open("tr");
        h.el("th", "", "scope", "col"); // above the row names (unit or procedure)
        for (String t : List.of("evaluation.sat.count", "evaluation.sat.verySatisfied", "evaluation.sat.satisfied",
                "evaluation.sat.unsatisfied", "evaluation.sat.rate", "evaluation.sat.average")) {
            h.el("th", r.t(t), "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (Satisfaction s : rows) {
            h.open("tr").el("th", s.key(), "scope", "row").el("td", Long.toString(s.count())).el("td", Long.toString(s.verySatisfied()))
                    .el("td", Long.toString(s.satisfied())).el("td", Long.toString(s.unsatisfied()))
                    .el("td", percent(s.satisfiedPercent())).el("td", s.average() == null ? "—" : s.average().toPlainString().replace('.', ','))
                    .close("tr");
        }
        h.close("tbody").close("table");
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /** The asked period, or this month so far; empty when a date is malformed or the period is backwards or over a year. */
    private static Optional<Period> period(Req r) {
        LocalDate today = LocalDate.now(Labels.VIETNAM);
        try {
            LocalDate from = r.param("tu").map(LocalDate::parse).orElse(today.withDayOfMonth(1));
            LocalDate to = r.param("den").map(LocalDate::parse).orElse(today);
            return to.isBefore(from) || from.plusDays(366).isBefore(to) ? Optional.empty() : Optional.of(new Period(from, to));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String percent(BigDecimal p) {
        return p == null ? "—" : p.toPlainString().replace('.', ',') + " %";
    }
}
