package vn.motcua.workspace.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.calendar.Deadline;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionNotAllowedException;
import vn.motcua.engine.Actor;
import vn.motcua.engine.ActorNotPermittedException;
import vn.motcua.engine.StaffAccessRefusedException;
import vn.motcua.engine.ConcurrentChangeException;
import vn.motcua.engine.DeadlineReport;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.DossierEngine;
import vn.motcua.security.AuditLog;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.EventView;
import vn.motcua.engine.Handover;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.QueueFilter;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.EvaluationRefusedException;
import vn.motcua.engine.documents.DocumentKind;
import vn.motcua.engine.documents.DossierDocuments;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/** The officer's queue, the dossier page with its actions, and the slips. */
final class WorkPages {

    /** Actions whose note is required by the engine, with the label of the note field. */
    private static final Map<DossierAction, String> NOTE_LABELS = Map.of(
            DossierAction.REQUEST_SUPPLEMENT, "Hướng dẫn bổ sung (mỗi dòng một giấy tờ, dạng \"giấy tờ: lý do\")",
            DossierAction.REFUSE, "Lý do từ chối tiếp nhận",
            DossierAction.REJECT, "Lý do từ chối giải quyết",
            DossierAction.ISSUE_APOLOGY, "Lý do chậm trả kết quả",
            DossierAction.EXTEND, "Lý do gia hạn (trường hợp pháp luật cho phép)",
            // printed on the stop notice (Thông báo dừng giải quyết hồ sơ); the page demands it, decision 1322
            DossierAction.WITHDRAW, "Lý do dừng giải quyết (theo đề nghị của người nộp)");

    /** Actions that cannot be undone: the officer ticks a confirmation, checked by the server as well (decision 1322). */
    private static final Set<DossierAction> CONFIRMED = java.util.EnumSet.of(DossierAction.WITHDRAW);

    private final Supplier<DossierEngine> engine;
    private final Supplier<DossierDocuments> documents;
    private final Supplier<AuditLog> audit;
    private final Supplier<CitizenDesk> desk;
    private final ProcedureRegistry registry;
    private final UnitDirectory units;
    private final ReadableValues readable;
    private final QueuePages queue;

    private final Supplier<vn.motcua.postal.PostalTracking> postal;

    WorkPages(Supplier<DossierEngine> engine, Supplier<DossierDocuments> documents, Supplier<AuditLog> audit,
              Supplier<CitizenDesk> desk, ProcedureRegistry registry, UnitDirectory units,
              Supplier<vn.motcua.postal.PostalTracking> postal) {
        this.postal = postal;
        this.engine = engine;
        this.audit = audit;
        this.desk = desk;
        this.documents = documents;
        this.registry = registry;
        this.units = units;
        this.readable = new ReadableValues(code -> units.find(code).map(Unit::name));
        this.queue = new QueuePages(engine, registry, this);
    }

    /** The payments service, for the fee row of an online dossier that pays online (decision 1130); null when absent. */
    private Supplier<vn.motcua.engine.payment.Payments> payments = () -> null;

    WorkPages withPayments(Supplier<vn.motcua.engine.payment.Payments> payments) {
        this.payments = payments;
        return this;
    }

    /** The one formatter of values for every workspace page (decision 1320). */
    ReadableValues readable() {
        return readable;
    }

    // ---- queue ------------------------------------------------------------------------------------------------

    /** The work list (decision 1323), which also names the next dossier after an action. */
    QueuePages queuePages() {
        return queue;
    }

    String procedureName(String code) {
        return registry.all().stream().filter(p -> p.code().equals(code)).findFirst().map(p -> p.definition().name()).orElse(code);
    }

    // ---- dossier ----------------------------------------------------------------------------------------------

    /** The dossier if the officer may see it: the engine decides (decision 1310), empty exactly like an unknown code. */
    Optional<DossierView> visible(Req r, String code) {
        return engine.get().find(code, r.who.principal());
    }

