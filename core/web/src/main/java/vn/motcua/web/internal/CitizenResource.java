package vn.motcua.web.internal;

import vn.motcua.pages.http.Cookies;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.Evaluation;
import vn.motcua.engine.citizen.EvaluationRefusedException;
import vn.motcua.engine.citizen.FeedbackCommand;
import vn.motcua.engine.citizen.FeedbackView;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.engine.citizen.GrantRequiredException;
import vn.motcua.engine.citizen.Ratings;
import vn.motcua.engine.citizen.SlipKind;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * The applicant's side after submission, over the citizen desk: a lookup grant (the second factor in the body, the
 * grant in an HttpOnly cookie or the {@code X-Dossier-Grant} header, never in a URL), the slips as PDF, the one-time
 * evaluation, and feedback with its answer.
 */
final class CitizenResource {

    static final String GRANT_COOKIE = "motcua_grant";
    static final String GRANT_HEADER = "X-Dossier-Grant";

    record GrantBody(String phone, String citizenId) {
    }

    record EvaluationBody(Integer overall, Integer onlineService, Integer timeliness, Integer attitude, Integer publicity,
                          Integer counterContacts, Integer agencies, String comment) {
    }

    /** {@code notify}: {@code SMS} and/or {@code EMAIL}, to be told when the feedback is answered (opt-in). */
    record FeedbackBody(String subject, String unit, String procedure, String dossier, String senderName, String phone,
                        String content, String email,
                        @com.fasterxml.jackson.annotation.JsonProperty("notify") List<String> notifyChannels) {
    }

    record TrackBody(String phone) {
    }

    record AnswerBody(String answer) {
    }

    private final Supplier<CitizenDesk> desk;
    private final StaffContext staff;
    private final BodyReader bodies;
    private final SecondFactorGate secondFactors;

    CitizenResource(Supplier<CitizenDesk> desk, StaffContext staff, com.fasterxml.jackson.databind.ObjectMapper json,
                    SecondFactorGate secondFactors) {
        this.desk = desk;
        this.staff = staff;
        this.bodies = new BodyReader(json);
        this.secondFactors = secondFactors;
    }

