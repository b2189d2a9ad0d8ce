package vn.motcua.portal.internal;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.Fee;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.RequiredDocument;
import vn.motcua.api.procedure.Step;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.engine.feedback.PublishedAnswer;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.cost.ComplianceCostEstimate;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.units.Unit;

/**
 * A procedure's full public disclosure at a unit: the appointment if received now, time limit and its extension,
 * channels, documents, fees, compliance cost, legal basis, steps and published answers. Also what the admin console's
 * preview shows for a jar not yet deployed. Stateless apart from its collaborators, whose suppliers may give null.
 */
final class ProcedurePage {

    private final Catalogue catalogue;
    private final Layout layout;
    private final Supplier<ComplianceCosts> costs;
    private final Supplier<FeedbackDesk> answers;

    ProcedurePage(Catalogue catalogue, Layout layout, Supplier<ComplianceCosts> costs, Supplier<FeedbackDesk> answers) {
        this.catalogue = catalogue;
        this.layout = layout;
        this.costs = costs;
        this.answers = answers;
    }

    void procedure(Visit v, String unitCode, String code) throws IOException {
        Lang l = v.lang();
        Unit unit = catalogue.unit(unitCode, l);
        ProcedureDefinition d = catalogue.offered(code, unit, l);
        Html h = disclosure(unit, d, l);
        Replies.html(v, 200, layout.page(v, d.name(), d.name() + " – " + unit.name() + ": " + l.t("proc.documents") + ", "
                + l.t("proc.fees") + ", " + l.t("timeLimit"), h));
    }

    /** The procedure page's content: also what the admin console's preview shows for a jar not yet deployed. */
    Html disclosure(Unit unit, ProcedureDefinition d, Lang l) {
        Disclosure x = d.disclosure();
        Html h = new Html();
        h.open("p").el("a", "← " + unit.name(), "href", "/don-vi/" + unit.code()).close("p");
        h.el("h1", d.name());
        h.el("p", d.code() + " · " + l.t("field") + ": " + (d.field() == null ? "" : d.field()), "class", "meta");
        h.open("div", "class", "appointment");
        h.el("span", l.t("proc.appointment") + ": ");
        h.open("strong").open("time", "datetime", Dates.iso(catalogue.appointmentIfReceivedNow(unit, x.timeLimit())))
                .text(Dates.format(catalogue.appointmentIfReceivedNow(unit, x.timeLimit()), l)).close("time").close("strong");
        h.el("span", l.t("proc.appointment.note"), "class", "meta");
        h.close("div");
        if (Intake.ONLINE.offeredBy(d)) {
            h.open("p", "class", "actions").el("a", l.t("proc.submit"), "class", "button", "href", Intake.ONLINE.path(unit, d)).close("p");
        } else {
            h.el("p", l.t("proc.noOnline"), "class", "notice");
        }
        if (Intake.PICKUP.offeredBy(d)) {
            // Decision 45/2016/QĐ-TTg: the post collects the paper at home (decision 1133).
            h.open("p", "class", "actions").el("a", l.t("proc.pickup"), "class", "button secondary", "href", Intake.PICKUP.path(unit, d))
                    .el("span", " " + l.t("proc.pickup.hint"), "class", "meta").close("p");
        }
        h.open("dl", "class", "facts card");
        fact(h, l.t("timeLimit"), Catalogue.timeLimit(x.timeLimit(), l));
        if (x.timeLimitExtension() != null) {
            fact(h, l.t("proc.extension"), l.t("proc.extension.text", x.timeLimitExtension().workingDays(),
                    x.timeLimitExtension().when(), x.timeLimitExtension().legalBasis()));
        }
        fact(h, l.t("proc.online"), l.t("online." + x.onlineMode()));
        fact(h, l.t("proc.channels"), String.join("; ", x.channels().stream().map(c -> l.t("channel." + c)).toList()));
        fact(h, l.t("proc.resultChannels"), String.join("; ", x.resultChannels().stream().map(c -> l.t("channel." + c)).toList()));
        if (x.subjects() != null) {
            fact(h, l.t("proc.subjects"), x.subjects());
        }
        if (x.result() != null) {
            fact(h, l.t("proc.result"), x.result());
        }
        h.close("dl");
        h.el("h2", l.t("proc.documents"));
        h.open("ol");
        for (RequiredDocument doc : x.documents()) {
            h.open("li").text(doc.name()).text(" (" + counts(doc, l) + (doc.required() ? "" : "; " + l.t("optional")) + ")");
            if (doc.note() != null) {
                h.el("span", doc.note(), "class", "meta");
            }
            h.close("li");
        }
        h.close("ol");
        h.el("h2", l.t("proc.fees"));
        if (x.fees().isEmpty()) {
            h.el("p", l.t("proc.free"));
        } else {
            h.open("ul");
            for (Fee f : x.fees()) {
                h.open("li").text(f.name() + ": " + (f.amountVnd() == 0 ? Money.exemption(f, l) : Money.amount(f.amountVnd(), l)));
                if (f.note() != null) {
                    h.el("span", f.note(), "class", "meta");
                }
                h.close("li");
            }
            h.close("ul");
        }
        complianceCost(h, d, l);
        h.el("h2", l.t("proc.legal"));
        h.open("ul");
        for (String basis : x.legalBasis()) {
            h.el("li", basis);
        }
        h.close("ul");
        if (!d.steps().isEmpty()) {
            h.el("h2", l.t("proc.steps"));
            h.open("ol");
            for (Step s : d.steps()) {
                h.el("li", s.name());
            }
            h.close("ol");
        }
        publishedAnswers(h, d, l);
        return h;
    }

