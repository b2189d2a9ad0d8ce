package vn.motcua.workspace.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.calendar.Deadline;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.DeadlineReport;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.EventView;
import vn.motcua.engine.Handover;
import vn.motcua.engine.documents.DocumentKind;
import vn.motcua.engine.documents.DossierDocuments;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.i18n.Messages;

/**
 * The dossier page: facts, the actions the account may take, the applicant, the form's values, attachments, slips,
 * deadlines with their explanation, the hand-overs and the history. Stateless; one instance serves every request.
 */
final class DossierPage {

    private final WorkPages work;
    private final ReadableValues readable;
    private final Supplier<DossierEngine> engine;
    private final Supplier<DossierDocuments> documents;
    private final Supplier<vn.motcua.engine.payment.Payments> payments;
    private final Supplier<vn.motcua.postal.PostalTracking> postal;
    private final DossierActions actions;

    DossierPage(WorkPages work, Supplier<DossierEngine> engine, Supplier<DossierDocuments> documents,
                Supplier<vn.motcua.engine.payment.Payments> payments, Supplier<vn.motcua.postal.PostalTracking> postal,
                DossierActions actions) {
        this.work = work;
        this.readable = work.readable();
        this.engine = engine;
        this.documents = documents;
        this.payments = payments;
        this.postal = postal;
        this.actions = actions;
    }

    /** Postal orders of the dossier: consignment number, postage, status (decision 1131); nothing when it has none. */
    private void postal(Html h, Req r, DossierView d) {
        vn.motcua.postal.PostalTracking p = postal.get();
        List<vn.motcua.postal.Shipment> shipments = p == null ? List.of() : p.forDossier(d.code());
        if (shipments.isEmpty()) {
            return;
        }
        h.el("h2", r.t("dossier.postal"));
        PostalArrivals.notice(h, r, d, shipments);
        h.open("ul");
        for (vn.motcua.postal.Shipment s : shipments) {
            h.open("li").el("strong", Labels.shipmentKind(r.messages(), s)).text(": " + r.t("dossier.postal.consignment",
                            s.consignmentNo() == null ? r.t("dossier.postal.noConsignment") : s.consignmentNo())
                    + (s.feeVnd() == null ? "" : ", " + r.t("dossier.postal.fee", String.format(java.util.Locale.ROOT, "%,d", s.feeVnd()).replace(',', '.')))
                    + "; " + Labels.shipmentStatus(r.messages(), s) + (s.statusText() == null || s.statusText().isBlank() ? "" : " (" + s.statusText() + ")")
                    + ", " + Labels.time(s.updatedAt())).close("li");
        }
        h.close("ul");
    }

