package vn.motcua.web.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Role;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionResult;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.engine.QueueFilter;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;
import vn.motcua.engine.Upload;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * Dossiers over HTTP: submission, citizen lookup, actions, the staff view and the work queue. Who sees a dossier and
 * in which role an officer acts is the engine's decision (decision 1310): every staff call passes the caller's
 * principal, and the engine answers a dossier of another unit exactly like an unknown code.
 */
final class DossiersResource {


    private final java.util.function.Function<String, Map<String, Object>> payment;
    private static final Set<DossierAction> CITIZEN_ACTIONS = EnumSet.of(DossierAction.SUPPLEMENT_RECEIVED, DossierAction.WITHDRAW);

    private final Supplier<DossierEngine> engine;
    private final StaffContext staff;
    private final BodyReader bodies;
    private final SecondFactorGate secondFactors;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    /** @param secondFactors the one throttle of lookups and of the applicant's own actions */
    DossiersResource(Supplier<DossierEngine> engine, StaffContext staff, com.fasterxml.jackson.databind.ObjectMapper json,
                     SecondFactorGate secondFactors) {
        this(engine, staff, json, secondFactors, code -> null);
    }

    /** @param payment the dossier's online payment as JSON, or null when it has none (decision 1130) */
    DossiersResource(Supplier<DossierEngine> engine, StaffContext staff, com.fasterxml.jackson.databind.ObjectMapper json,
                     SecondFactorGate secondFactors, java.util.function.Function<String, Map<String, Object>> payment) {
        this.payment = payment;
        this.secondFactors = secondFactors;
        this.engine = engine;
        this.staff = staff;
        this.json = json;
        this.bodies = new BodyReader(json);
    }

    Reply submit(ApiCall call) {
        MultipartBody parts = MultipartBody.read(call, ApiCall.MAX_BODY_BYTES);
        DossierBodies.SubmitBody body = bodies.read(parts.fields(), DossierBodies.SubmitBody.class);
        List<ApiProblem.FieldMessage> missing = new ArrayList<>();
        DossierBodies.require(body.procedure(), "procedure", "Cần mã thủ tục.", missing);
        DossierBodies.require(body.unit(), "unit", "Cần mã đơn vị tiếp nhận.", missing);
        if (body.applicant() == null || DossierBodies.blank(body.applicant().name())) {
            missing.add(new ApiProblem.FieldMessage("applicant.name", "required", "Cần họ tên người nộp hồ sơ."));
        }
        boolean pickup = Boolean.TRUE.equals(body.pickup());
        Channel channel = DossierBodies.channel(body.channel(), "channel", pickup ? Channel.POSTAL : Channel.ONLINE, missing);
        if (pickup && channel != Channel.POSTAL) {
            missing.add(new ApiProblem.FieldMessage("pickup", "channel", "Bưu điện chỉ đến nhận hồ sơ nộp qua kênh POSTAL."));
        }
        Channel resultChannel = DossierBodies.channel(body.resultChannel(), "resultChannel", null, missing);
        Set<SubmitCommand.Notify> notify = EnumSet.noneOf(SubmitCommand.Notify.class);
        for (String n : body.notifyChannels() == null ? List.<String>of() : body.notifyChannels()) {
            try {
                notify.add(SubmitCommand.Notify.valueOf(String.valueOf(n)));
            } catch (IllegalArgumentException e) {
                missing.add(new ApiProblem.FieldMessage("notify", "choice", "Kênh nhận thông báo «" + n + "» không có; dùng EMAIL hoặc SMS."));
            }
        }
        if (!missing.isEmpty()) {
            throw DossierBodies.invalid(missing);
        }
        Actor actor;
        boolean receiveNow;
        if (channel == Channel.ONLINE || pickup) {
            // The applicant's own: online, or asking the post to collect the paper (decision 1133); the officer receives later.
            actor = Actor.citizen();
            receiveNow = false;
        } else {
            // Counter and postal dossiers are entered by a one-stop officer of the receiving unit.
            StaffIdentity who = staff.require(call, StaffRole.ONE_STOP_OFFICER);
            actor = Actor.of(who.principal());
            receiveNow = body.receiveNow() == null || body.receiveNow();
        }
        List<Upload> uploads = new ArrayList<>(DossierBodies.decode(body.attachments(), "attachments"));
        uploads.addAll(parts.files());
        DossierBodies.ApplicantBody a = body.applicant();
        SubmitResult r = engine().submit(new SubmitCommand(body.procedure(), body.unit(), channel, resultChannel,
                new Applicant(a.name(), a.citizenId(), a.phone(), a.email(), a.address()),
                body.form() == null ? Map.of() : body.form(), uploads, actor, receiveNow,
                call.header("Idempotency-Key").orElse(null)).withNotify(notify));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", r.code());
        out.put("status", r.status());
        out.put("submittedAt", CalendarResource.vn(r.submittedAt()));
        out.put("appointmentAt", CalendarResource.vn(r.appointmentAt()));
        out.put("version", r.version());
        out.put("replayed", r.replayed());
        return new Reply(r.replayed() ? 200 : 201, out, "application/json", Map.of("Location", "/api/v1/dossiers/" + r.code()));
    }

