package vn.motcua.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.engine.ActionNotAllowedException;
import vn.motcua.engine.ActorNotPermittedException;
import vn.motcua.engine.ConcurrentChangeException;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierNotFoundException;
import vn.motcua.engine.IdempotencyKeyReusedException;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.StaffAccessRefusedException;
import vn.motcua.engine.StaffPrincipal;
import vn.motcua.runtime.deploy.DeploymentRefusedException;
import vn.motcua.runtime.deploy.NoSuchBundleException;
import vn.motcua.security.AccessDeniedException;
import vn.motcua.security.AccountConflictException;
import vn.motcua.security.AccountNotFoundException;
import vn.motcua.security.InvalidAccountException;
import vn.motcua.security.LoginFailedException;
import vn.motcua.security.LoginThrottledException;
import vn.motcua.security.StaffSecurityException;
import vn.motcua.pages.http.Failure;

/**
 * The one place where exceptions of the core become HTTP problems. Anything not listed is a 500 logged with the request
 * id; an unreachable database anywhere in the cause chain is a 503 with {@code Retry-After}.
 */
final class ExceptionMapping {

    private ExceptionMapping() {
    }

    static Optional<ApiProblem> toProblem(RuntimeException e) {
        if (e instanceof ApiProblem p) {
            return Optional.of(p);
        }
        Failure failure = Failure.of(e); // the one classification every front shares (issue 15)
        if (!failure.unexpected()) {
            return Optional.of(problem(failure));
        }
        if (e instanceof InvalidSubmissionException x) {
            return Optional.of(new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ",
                    x.errors().size() + " trường chưa hợp lệ; xem danh sách errors.",
                    x.errors().stream().map(f -> new ApiProblem.FieldMessage(f.field(), f.code(), f.message())).toList(), Map.of()));
        }
        if (e instanceof ProcedureUnavailableException x) {
            return Optional.of(switch (x.reason()) {
                case NOT_OFFERED -> ProcedureProblems.notOffered(x.procedureCode(), "đơn vị này");
                case DISABLED -> ProcedureProblems.disabled(x.procedureCode(), "đơn vị này");
                case UPDATING -> ProcedureProblems.updating(x.procedureCode());
                case CHANNEL_NOT_OFFERED -> new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ",
                        "Thủ tục không nhận hồ sơ hoặc trả kết quả qua kênh này.",
                        List.of(new ApiProblem.FieldMessage("channel", "channel_not_offered",
                                "Thủ tục không nhận hồ sơ hoặc trả kết quả qua kênh đã chọn.")), Map.of());
            });
        }
        if (e instanceof ActionNotAllowedException x) {
            String allowed = x.allowed().stream().map(DossierAction::wireName).sorted().collect(Collectors.joining(", "));
            return Optional.of(new ApiProblem(409, "action_not_allowed", "Thao tác không được phép",
                    "Không thể '" + x.action().wireName() + "' khi hồ sơ ở trạng thái " + x.status()
                            + (x.rule() == null ? "" : " (" + x.rule() + ")") + ". Thao tác được phép: "
                            + (allowed.isEmpty() ? "không có" : allowed) + ".",
                    List.of(new ApiProblem.FieldMessage("action", "not_allowed", "Thao tác được phép: " + (allowed.isEmpty() ? "không có" : allowed))),
                    Map.of()));
        }
        if (e instanceof StaffAccessRefusedException x) {
            // The engine's decision (decision 1310); the role and the units are named so the officer knows whom to ask.
            return Optional.of(ApiProblem.of(403, "forbidden", "Không có quyền",
                    (x.action() == null ? "Danh sách hồ sơ này" : "Thao tác này với hồ sơ " + x.code()) + " cần vai trò "
                            + duty(x.neededDuty()) + " tại đơn vị " + String.join(" hoặc ", new java.util.TreeSet<>(x.units()))
                            + "; tài khoản không có vai trò đó tại đơn vị đó."));
        }
        if (e instanceof ActorNotPermittedException x) {
            // The engine's message is English and names accounts and roles: for the log, not for the caller.
            return Optional.of(ApiProblem.of(403, "forbidden", "Không có quyền",
                    "Không thực hiện được thao tác này với hồ sơ: cán bộ cần đúng vai trò tại đơn vị đang giữ hồ sơ;"
                            + " người nộp cần đúng số điện thoại hoặc số định danh đã khai."));
        }
        if (e instanceof ConcurrentChangeException) {
            return Optional.of(ApiProblem.of(409, "concurrent_change", "Hồ sơ vừa được người khác cập nhật",
                    "Hồ sơ vừa được cán bộ khác xử lý; hãy tải lại hồ sơ và thao tác lại nếu vẫn cần."));
        }
        if (e instanceof IdempotencyKeyReusedException) {
            return Optional.of(ApiProblem.of(422, "idempotency_key_reused", "Khóa Idempotency-Key đã dùng",
                    "Khóa Idempotency-Key này đã dùng cho một yêu cầu khác; hãy dùng khóa mới cho yêu cầu mới."));
        }
        if (e instanceof vn.motcua.engine.payment.PaymentRefusedException x) {
            return Optional.of(switch (x.reason()) {
                case BAD_SIGNATURE -> ApiProblem.of(401, "bad_signature", "Chữ ký không hợp lệ",
                        "Chữ ký HMAC của lời gọi lại từ cổng thanh toán thiếu hoặc không đúng; giao dịch không được ghi nhận.");
                case UNKNOWN_PAYMENT -> ApiProblem.notFound("no_such_payment",
                        "Không có giao dịch thanh toán này, hồ sơ không phải thanh toán trực tuyến, hoặc thanh toán trực tuyến chưa được cấu hình.");
                case AMOUNT_MISMATCH -> new ApiProblem(422, "amount_mismatch", "Số tiền không khớp",
                        "Số tiền cổng thanh toán báo khác số tiền phí, lệ phí của hồ sơ; giao dịch không được chấp nhận và đã được ghi lại để đối soát.",
                        List.of(new ApiProblem.FieldMessage("amount", "mismatch", "Số tiền khác số tiền phí, lệ phí của hồ sơ.")), Map.of());
                case ALREADY_PAID -> ApiProblem.of(409, "already_paid", "Hồ sơ đã được thanh toán",
                        "Hồ sơ đã được thanh toán phí, lệ phí; không cần thanh toán lại.");
                case NO_GATEWAY -> ApiProblem.of(503, "no_payment_gateway", "Chưa có cổng thanh toán",
                        "Thanh toán trực tuyến chưa được cấu hình (motcua.payment.*); vui lòng thử lại sau hoặc nộp phí tại Bộ phận Một cửa.");
            });
        }
        if (e instanceof DossierNotFoundException) {
            return Optional.of(DossiersResource.noSuchDossier());
        }
        if (e instanceof DeploymentRefusedException x) {
            return Optional.of(new ApiProblem(422, "bundle_refused", "Gói thủ tục bị từ chối", x.getMessage(),
                    x.problems().stream().map(m -> new ApiProblem.FieldMessage(fileOf(m), "invalid", m)).toList(), Map.of()));
        }
        if (e instanceof StaffSecurityException x) {
            return Optional.of(security(x));
        }
        if (e instanceof NoSuchBundleException) {
            return Optional.of(ApiProblem.notFound("no_such_bundle", e.getMessage()));
        }
        if (e instanceof vn.motcua.runtime.units.InvalidUnitException x) {
            return Optional.of(new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ", x.getMessage(),
                    List.of(new ApiProblem.FieldMessage(x.field(), "invalid", x.getMessage())), Map.of()));
        }
        if (e instanceof vn.motcua.calendar.CalendarDataException x) {
            return Optional.of(new ApiProblem(422, "invalid_calendar", "Lịch không hợp lệ", x.getMessage(), List.of(), Map.of()));
        }
        return Optional.empty();
    }

    /** A failure every front knows (unreadable body, starting up, database down) as this API words it. */
    private static ApiProblem problem(Failure failure) {
        return switch (failure.kind()) {
            case DATABASE_DOWN -> storageUnavailable();
            case STARTING -> new ApiProblem(503, "starting", "Hệ thống đang khởi động",
                    "Dịch vụ chưa sẵn sàng; vui lòng thử lại sau giây lát.", List.of(),
                    Map.of("Retry-After", Integer.toString(Failure.STARTING_RETRY_SECONDS)));
            case TOO_LARGE -> ApiProblem.of(413, "upload_too_large", "Tệp tải lên quá lớn",
                    "Tệp hoặc biểu mẫu gửi lên vượt quá giới hạn dung lượng; hãy giảm dung lượng tệp rồi gửi lại.");
            case BAD_REQUEST -> ApiProblem.of(400, "unreadable_upload", "Không đọc được biểu mẫu gửi lên",
                    "Biểu mẫu gửi lên không đúng định dạng (multipart/form-data hoặc mã hóa URL); hãy gửi lại.");
            case UNEXPECTED -> throw new IllegalArgumentException("an unexpected failure has no problem of its own");
        };
    }

    /**
     * The database cannot be reached (down, failing over, pool exhausted): nothing was done that the caller must worry
     * about (a transaction that could not commit changed nothing), so 503 and a retry, never 500 (decision 1412).
     */
    static ApiProblem storageUnavailable() {
        return new ApiProblem(503, "storage_unavailable", "Hệ thống tạm thời gián đoạn",
                "Cơ sở dữ liệu tạm thời không trả lời; yêu cầu chưa được thực hiện. Vui lòng thử lại sau " + RETRY_SECONDS + " giây.",
                List.of(), Map.of("Retry-After", Integer.toString(RETRY_SECONDS)));
    }

    /** The one retry delay of a database that does not answer ({@link Failure}). */
    static final int RETRY_SECONDS = Failure.DATABASE_RETRY_SECONDS;

    private static String duty(StaffPrincipal.Duty duty) {
        return switch (duty) {
            case ONE_STOP_OFFICER -> "cán bộ Bộ phận Một cửa";
            case SPECIALIST -> "chuyên viên";
            case LEADER -> "lãnh đạo";
            case CONTROL_OFFICER -> "đầu mối kiểm soát TTHC";
            case UNIT_ADMIN -> "quản trị đơn vị";
            case CITY_ADMIN -> "quản trị thành phố";
        };
    }

    private static ApiProblem security(StaffSecurityException e) {
        if (e instanceof LoginThrottledException x) {
            long seconds = Math.max(1, (x.retryAfter().toMillis() + 999) / 1000);
            return new ApiProblem(429, "login_throttled", "Tạm khóa đăng nhập",
                    "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau " + seconds + " giây.", List.of(),
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        if (e instanceof LoginFailedException) {
            return ApiProblem.of(401, "login_failed", "Đăng nhập không thành công", "Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        if (e instanceof AccessDeniedException) {
            return ApiProblem.of(403, "forbidden", "Không có quyền", "Tài khoản không có quyền thực hiện thao tác này.");
        }
        if (e instanceof AccountNotFoundException) {
            return ApiProblem.notFound("no_such_account", "Không tìm thấy tài khoản hoặc mã truy cập.");
        }
        if (e instanceof AccountConflictException x) {
            return ApiProblem.of(409, "account_conflict", "Không thể thực hiện", x.getMessage().startsWith("login exists")
                    ? "Tên đăng nhập đã được dùng." : "Thao tác sẽ khóa chính tài khoản quản trị của bạn.");
        }
        if (e instanceof InvalidAccountException x) {
            return new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ", x.getMessage(),
                    List.of(new ApiProblem.FieldMessage(x.field(), "invalid", x.getMessage())), Map.of());
        }
        return ApiProblem.of(403, "forbidden", "Không có quyền", "Yêu cầu bị từ chối.");
    }

    private static String fileOf(String problem) {
        int colon = problem.indexOf(':');
        return colon > 0 ? problem.substring(0, colon) : "file";
    }
}