    /** Answers a leader chose to publish (decision 1030): the question and the answer, never the sender. */
    private void publishedAnswers(Html h, ProcedureDefinition d, Lang l) {
        FeedbackDesk desk = answers.get();
        List<PublishedAnswer> list = desk == null ? List.of() : desk.published(d.code(), 20);
        if (list.isEmpty()) {
            return;
        }
        h.el("h2", l.t("proc.answers"));
        for (PublishedAnswer a : list) {
            h.open("div", "class", "card");
            h.open("p").el("strong", l.t("proc.answers.question") + ": ").text(a.question()).close("p");
            h.open("p").el("strong", l.t("fb.answer") + " (" + Dates.format(a.answeredAt(), l) + "): ").text(a.answer()).close("p");
            h.close("div");
        }
    }

    /** Published so that citizens and the drafting unit see what the procedure costs (Circular 02/2017/TT-VPCP, Art. 27). */
    private void complianceCost(Html h, ProcedureDefinition d, Lang l) {
        ComplianceCosts c = costs.get();
        Optional<ComplianceCostEstimate> e = c == null ? Optional.empty() : c.estimate(d);
        if (e.isEmpty()) {
            return;
        }
        ComplianceCostEstimate x = e.get();
        h.el("h2", l.t("proc.cost"));
        h.open("dl", "class", "facts card");
        fact(h, l.t("proc.cost.once"), Money.amount(x.costPerTimeVnd(), l));
        fact(h, l.t("proc.cost.parts"), x.taskHours().toPlainString() + " " + l.t("proc.cost.hours") + " × "
                + Money.amount(x.incomeVndPerHour(), l) + " = " + Money.amount(x.timeCostVnd(), l) + "; " + l.t("proc.fees") + ": "
                + Money.amount(x.feesVnd(), l) + "; " + l.t("proc.cost.other") + ": " + Money.amount(x.otherCostsVnd(), l));
        fact(h, l.t("proc.cost.yearly"), Money.amount(x.yearlyCostVnd(), l) + " (" + x.timesPerYear() + " × "
                + NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(x.subjectsPerYear()) + ")");
        h.close("dl");
    }

    private static void fact(Html h, String term, String value) {
        h.el("dt", term).el("dd", value);
    }

    private static String counts(RequiredDocument d, Lang l) {
        StringBuilder b = new StringBuilder();
        if (d.originals() > 0) {
            b.append(d.originals()).append(' ').append(l.t("original"));
        }
        if (d.copies() > 0) {
            b.append(b.length() == 0 ? "" : ", ").append(d.copies()).append(' ').append(l.t("copy"));
        }
        return b.toString();
    }
}