    void serve(Req r, String code) throws IOException {
        Optional<DossierView> found = work.visible(r, code);
        if (found.isEmpty()) {
            work.notFound(r);
            return;
        }
        DossierView d = found.get();
        Html h = new Html();
        h.el("h1", r.t("dossier.title", d.code()));
        Frame.notice(h, r);
        h.open("nav", "class", "pager", "aria-label", r.t("dossier.pager"));
        h.el("a", r.t("dossier.backToList"), "href", "/can-bo/", "accesskey", "d");
        // after an action the clerk moves on without going back to the list
        work.queuePages().nextAfter(r, d.code()).ifPresent(next -> h.el("a", r.t("dossier.next", next),
                "href", "/can-bo/ho-so/" + next, "accesskey", "n", "rel", "next"));
        h.close("nav");
        h.open("dl", "class", "facts");
        Messages m = r.messages();
        Frame.fact(h, r.t("dossier.procedure"), r.t("dossier.procedureValue", d.procedureCode(), d.procedureName(), d.procedureVersion()));
        Frame.fact(h, r.t("dossier.status"), Labels.status(m, d.status()) + (d.clockStopped() ? " – " + r.t("dossier.clockStopped") : ""));
        Frame.fact(h, r.t("dossier.currentStep"), d.currentStepName() == null ? "—" : d.currentStepName() + " (" + readable.unit(d.currentUnit()) + ")");
        Frame.fact(h, r.t("dossier.receivingUnit"), work.unitName(d.unitCode()));
        Frame.fact(h, r.t("dossier.channels"), Labels.channel(m, d.channel()) + " / " + Labels.channel(m, d.resultChannel()));
        vn.motcua.engine.payment.Payments p = payments.get();
        if (p != null) {
            // Why «Tiếp nhận» is missing: the engine accepts a fully-online dossier with a fee only once paid.
            p.status(d.code()).ifPresent(s -> Frame.fact(h, r.t("dossier.fee"), r.t("dossier.feeValue",
                    java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(s.amountVnd()), s.label())
                    + (s.state() == vn.motcua.engine.payment.PaymentStatus.State.PAID ? "" : "; " + r.t("dossier.feeUnpaid"))));
        }
        Frame.fact(h, r.t("dossier.submittedAt"), Labels.time(d.submittedAt()));
        Frame.fact(h, r.t("dossier.receivedAt"), Labels.time(d.receivedAt()));
        Frame.fact(h, r.t("dossier.appointment"), Labels.time(d.appointmentAt()) + extended(r, d)
                + (d.newAppointmentAt() == null ? "" : "; " + r.t("dossier.newAppointment", Labels.time(d.newAppointmentAt()))));
        Frame.fact(h, r.t("dossier.stepDue"), Labels.time(d.stepDueAt()));
        h.close("dl");

        actions.forms(h, r, d);
        actions.counterRatingOffer(h, r, d);

        h.el("h2", r.t("dossier.applicant"));
        h.open("dl", "class", "facts");
        Frame.fact(h, r.t("dossier.applicant.name"), d.applicant().name());
        Frame.fact(h, r.t("dossier.applicant.citizenId"), d.applicant().citizenId());
        Frame.fact(h, r.t("dossier.applicant.phone"), d.applicant().phone());
        Frame.fact(h, r.t("dossier.applicant.email"), d.applicant().email());
        Frame.fact(h, r.t("dossier.applicant.address"), d.applicant().address());
        h.close("dl");
        postal(h, r, d);

        h.el("h2", r.t("dossier.formData"));
        Map<String, String> labels = fieldLabels(d);
        Map<String, Field> fields = fields(d);
        h.open("dl", "class", "facts");
        // In the form's order; files are listed under the attachments, not as their stored descriptors.
        List<String> keys = new ArrayList<>(fields.keySet().stream().filter(d.formData()::containsKey).toList());
        d.formData().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        for (String k : keys) {
            Field f = fields.get(k);
            if (f == null || f.type() != vn.motcua.api.procedure.FieldType.FILE) {
                h.el("dt", labels.getOrDefault(k, k)).open("dd");
                readable.write(h, m, f, d.formData().get(k));
                h.close("dd");
            }
        }
        h.close("dl");
        h.el("h2", r.t("dossier.attachments"));
        if (d.attachments().isEmpty()) {
            h.el("p", r.t("dossier.noAttachments"));
        } else {
            h.open("ul");
            for (var a : d.attachments()) {
                String href = "/can-bo/ho-so/" + d.code() + "/tep/" + a.id();
                String label = AttachmentFile.RESULT_FIELD.equals(a.field()) ? r.t("dossier.electronicResult") : labels.getOrDefault(a.field(), a.field());
                h.open("li").text(label + ": ")
                        .el("a", a.originalName(), "href", href, "target", "_blank", "rel", "noopener")
                        .text(" " + r.t("dossier.attachmentSize", a.mediaType(), Math.max(1, a.sizeBytes() / 1024)) + " ")
                        .el("a", r.t("dossier.download"), "href", href + "?tai-ve=1").close("li");
            }
            h.close("ul");
        }

        h.el("h2", r.t("dossier.documents"));
        Set<DocumentKind> kinds = documents.get() == null ? Set.of() : documents.get().available(d.code(), r.who.principal());
        if (kinds.isEmpty()) {
            h.el("p", r.t("dossier.noDocuments"));
        } else {
            h.open("ul");
            for (DocumentKind k : kinds) {
                h.open("li").el("a", r.t("dossier.documentPdf", k.title()), "href", "/can-bo/ho-so/" + d.code() + "/giay-to/" + k.wireName(),
                        "target", "_blank", "rel", "noopener").close("li");
            }
            h.close("ul");
        }

        deadlines(h, r, d);

        Optional<ProcedureDefinition> definition = work.definition(d);
        h.el("h2", r.t("dossier.handovers"));
        if (d.handovers().isEmpty()) {
            h.el("p", r.t("dossier.noHandovers"));
        } else {
            h.open("table").open("thead").open("tr");
            for (String t : List.of("dossier.handover.step", "dossier.handover.unit", "dossier.handover.started",
                    "dossier.handover.handedOver", "dossier.handover.due", "dossier.handover.timing")) {
                h.el("th", r.t(t), "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (Handover ho : d.handovers()) {
                h.open("tr").el("td", ReadableValues.step(definition, ho.stepId()) + " (" + Labels.action(m, ho.action()) + ")")
                        .el("td", readable.unit(ho.unitCode()))
                        .el("td", Labels.time(ho.startedAt())).el("td", Labels.time(ho.handedOverAt()))
                        .el("td", Labels.time(ho.dueAt())).el("td", Labels.timing(m, ho.timing())).close("tr");
            }
            h.close("tbody").close("table");
        }

        h.el("h2", r.t("dossier.history"));
        h.open("ol");
        for (EventView e : d.events()) {
            h.open("li").el("strong", Labels.time(e.at()) + " – " + Labels.event(m, e.action()));
            h.text(" – " + readable.actor(m, e));
            if (e.note() != null && !e.note().isBlank()) {
                h.el("div", r.t(e.internal() ? "dossier.internalNote" : "dossier.note", e.note()));
            }
            h.close("li");
        }
        h.close("ol");
        QueuePages.shortcuts(h, r);
        r.html(200, Frame.page(r, r.t("dossier.title", d.code()), h));
    }

    private void deadlines(Html h, Req r, DossierView d) {
        h.el("h2", r.t("dossier.deadlines"));
        DeadlineReport report = engine.get().explainDeadline(d.code(), r.who.principal());
        if (report.appointment() == null && report.step() == null) {
            h.el("p", r.t("dossier.deadlines.notStarted"));
            return;
        }
        explain(h, r.t("dossier.deadlines.appointment"), report.appointment());
        if (report.newAppointmentAt() != null) {
            h.el("p", r.t("dossier.deadlines.newAppointment", Labels.time(report.newAppointmentAt())));
        }
        explain(h, r.t("dossier.deadlines.step"), report.step());
    }

    private static void explain(Html h, String title, Deadline deadline) {
        if (deadline == null) {
            return;
        }
        h.open("details", "class", "card").el("summary", title + ": " + Labels.time(deadline.due()));
        h.open("ul");
        deadline.explanation().forEach(l -> h.el("li", l.message()));
        h.close("ul").close("details");
    }

    private Map<String, String> fieldLabels(DossierView d) {
        Map<String, String> out = new LinkedHashMap<>();
        work.definition(d).ifPresent(p -> p.form().fields().forEach(f -> label(out, f)));
        return out;
    }

    /** "(đã gia hạn …)" after the appointment once the legal extension was granted. */
    private static String extended(Req r, DossierView d) {
        return d.events().stream().filter(e -> DossierAction.EXTEND.wireName().equals(e.action())).findFirst()
                .map(e -> " " + r.t("dossier.extended", Labels.time(java.time.Instant.parse(
                        String.valueOf(e.payload().get("previousAppointment")))))).orElse("");
    }

    /** The top-level fields of the procedure version the dossier was received under, in the form's order. */
    private Map<String, Field> fields(DossierView d) {
        Map<String, Field> out = new LinkedHashMap<>();
        work.definition(d).ifPresent(p -> p.form().fields().forEach(f -> out.put(f.id(), f)));
        return out;
    }

    private static void label(Map<String, String> out, Field f) {
        out.put(f.id(), f.label());
        f.fields().forEach(sub -> label(out, sub));
    }
}
