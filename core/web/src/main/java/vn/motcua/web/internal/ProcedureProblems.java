package vn.motcua.web.internal;

import java.util.List;
import java.util.Map;

/**
 * The problems a client sees when a procedure cannot be used at a unit, whether the catalogue found it out
 * ({@link ProceduresResource}) or the engine did at submission ({@link ExceptionMapping}): one wording, one status each.
 */
final class ProcedureProblems {

    private ProcedureProblems() {
    }

    /** @param where the unit's name, or "đơn vị này" when it is not at hand */
    static ApiProblem notOffered(String code, String where) {
        return ApiProblem.notFound("procedure_not_offered", "Thủ tục " + code + " không được thực hiện tại " + where + ".");
    }

    static ApiProblem disabled(String code, String where) {
        return ApiProblem.of(404, "procedure_disabled", "Thủ tục tạm dừng tiếp nhận",
                "Thủ tục " + code + " hiện tạm dừng tiếp nhận hồ sơ mới tại " + where
                        + ". Hồ sơ đã nộp vẫn được giải quyết bình thường.");
    }

    /** While its bundle is being updated (decision 0006): try again in a moment. */
    static ApiProblem updating(String code) {
        return new ApiProblem(503, "procedure_updating", "Thủ tục đang được cập nhật",
                "Thủ tục " + code + " đang được cập nhật phiên bản mới; vui lòng thử lại sau giây lát.",
                List.of(), Map.of("Retry-After", "1"));
    }

    /** A Java hook the procedure requires is not registered yet: not offered until it is (shown in the admin listing). */
    static ApiProblem waiting(String code, String where) {
        return ApiProblem.of(404, "procedure_waiting", "Thủ tục chưa sẵn sàng tiếp nhận",
                "Thủ tục " + code + " chưa sẵn sàng tiếp nhận hồ sơ tại " + where
                        + ": gói thủ tục còn thiếu thành phần xử lý. Vui lòng liên hệ bộ phận một cửa hoặc thử lại sau.");
    }
}