    /** Postal orders of the dossier: consignment number, postage, status (decision 1131); nothing when it has none. */
    private void postal(Html h, DossierView d) {
        vn.motcua.postal.PostalTracking p = postal.get();
        List<vn.motcua.postal.Shipment> shipments = p == null ? List.of() : p.forDossier(d.code());
        if (shipments.isEmpty()) {
            return;
        }
        h.el("h2", "Bưu chính công ích");
        h.open("ul");
        for (vn.motcua.postal.Shipment s : shipments) {
            h.open("li").el("strong", s.kindLabel()).text(": mã vận đơn " + (s.consignmentNo() == null ? "(chưa có)" : s.consignmentNo())
                    + (s.feeVnd() == null ? "" : ", cước " + String.format(java.util.Locale.ROOT, "%,d", s.feeVnd()).replace(',', '.') + " đ")
                    + "; " + s.statusLabel() + (s.statusText() == null || s.statusText().isBlank() ? "" : " (" + s.statusText() + ")")
                    + ", " + Labels.time(s.updatedAt())).close("li");
        }
        h.close("ul");
    }

    void dossier(Req r, String code) throws IOException {
        Optional<DossierView> found = visible(r, code);
        if (found.isEmpty()) {
            notFound(r);
            return;
        }
        DossierView d = found.get();
        Html h = new Html();
        h.el("h1", "Hồ sơ " + d.code());
        Frame.notice(h, r);
        h.open("nav", "class", "pager", "aria-label", "Chuyển hồ sơ");
        h.el("a", "← Danh sách hồ sơ", "href", "/can-bo/", "accesskey", "d");
        // after an action the clerk moves on without going back to the list
        queue.nextAfter(r, d.code()).ifPresent(next -> h.el("a", "Hồ sơ tiếp theo: " + next + " →",
                "href", "/can-bo/ho-so/" + next, "accesskey", "n", "rel", "next"));
        h.close("nav");
        h.open("dl", "class", "facts");
        fact(h, "Thủ tục", d.procedureCode() + " – " + d.procedureName() + " (phiên bản " + d.procedureVersion() + ")");
        fact(h, "Trạng thái", Labels.status(d.status()) + (d.clockStopped() ? " – đang tạm dừng tính thời hạn" : ""));
        fact(h, "Bước hiện tại", d.currentStepName() == null ? "—" : d.currentStepName() + " (" + readable.unit(d.currentUnit()) + ")");
        fact(h, "Đơn vị tiếp nhận", unitName(d.unitCode()));
        fact(h, "Kênh nộp / nhận kết quả", Labels.channel(d.channel()) + " / " + Labels.channel(d.resultChannel()));
        vn.motcua.engine.payment.Payments p = payments.get();
        if (p != null) {
            // Why «Tiếp nhận» is missing: the engine accepts a fully-online dossier with a fee only once paid.
            p.status(d.code()).ifPresent(s -> fact(h, "Phí, lệ phí (thanh toán trực tuyến)",
                    java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(s.amountVnd())
                            + " đồng – " + s.label() + (s.state() == vn.motcua.engine.payment.PaymentStatus.State.PAID
                            ? "" : "; chỉ tiếp nhận được sau khi người nộp thanh toán")));
        }
        fact(h, "Nộp lúc", Labels.time(d.submittedAt()));
        fact(h, "Tiếp nhận lúc", Labels.time(d.receivedAt()));
        fact(h, "Hẹn trả kết quả", Labels.time(d.appointmentAt()) + extended(d)
                + (d.newAppointmentAt() == null ? "" : "; hẹn lại: " + Labels.time(d.newAppointmentAt())));
        fact(h, "Hạn của bước", Labels.time(d.stepDueAt()));
        h.close("dl");

        actions(h, r, d);
        counterRatingOffer(h, r, d);

        h.el("h2", "Người nộp hồ sơ");
        h.open("dl", "class", "facts");
        fact(h, "Họ và tên", d.applicant().name());
        fact(h, "Số định danh cá nhân", d.applicant().citizenId());
        fact(h, "Điện thoại", d.applicant().phone());
        fact(h, "Thư điện tử", d.applicant().email());
        fact(h, "Địa chỉ", d.applicant().address());
        h.close("dl");
        postal(h, d);

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

        Optional<ProcedureDefinition> definition = definition(d);
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

    private void actions(Html h, Req r, DossierView d) {
        List<DossierAction> offered = d.permittedActions().stream().sorted().toList(); // the engine's decision
        h.open("section", "class", "actions", "aria-labelledby", "thao-tac");
        h.el("h2", "Thao tác", "id", "thao-tac");
        if (offered.isEmpty()) {
            h.el("p", "Không có thao tác nào dành cho tài khoản này ở bước hiện tại.");
        }
        for (DossierAction a : offered) {
            String id = "a-" + a.wireName();
            boolean result = RESULT_ACTIONS.contains(a);
            h.open("form", "class", "card", "method", "post", "action", "/can-bo/ho-so/" + d.code() + "/thao-tac",
                    "enctype", result ? "multipart/form-data" : null);
            h.el("h3", Labels.action(a), "id", id);
            if (result) {
                // The electronic result (issue 11): its SHA-256 goes into the dossier's history with this action.
                h.el("label", "Kết quả điện tử (PDF, không bắt buộc)", "for", id + "-file");
                h.empty("input", "type", "file", "id", id + "-file", "name", AttachmentFile.RESULT_FIELD, "accept", "application/pdf");
            }
            Frame.csrf(h, r);
            h.empty("input", "type", "hidden", "name", "action", "value", a.wireName());
            h.empty("input", "type", "hidden", "name", "version", "value", Long.toString(d.version()));
            String noteLabel = NOTE_LABELS.get(a);
            if (a == DossierAction.ISSUE_APOLOGY) {
                // Proposed by the engine from the remaining work, in the unit's working calendar (issue 13).
                String proposed = engine.get().proposeNewAppointment(d.code(), r.who.principal())
                        .map(at -> LocalDateTime.ofInstant(at, Labels.VIETNAM).withSecond(0).withNano(0).toString()).orElse("");
                h.el("label", "Ngày giờ hẹn trả mới (giờ làm việc; đề xuất theo thời gian giải quyết còn lại)", "for", id + "-at");
                h.empty("input", "type", "datetime-local", "id", id + "-at", "name", "newAppointment", "required", "",
                        "value", proposed);
            }
            if (a == DossierAction.EXTEND) {
                definition(d).map(p -> p.disclosure().timeLimitExtension()).ifPresent(x -> h.el("p", "Được gia hạn tối đa "
                        + x.workingDays() + " ngày làm việc khi: " + x.when() + " (" + x.legalBasis() + "). Chỉ gia hạn"
                        + " một lần; ngày hẹn mới được tính theo lịch làm việc."));
                h.el("label", "Ngày giờ hẹn sau gia hạn (để trống: gia hạn đủ số ngày cho phép)", "for", id + "-at");
                h.empty("input", "type", "datetime-local", "id", id + "-at", "name", "newAppointment");
            }
            if (noteLabel != null) {
                h.el("label", noteLabel, "for", id + "-note");
                h.open("textarea", "id", id + "-note", "name", "note", "required", "").close("textarea");
            } else {
                h.el("label", "Ghi chú (không bắt buộc)", "for", id + "-note");
                h.empty("input", "type", "text", "id", id + "-note", "name", "note");
            }
            if (CONFIRMED.contains(a)) {
                h.open("label", "class", "check").empty("input", "type", "checkbox", "name", "xac-nhan", "value", "1", "required", "")
                        .text(" Tôi xác nhận người nộp đã đề nghị dừng; thao tác này không hoàn tác được").close("label");
            }
            h.el("button", Labels.action(a), "type", "submit", "class", CONFIRMED.contains(a) ? "danger" : null);
            h.close("form");
        }
        h.close("section");
    }

    private static final java.util.Set<DossierAction> RESULT_ACTIONS = java.util.EnumSet.of(DossierAction.APPROVE,
            DossierAction.REJECT, DossierAction.RESULT_READY);

    /** The electronic result file of an approve/reject/result-ready form, if one was chosen. */
    private static List<vn.motcua.engine.Upload> resultUpload(Req r) throws IOException {
        try {
            jakarta.servlet.http.Part part = r.http.getPart(AttachmentFile.RESULT_FIELD);
            if (part == null || part.getSize() == 0 || part.getSubmittedFileName() == null) {
                return List.of();
            }
            try (java.io.InputStream in = part.getInputStream()) {
                return List.of(new vn.motcua.engine.Upload(AttachmentFile.RESULT_FIELD, part.getSubmittedFileName(),
                        part.getContentType() == null ? "application/octet-stream" : part.getContentType(), in.readAllBytes()));
            }
        } catch (jakarta.servlet.ServletException | IllegalStateException e) {
            return List.of(); // not multipart: no file
        }
    }

    /** After the result is returned at the counter: open the one-time rating link on the desk's tablet (decision 1031). */
    private void counterRatingOffer(Html h, Req r, DossierView d) {
        // Only hides the button; the engine refuses anyone else (CitizenDesk.openCounterRating).
        if (d.status() != DossierStatus.RETURNED || desk.get() == null
                || !r.who.principal().holds(vn.motcua.engine.StaffPrincipal.Duty.ONE_STOP_OFFICER, d.unitCode())) {
            return;
        }
        h.open("form", "class", "card", "method", "post", "action", "/can-bo/ho-so/" + d.code() + "/danh-gia-tai-quay", "target", "_blank");
        Frame.csrf(h, r);
        h.el("p", "Mở phiếu đánh giá trên máy tính bảng tại quầy: công dân đánh giá ngay, không cần nhập mã hồ sơ. Liên kết dùng một lần, "
                + "hết hạn sau " + CitizenDesk.COUNTER_LINK_MINUTES + " phút.");
        h.el("button", "Mời công dân đánh giá tại quầy", "type", "submit");
        h.close("form");
    }

    void openCounterRating(Req r, String code) throws IOException {
        if (desk.get() == null) {
            notFound(r);
            return;
        }
        try {
            r.redirect("/danh-gia-tai-quay/" + desk.get().openCounterRating(code, r.who.principal()).token());
        } catch (vn.motcua.engine.DossierNotFoundException e) {
            notFound(r);
        } catch (vn.motcua.engine.StaffAccessRefusedException e) {
            r.redirect("/can-bo/ho-so/" + code + "?loi=" + enc(refusal(null, e)));
        } catch (EvaluationRefusedException e) {
            r.redirect("/can-bo/ho-so/" + code + "?loi=" + enc(e.reason() == EvaluationRefusedException.Reason.ALREADY_EVALUATED
                    ? "Hồ sơ đã được đánh giá." : "Chỉ đánh giá được sau khi đã trả kết quả."));
        }
    }

    void act(Req r, String code) throws IOException {
        Optional<DossierView> found = visible(r, code);
        if (found.isEmpty()) {
            notFound(r);
            return;
        }
        DossierView d = found.get();
        String base = "/can-bo/ho-so/" + code;
        Optional<DossierAction> action = r.param("action").flatMap(DossierAction::fromWireName);
        if (action.isEmpty()) {
            r.redirect(base + "?loi=" + enc("Thao tác không hợp lệ."));
            return;
        }
        if (CONFIRMED.contains(action.get())) {
            if (r.param("note").map(String::isBlank).orElse(true)) {
                r.redirect(base + "?loi=" + enc("Chưa thực hiện: hãy ghi " + NOTE_LABELS.get(action.get()).toLowerCase(java.util.Locale.ROOT) + "."));
                return;
            }
            if (r.param("xac-nhan").isEmpty()) {
                r.redirect(base + "?loi=" + enc("Chưa thực hiện: hãy đánh dấu ô xác nhận " + Labels.action(action.get()).toLowerCase(java.util.Locale.ROOT) + "."));
                return;
            }
        }
        ActionCommand cmd = ActionCommand.of(action.get(), Actor.of(r.who.principal())); // the engine picks the role
        if (r.param("note").isPresent()) {
            cmd = cmd.withNote(VietnameseText.nfc(r.param("note").get()));
        }
        try {
            cmd = cmd.withExpectedVersion(Long.parseLong(r.param("version").orElse(Long.toString(d.version()))));
            if (r.param("newAppointment").filter(v -> !v.isBlank()).isPresent()) {
                cmd = cmd.withNewAppointment(LocalDateTime.parse(r.param("newAppointment").get()).atZone(Labels.VIETNAM).toInstant());
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            r.redirect(base + "?loi=" + enc("Ngày giờ hẹn mới không hợp lệ."));
            return;
        }
        if (RESULT_ACTIONS.contains(action.get())) {
            cmd = cmd.withUploads(resultUpload(r));
        }
        try {
            engine.get().act(code, cmd);
            r.redirect(base + "?thong-bao=" + enc("Đã thực hiện: " + Labels.action(action.get()) + "."));
        } catch (ActionNotAllowedException | ActorNotPermittedException | ConcurrentChangeException | InvalidSubmissionException e) {
            r.redirect(base + "?loi=" + enc(refusal(action.get(), e)));
        }
    }

    /** The engine's refusal of an action, in the officer's words; anything else is not a refusal and is rethrown. */
    static String refusal(DossierAction action, RuntimeException e) {
        if (e instanceof ActionNotAllowedException x) {
            return x.rule() != null && action == DossierAction.ISSUE_APOLOGY
                    ? "Hồ sơ đã có phiếu xin lỗi: chỉ được hẹn lại ngày trả kết quả một lần."
                    : x.rule() != null ? x.rule()
                    : "Thao tác này không còn được phép ở trạng thái hiện tại của hồ sơ.";
        }
        if (e instanceof StaffAccessRefusedException x) {
            return "Thao tác này cần vai trò «" + ConsolePages.role(StaffRole.valueOf(x.neededDuty().name())) + "» tại đơn vị "
                    + String.join(" hoặc ", new java.util.TreeSet<>(x.units())) + "; tài khoản không có vai trò đó tại đơn vị đó.";
        }
        if (e instanceof ActorNotPermittedException) {
            return "Tài khoản không có vai trò cần thiết tại đơn vị đang giữ hồ sơ.";
        }
        if (e instanceof ConcurrentChangeException) {
            return "Hồ sơ vừa được người khác thay đổi; hãy xem lại rồi thao tác lại.";
        }
        if (e instanceof InvalidSubmissionException x) {
            return String.join(" ", x.errors().stream().map(m -> m.message()).toList());
        }
        throw e;
    }

    /**
     * An attachment of a dossier the officer may see (the {@link #visible} rule), shown inline when it is a PDF or an
     * image, otherwise downloaded; every access in the audit log.
     */
    void attachment(Req r, String code, String id) throws IOException {
        Optional<AttachmentFile> file = visible(r, code).flatMap(d -> engine.get().attachment(code, id, r.who.principal()));
        if (file.isEmpty()) {
            notFound(r);
            return;
        }
        boolean download = r.param("tai-ve").isPresent();
        AuditLog log = audit.get();
        String detail = "dossier " + code + " file " + id + " (" + file.get().meta().field() + ", sha256 " + file.get().meta().sha256() + ")";
        if (log != null) {
            log.record(r.who.accountId(), download ? "attachment_downloaded" : "attachment_opened", detail, r.client());
        }
        r.file(file.get(), !download);
    }

    void slip(Req r, String code, String kind) throws IOException {
        Optional<DocumentKind> k = DocumentKind.fromWireName(kind);
        if (visible(r, code).isEmpty() || k.isEmpty() || documents.get() == null) {
            notFound(r);
            return;
        }
        Optional<byte[]> pdf = documents.get().slip(code, k.get(), r.who.principal());
        if (pdf.isEmpty()) {
            notFound(r);
            return;
        }
        r.pdf(pdf.get(), code + "-" + kind + ".pdf");
    }

    /** The tracking book form, and the book itself once a unit and period are chosen. */
    void trackingBook(Req r) throws IOException {
        Optional<String> unit = r.param("don-vi");
        if (unit.isPresent() && documents.get() != null) {
            try {
                LocalDate from = LocalDate.parse(r.param("tu").orElse(""));
                LocalDate to = LocalDate.parse(r.param("den").orElse(""));
                Optional<byte[]> book = documents.get().trackingBook(unit.get(), from, to, r.who.principal());
                if (book.isEmpty()) {
                    notFound(r);
                    return;
                }
                r.pdf(book.get(), "so-theo-doi-" + unit.get() + "-" + from + "-" + to + ".pdf");
                return;
            } catch (DateTimeParseException | IllegalArgumentException e) {
                r.redirect("/can-bo/so-theo-doi?loi=" + enc("Kỳ sổ không hợp lệ: ngày đầu, ngày cuối (tối đa một năm)."));
                return;
            }
        }
        LocalDate today = LocalDate.now(Labels.VIETNAM);
        Html h = new Html();
        h.el("h1", "Sổ theo dõi hồ sơ");
        Frame.notice(h, r);
        h.open("form", "method", "get", "action", "/can-bo/so-theo-doi", "class", "card");
        h.el("label", "Đơn vị", "for", "don-vi").open("select", "id", "don-vi", "name", "don-vi");
        r.who.unitCodes().stream().sorted().forEach(u -> h.el("option", unitName(u), "value", u));
        h.close("select");
        h.el("label", "Từ ngày", "for", "tu").empty("input", "type", "date", "id", "tu", "name", "tu", "value", today.withDayOfMonth(1).toString(), "required", "");
        h.el("label", "Đến ngày", "for", "den").empty("input", "type", "date", "id", "den", "name", "den", "value", today.toString(), "required", "");
        h.el("p", "");
        h.el("button", "In sổ (PDF)", "type", "submit");
        h.close("form");
        r.html(200, Frame.page(r, "Sổ theo dõi hồ sơ", h));
    }

    void notFound(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", "Không tìm thấy");
        h.el("p", "Không có hồ sơ hoặc trang này, hoặc tài khoản không được xem.");
        h.open("p").el("a", "Về danh sách hồ sơ", "href", "/can-bo/").close("p");
        r.html(404, Frame.page(r, "Không tìm thấy", h));
    }

    /** The procedure version the dossier was received under; the nearest installed version if that one is gone. */
    private Optional<ProcedureDefinition> definition(DossierView d) {
        return registry.all().stream().map(RegisteredProcedure::definition).filter(p -> p.code().equals(d.procedureCode()))
                .sorted(Comparator.comparing((ProcedureDefinition p) -> !p.version().equals(d.procedureVersion())))
                .findFirst();
    }

    private Map<String, String> fieldLabels(DossierView d) {
        Map<String, String> out = new LinkedHashMap<>();
        definition(d).ifPresent(p -> p.form().fields().forEach(f -> label(out, f)));
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
        definition(d).ifPresent(p -> p.form().fields().forEach(f -> out.put(f.id(), f)));
        return out;
    }

    private static void label(Map<String, String> out, Field f) {
        out.put(f.id(), f.label());
        f.fields().forEach(sub -> label(out, sub));
    }

    String unitName(String code) {
        return readable.unit(code);
    }

    private static void fact(Html h, String term, String value) {
        h.el("dt", term).el("dd", value == null || value.isBlank() ? "—" : value);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
