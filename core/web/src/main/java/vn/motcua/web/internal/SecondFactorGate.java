package vn.motcua.web.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.engine.citizen.SecondFactorAttempts;

/**
 * Every second-factor use of the API (lookup, grant, withdrawal and supplement by the applicant, feedback tracking)
 * passes here before the factor is checked: one throttle ({@link SecondFactorAttempts}, shared with the portal) and
 * one refusal. A refused or wrong attempt never says whether the code exists.
 */
final class SecondFactorGate {

    private final Supplier<SecondFactorAttempts> attempts;

    SecondFactorGate(Supplier<SecondFactorAttempts> attempts) {
        this.attempts = attempts;
    }

    /** @throws ApiProblem 429 when the client has tried too often, 503 while the engine starts */
    void attempt(ApiCall call, String target) {
        SecondFactorAttempts a = attempts.get();
        if (a == null) {
            throw new ApiProblem(503, "engine_unavailable", "Hệ thống đang khởi động",
                    "Dịch vụ tra cứu chưa sẵn sàng; vui lòng thử lại sau giây lát.", List.of(), Map.of("Retry-After", "2"));
        }
        if (!a.tryAcquire(call.client(), target)) {
            throw new ApiProblem(429, "too_many_attempts", "Thử quá nhiều lần",
                    "Bạn đã nhập mã hồ sơ và số điện thoại hoặc số định danh quá nhiều lần; vui lòng thử lại sau một phút.",
                    List.of(), Map.of("Retry-After", Long.toString(Math.max(1, a.retryAfter().toSeconds()))));
        }
    }

    static String dossier(String code) {
        return "dossier:" + code;
    }

    static String feedback(String reference) {
        return "feedback:" + reference;
    }
}