    /** {@code POST /dossiers/{code}/grants}: like lookup, and opens a 20-minute grant for the dossier's other citizen calls. */
    Reply openGrant(ApiCall call) {
        secondFactors.attempt(call, SecondFactorGate.dossier(call.path("code")));
        GrantBody body = bodies.read(call.body(4096), GrantBody.class);
        String factor = body.phone() != null && !body.phone().isBlank() ? body.phone() : body.citizenId();
        if (factor == null || factor.isBlank()) {
            throw new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ", "Cần số điện thoại hoặc số định danh cá nhân.",
                    List.of(new ApiProblem.FieldMessage("phone", "required",
                            "Cần số điện thoại hoặc số định danh cá nhân đã khai khi nộp hồ sơ.")), Map.of());
        }
        Grant g = desk().open(call.path("code"), factor).orElseThrow(DossiersResource::noSuchDossier);
        long seconds = Math.max(1, Duration.between(Instant.now(), g.expiresAt()).getSeconds());
        String cookie = call.cookie(GRANT_COOKIE, g.token(), Cookies.SameSite.STRICT, seconds);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dossier", g.dossierCode());
        out.put("grant", g.token());
        out.put("expiresAt", CalendarResource.vn(g.expiresAt()));
        return new Reply(201, out, "application/json", Map.of("Set-Cookie", cookie));
    }

    /** {@code GET /dossiers/{code}/documents/{kind}}: staff as before; otherwise the applicant through a grant. */
    Reply slip(ApiCall call, ApiHandler forStaff) {
        Optional<String> grant = grant(call);
        if (staff.identify(call).isPresent() || grant.isEmpty()) {
            return forStaff.handle(call);
        }
        String code = call.path("code");
        SlipKind kind = SlipKind.fromWireName(call.path("kind")).orElseThrow(() -> ApiProblem.notFound("no_such_document",
                "Người nộp hồ sơ tải được: receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), apology (Phiếu xin lỗi và hẹn lại ngày trả kết quả),"
                        + " supplement-request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ), refusal (Phiếu từ chối tiếp nhận giải quyết hồ sơ),"
                        + " stop-notice (Thông báo dừng giải quyết hồ sơ)."));
        try {
            byte[] pdf = desk().slip(grant.get(), code, kind).orElseThrow(() -> ApiProblem.notFound("document_not_issued",
                    "Hồ sơ " + code + " chưa có giấy tờ này."));
            return new Reply(200, pdf, "application/pdf", Map.of("Content-Disposition", "inline; filename=\"" + code + "-" + kind.wireName() + ".pdf\""));
        } catch (GrantRequiredException e) {
            throw grantRequired();
        }
    }

    /** {@code GET /dossiers/{code}/result}: the electronic result PDF for the applicant, through a grant. */
    Reply result(ApiCall call) {
        String grant = grant(call).orElseThrow(CitizenResource::grantRequired);
        String code = call.path("code");
        try {
            vn.motcua.engine.AttachmentFile file = desk().result(grant, code).orElseThrow(() -> ApiProblem.notFound("result_not_ready",
                    "Hồ sơ " + code + " chưa có kết quả điện tử; kết quả được tải về khi hồ sơ đã có kết quả."));
            return new Reply(200, file.content(), file.servedMediaType(), file.headers(!call.query("download").map("true"::equalsIgnoreCase).orElse(false)));
        } catch (GrantRequiredException e) {
            throw grantRequired();
        }
    }

    Reply evaluate(ApiCall call) {
        String grant = grant(call).orElseThrow(CitizenResource::grantRequired);
        EvaluationBody b = bodies.read(call.body(16_384), EvaluationBody.class);
        try {
            Evaluation e = desk().evaluate(grant, call.path("code"), new Ratings(b.overall(), b.onlineService(), b.timeliness(),
                    b.attitude(), b.publicity(), b.counterContacts(), b.agencies(), b.comment()));
            return new Reply(201, evaluation(e), "application/json", Map.of());
        } catch (GrantRequiredException e) {
            throw grantRequired();
        } catch (EvaluationRefusedException e) {
            throw e.reason() == EvaluationRefusedException.Reason.ALREADY_EVALUATED
                    ? ApiProblem.of(409, "already_evaluated", "Hồ sơ đã được đánh giá", "Mỗi hồ sơ chỉ được đánh giá một lần.")
                    : ApiProblem.of(409, "not_returned", "Chưa đánh giá được", "Hồ sơ được đánh giá sau khi đã trả kết quả.");
        }
    }

    Reply evaluation(ApiCall call) {
        String grant = grant(call).orElseThrow(CitizenResource::grantRequired);
        try {
            return Reply.ok(evaluation(desk().evaluation(grant, call.path("code")).orElseThrow(() ->
                    ApiProblem.notFound("not_evaluated", "Hồ sơ chưa được đánh giá."))));
        } catch (GrantRequiredException e) {
            throw grantRequired();
        }
    }

    private static Map<String, Object> evaluation(Evaluation e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dossier", e.dossierCode());
        out.put("ratings", e.ratings());
        out.put("evaluatedAt", CalendarResource.vn(e.evaluatedAt()));
        return out;
    }

    Reply criteria(ApiCall call) {
        return Reply.ok(Map.of("criteria", Ratings.CRITERIA));
    }

    Reply sendFeedback(ApiCall call) {
        FeedbackBody b = bodies.read(call.body(65_536), FeedbackBody.class);
        java.util.Set<vn.motcua.engine.SubmitCommand.Notify> notify = java.util.EnumSet.noneOf(vn.motcua.engine.SubmitCommand.Notify.class);
        for (String n : b.notifyChannels() == null ? List.<String>of() : b.notifyChannels()) {
            try {
                notify.add(vn.motcua.engine.SubmitCommand.Notify.valueOf(String.valueOf(n)));
            } catch (IllegalArgumentException e) {
                throw new vn.motcua.engine.InvalidSubmissionException(List.of(new vn.motcua.api.hook.FieldError("notify", "choice",
                        "Kênh nhận thông báo «" + n + "» không có; dùng EMAIL hoặc SMS.")));
            }
        }
        FeedbackView f = desk().sendFeedback(new FeedbackCommand(b.subject(), b.unit(), b.procedure(), b.dossier(),
                b.senderName(), b.phone(), b.content(), b.email(), notify));
        return new Reply(201, feedback(f), "application/json", Map.of("Location", "/api/v1/feedback/" + f.reference()));
    }

    Reply trackFeedback(ApiCall call) {
        secondFactors.attempt(call, SecondFactorGate.feedback(call.path("reference")));
        TrackBody b = bodies.read(call.body(4096), TrackBody.class);
        return Reply.ok(feedback(desk().trackFeedback(call.path("reference"), b.phone() == null ? "" : b.phone())
                .orElseThrow(() -> ApiProblem.notFound("no_such_feedback", "Không tìm thấy phản ánh với mã và số điện thoại đã nhập."))));
    }

    /** Staff answer feedback: any officer of the unit concerned, or a city administrator. */
    Reply answerFeedback(ApiCall call) {
        StaffIdentity who = staff.require(call);
        String reference = call.path("reference");
        FeedbackView f = desk().findFeedback(reference).orElseThrow(() -> ApiProblem.notFound("no_such_feedback", "Không có phản ánh " + reference + "."));
        if (!who.has(StaffRole.CITY_ADMIN) && !who.unitCodes().contains(f.unitCode())) {
            throw ApiProblem.notFound("no_such_feedback", "Không có phản ánh " + reference + ".");
        }
        AnswerBody b = bodies.read(call.body(65_536), AnswerBody.class);
        return Reply.ok(feedback(desk().answerFeedback(reference, b.answer(), who.accountId()).orElseThrow(() ->
                ApiProblem.of(409, "already_answered", "Phản ánh đã được trả lời", "Phản ánh " + reference + " đã được trả lời."))));
    }

    private static Map<String, Object> feedback(FeedbackView f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", f.reference());
        out.put("subject", f.subject());
        out.put("unit", f.unitCode());
        out.put("procedure", f.procedureCode());
        out.put("dossier", f.dossierCode());
        out.put("content", f.content());
        out.put("status", f.status());
        out.put("submittedAt", CalendarResource.vn(f.submittedAt()));
        out.put("answer", f.answer());
        out.put("answeredAt", CalendarResource.vn(f.answeredAt()));
        return out;
    }

    private static Optional<String> grant(ApiCall call) {
        Optional<String> header = call.header(GRANT_HEADER).filter(h -> !h.isBlank());
        if (header.isPresent()) {
            return header;
        }
        return Cookies.read(call.servletRequest(), GRANT_COOKIE).filter(c -> !c.isBlank());
    }

    private static ApiProblem grantRequired() {
        return new ApiProblem(401, "grant_required", "Cần tra cứu hồ sơ",
                "Hãy tra cứu hồ sơ bằng mã và số điện thoại hoặc số định danh (POST /api/v1/dossiers/{code}/grants) rồi thử lại.",
                List.of(), Map.of());
    }

    private CitizenDesk desk() {
        CitizenDesk d = desk.get();
        if (d == null) {
            throw new ApiProblem(503, "desk_unavailable", "Hệ thống đang khởi động",
                    "Dịch vụ tra cứu chưa sẵn sàng; vui lòng thử lại sau giây lát.", List.of(), Map.of("Retry-After", "2"));
        }
        return d;
    }
}