    Reply lookup(ApiCall call) {
        String code = call.path("code");
        secondFactors.attempt(call, SecondFactorGate.dossier(code));
        DossierBodies.LookupBody body = bodies.read(call.body(4096), DossierBodies.LookupBody.class);
        String factor = !DossierBodies.blank(body.phone()) ? body.phone() : body.citizenId();
        if (DossierBodies.blank(factor)) {
            throw DossierBodies.invalid(List.of(new ApiProblem.FieldMessage("phone", "required",
                    "Cần số điện thoại hoặc số định danh cá nhân đã khai khi nộp hồ sơ.")));
        }
        // A wrong second factor and an unknown code answer exactly alike: no hint that the code exists.
        return Reply.ok(withPayment(code, engine().lookup(code, factor.strip()).orElseThrow(DossiersResource::noSuchDossier)));
    }

    Reply act(ApiCall call) {
        String code = call.path("code");
        MultipartBody parts = MultipartBody.read(call, ApiCall.MAX_BODY_BYTES);
        DossierBodies.ActionBody body = bodies.read(parts.fields(), DossierBodies.ActionBody.class);
        DossierAction action = Optional.ofNullable(body.action()).flatMap(DossierAction::fromWireName)
                .orElseThrow(() -> DossierBodies.invalid(List.of(new ApiProblem.FieldMessage("action", "invalid",
                        "Thao tác không hợp lệ; dùng một trong: " + wireNames()))));
        Actor actor;
        Optional<StaffIdentity> who = staff.identify(call);
        if (who.isPresent()) {
            actor = Actor.of(who.get().principal()); // the engine picks the role the action needs, or refuses
        } else if (CITIZEN_ACTIONS.contains(action) && !DossierBodies.blank(body.secondFactor())) {
            // The applicant's withdrawal or supplement proves the same factor as a lookup: the same throttle, and a
            // wrong factor answers like an unknown code (the engine's DossierNotFoundException).
            secondFactors.attempt(call, SecondFactorGate.dossier(code));
            actor = Actor.citizen();
        } else {
            staff.require(call);
            throw new IllegalStateException("unreachable");
        }
        List<Upload> uploads = new ArrayList<>(DossierBodies.decode(body.attachments(), "attachments"));
        uploads.addAll(parts.files());
        Instant newAppointment = body.newAppointment() == null ? null : CalendarResource.parseInstantField(body.newAppointment(), "newAppointment");
        ActionCommand cmd = new ActionCommand(action, actor, body.note(), Boolean.TRUE.equals(body.internalNote()),
                body.expectedVersion(), newAppointment, body.secondFactor(), uploads, call.header("Idempotency-Key").orElse(null));
        ActionResult r = engine().act(code, cmd);
        return Reply.ok(r);
    }

    Reply view(ApiCall call) {
        StaffIdentity who = staff.require(call);
        return Reply.ok(withPayment(call.path("code"), engine().find(call.path("code"), who.principal())
                .orElseThrow(DossiersResource::noSuchDossier)));
    }

    /** The view with {@code payment} added when the dossier has a fee to pay online; otherwise as it was. */
    @SuppressWarnings("unchecked")
    private Object withPayment(String code, Object view) {
        Map<String, Object> p = payment.apply(code);
        if (p == null) {
            return view;
        }
        Map<String, Object> m = json.convertValue(view, Map.class);
        m.put("payment", p);
        return m;
    }

    Reply deadline(ApiCall call) {
        StaffIdentity who = staff.require(call);
        return Reply.ok(engine().explainDeadline(call.path("code"), who.principal()));
    }

    Reply history(ApiCall call) {
        StaffIdentity who = staff.require(call);
        return Reply.ok(engine().verifyHistory(call.path("code"), who.principal()));
    }

    Reply queue(ApiCall call) {
        StaffIdentity who = staff.require(call);
        List<DossierStatus> statuses = call.query("status").map(s -> List.of(status(s))).orElse(List.of());
        int limit = call.query("limit").map(DossiersResource::number).orElse(50);
        QueueFilter filter = new QueueFilter(statuses, null, limit, call.query("offset").map(DossiersResource::number).orElse(0));
        // one merge, in the engine, for the API and the workspace alike (decision 1323)
        List<Map<String, Object>> items = engine().workList(filter, who.principal()).items().stream()
                .map(w -> item(w.unitCode(), w.role(), w.dossier())).toList();
        return Reply.ok(Map.of("dossiers", items, "count", items.size()));
    }

    private static Map<String, Object> item(String unit, Role role, DossierSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code());
        m.put("unit", unit);
        m.put("role", role);
        m.put("procedureCode", s.procedureCode());
        m.put("applicantName", s.applicantName());
        m.put("status", s.status());
        m.put("currentStep", s.currentStep());
        m.put("stepDueAt", CalendarResource.vn(s.stepDueAt()));
        m.put("appointmentAt", CalendarResource.vn(s.appointmentAt()));
        m.put("urgency", s.urgency());
        m.put("version", s.version());
        return m;
    }

    /** The engine, or 503 with Retry-After while it starts. */
    DossierEngine engine() {
        DossierEngine e = engine.get();
        if (e == null) {
            throw new ApiProblem(503, "engine_unavailable", "Hệ thống đang khởi động",
                    "Dịch vụ hồ sơ chưa sẵn sàng; vui lòng thử lại sau giây lát.", List.of(), Map.of("Retry-After", "2"));
        }
        return e;
    }

    static ApiProblem noSuchDossier() {
        return ApiProblem.notFound("no_such_dossier", "Không tìm thấy hồ sơ với mã và thông tin đã nhập.");
    }



    private static DossierStatus status(String s) {
        try {
            return DossierStatus.valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("status", "Trạng thái không hợp lệ: " + s);
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("limit", "Giá trị phải là số.");
        }
    }

    private static String wireNames() {
        return String.join(", ", java.util.Arrays.stream(DossierAction.values()).map(DossierAction::wireName).toList());
    }
}
