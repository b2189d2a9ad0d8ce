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
        h.el("h2", "Bưu chính công ích");
        PostalArrivals.notice(h, r, d, shipments);
        h.open("ul");
        for (vn.motcua.postal.Shipment s : shipments) {
            h.open("li").el("strong", s.kindLabel()).text(": mã vận đơn " + (s.consignmentNo() == null ? "(chưa có)" : s.consignmentNo())
                    + (s.feeVnd() == null ? "" : ", cước " + String.format(java.util.Locale.ROOT, "%,d", s.feeVnd()).replace(',', '.') + " đ")
                    + "; " + s.statusLabel() + (s.statusText() == null || s.statusText().isBlank() ? "" : " (" + s.statusText() + ")")
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
        h.el("h1", "Hồ sơ " + d.code());
        Frame.notice(h, r);
        h.open("nav", "class", "pager", "aria-label", "Chuyển hồ sơ");
        h.el("a", "← Danh sách hồ sơ", "href", "/can-bo/", "accesskey", "d");
        // after an action the clerk moves on without going back to the list
        work.queuePages().nextAfter(r, d.code()).ifPresent(next -> h.el("a", "Hồ sơ tiếp theo: " + next + " →",
                "href", "/can-bo/ho-so/" + next, "accesskey", "n", "rel", "next"));
        h.close("nav");
        h.open("dl", "class", "facts");
        Frame.fact(h, "Thủ tục", d.procedureCode() + " – " + d.procedureName() + " (phiên bản " + d.procedureVersion() + ")");
        Frame.fact(h, "Trạng thái", Labels.status(d.status()) + (d.clockStopped() ? " – đang tạm dừng tính thời hạn" : ""));
        Frame.fact(h, "Bước hiện tại", d.currentStepName() == null ? "—" : d.currentStepName() + " (" + readable.unit(d.currentUnit()) + ")");
        Frame.fact(h, "Đơn vị tiếp nhận", work.unitName(d.unitCode()));
        Frame.fact(h, "Kênh nộp / nhận kết quả", Labels.channel(d.channel()) + " / " + Labels.channel(d.resultChannel()));
        vn.motcua.engine.payment.Payments p = payments.get();
        if (p != null) {
            // Why «Tiếp nhận» is missing: the engine accepts a fully-online dossier with a fee only once paid.
            p.status(d.code()).ifPresent(s -> Frame.fact(h, "Phí, lệ phí (thanh toán trực tuyến)",
                    java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(s.amountVnd())
                            + " đồng – " + s.label() + (s.state() == vn.motcua.engine.payment.PaymentStatus.State.PAID
                            ? "" : "; chỉ tiếp nhận được sau khi người nộp thanh toán")));
        }
        Frame.fact(h, "Nộp lúc", Labels.time(d.submittedAt()));
        Frame.fact(h, "Tiếp nhận lúc", Labels.time(d.receivedAt()));
        Frame.fact(h, "Hẹn trả kết quả", Labels.time(d.appointmentAt()) + extended(d)
                + (d.newAppointmentAt() == null ? "" : "; hẹn lại: " + Labels.time(d.newAppointmentAt())));
        Frame.fact(h, "Hạn của bước", Labels.time(d.stepDueAt()));
        h.close("dl");

        actions.forms(h, r, d);
        actions.counterRatingOffer(h, r, d);

        h.el("h2", "Người nộp hồ sơ");
        h.open("dl", "class", "facts");
        Frame.fact(h, "Họ và tên", d.applicant().name());
        Frame.fact(h, "Số định danh cá nhân", d.applicant().citizenId());
        Frame.fact(h, "Điện thoại", d.applicant().phone());
        Frame.fact(h, "Thư điện tử", d.applicant().email());
        Frame.fact(h, "Địa chỉ", d.applicant().address());
        h.close("dl");
        postal(h, r, d);

        h.el("h2", "Thông tin trên tờ khai");
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
                readable.write(h, f, d.formData().get(k));
                h.close("dd");
            }
        }
        h.close("dl");
        h.el("h2", "Tệp đính kèm");
        if (d.attachments().isEmpty()) {
            h.el("p", "Không có tệp đính kèm.");
        } else {
            h.open("ul");
            for (var a : d.attachments()) {
                String href = "/can-bo/ho-so/" + d.code() + "/tep/" + a.id();
                String label = AttachmentFile.RESULT_FIELD.equals(a.field()) ? "Kết quả điện tử" : labels.getOrDefault(a.field(), a.field());
                h.open("li").text(label + ": ")
                        .el("a", a.originalName(), "href", href, "target", "_blank", "rel", "noopener")
                        .text(" (" + a.mediaType() + ", " + Math.max(1, a.sizeBytes() / 1024) + " KB) ")
                        .el("a", "Tải về", "href", href + "?tai-ve=1").close("li");
            }
            h.close("ul");
        }

        h.el("h2", "Giấy tờ in");
        Set<DocumentKind> kinds = documents.get() == null ? Set.of() : documents.get().available(d.code(), r.who.principal());
        if (kinds.isEmpty()) {
            h.el("p", "Chưa có giấy tờ nào để in.");
        } else {
            h.open("ul");
            for (DocumentKind k : kinds) {
                h.open("li").el("a", k.title() + " (PDF)", "href", "/can-bo/ho-so/" + d.code() + "/giay-to/" + k.wireName(),
                        "target", "_blank", "rel", "noopener").close("li");
            }
            h.close("ul");
        }

        deadlines(h, r, d);

        Optional<ProcedureDefinition> definition = work.definition(d);
        h.el("h2", "Quá trình chuyển giao");
        if (d.handovers().isEmpty()) {
            h.el("p", "Chưa có bước nào được chuyển giao.");
        } else {
            h.open("table").open("thead").open("tr");
            for (String t : List.of("Bước", "Đơn vị", "Nhận lúc", "Chuyển lúc", "Hạn bước", "Kết quả")) {
                h.el("th", t, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (Handover ho : d.handovers()) {
                h.open("tr").el("td", ReadableValues.step(definition, ho.stepId()) + " (" + Labels.action(ho.action()) + ")")
                        .el("td", readable.unit(ho.unitCode()))
                        .el("td", Labels.time(ho.startedAt())).el("td", Labels.time(ho.handedOverAt()))
                        .el("td", Labels.time(ho.dueAt())).el("td", Labels.timing(ho.timing())).close("tr");
            }
            h.close("tbody").close("table");
        }

        h.el("h2", "Lịch sử xử lý");
        h.open("ol");
        for (EventView e : d.events()) {
            h.open("li").el("strong", Labels.time(e.at()) + " – " + Labels.event(e.action()));
            h.text(" – " + readable.actor(e));
            if (e.note() != null && !e.note().isBlank()) {
                h.el("div", (e.internal() ? "Ghi chú nội bộ: " : "Ghi chú: ") + e.note());
            }
            h.close("li");
        }
        h.close("ol");
        QueuePages.shortcuts(h);
        r.html(200, Frame.page(r, "Hồ sơ " + d.code(), h));
    }

    private void deadlines(Html h, Req r, DossierView d) {
        h.el("h2", "Thời hạn và cách tính");
        DeadlineReport report = engine.get().explainDeadline(d.code(), r.who.principal());
        if (report.appointment() == null && report.step() == null) {
            h.el("p", "Thời hạn bắt đầu tính từ khi hồ sơ được tiếp nhận.");
            return;
        }
        explain(h, "Hẹn trả kết quả", report.appointment());
        if (report.newAppointmentAt() != null) {
            h.el("p", "Hẹn lại (phiếu xin lỗi): " + Labels.time(report.newAppointmentAt()));
        }
        explain(h, "Hạn của bước hiện tại", report.step());
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

    /** The procedure version the dossier was received under (or the running one of its code). */
    /** "(đã gia hạn …)" after the appointment once the legal extension was granted. */
    private static String extended(DossierView d) {
        return d.events().stream().filter(e -> DossierAction.EXTEND.wireName().equals(e.action())).findFirst()
                .map(e -> " (đã gia hạn; hẹn trước đó: " + Labels.time(java.time.Instant.parse(
                        String.valueOf(e.payload().get("previousAppointment")))) + ")").orElse("");
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
