package vn.motcua.web.internal;

import java.util.List;
import java.util.Map;

/**
 * An error answered as {@code application/problem+json} (RFC 9457). Thrown by resources; turned into a response
 * in one place, {@link ApiServlet}. Titles and details are Vietnamese for people; {@code code} is stable for programs.
 */
final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One input error, named by its field. */
    record FieldMessage(String field, String code, String message) {
    }

    private final int status;
    private final String code;
    private final String title;
    private final transient List<FieldMessage> errors;
    private final transient Map<String, String> headers;

    ApiProblem(int status, String code, String title, String detail, List<FieldMessage> errors, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static ApiProblem of(int status, String code, String title, String detail) {
        return new ApiProblem(status, code, title, detail, List.of(), Map.of());
    }

    static ApiProblem badParameter(String field, String message) {
        return new ApiProblem(400, "invalid_parameter", "Tham số không hợp lệ", message,
                List.of(new FieldMessage(field, "invalid", message)), Map.of());
    }

    static ApiProblem notFound(String code, String detail) {
        return of(404, code, "Không tìm thấy", detail);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    List<FieldMessage> errors() {
        return errors;
    }

    Map<String, String> headers() {
        return headers;
    }
}
