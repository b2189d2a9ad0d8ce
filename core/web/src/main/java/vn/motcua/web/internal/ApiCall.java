package vn.motcua.web.internal;

import vn.motcua.pages.http.Cookies;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import vn.motcua.runtime.http.ClientAddresses;

/**
 * One HTTP call as a resource sees it: path parameters from the route, query parameters, body.
 * Keeps servlet types out of the resources' signatures so they read as plain functions.
 */
final class ApiCall {

    static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final HttpServletRequest request;
    private final Map<String, String> pathParams;
    private final ClientAddresses addresses;
    private final Cookies cookies;

    ApiCall(HttpServletRequest request, Map<String, String> pathParams) {
        this(request, pathParams, ClientAddresses.none());
    }

    ApiCall(HttpServletRequest request, Map<String, String> pathParams, ClientAddresses addresses) {
        this.request = request;
        this.pathParams = pathParams;
        this.addresses = addresses;
        this.cookies = new Cookies(addresses);
    }

    /** The client's address: {@code X-Forwarded-For} counts only from a trusted proxy (decision 1603). */
    String client() {
        return addresses.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** Whether the client reached us over TLS, directly or through a trusted proxy. */
    boolean secure() {
        return cookies.secure(request);
    }

    /** A {@code Set-Cookie} value under the platform's one cookie rule ({@link Cookies}). */
    String cookie(String name, String value, Cookies.SameSite sameSite, long maxAgeSeconds) {
        return cookies.header(request, name, value, sameSite, maxAgeSeconds);
    }

    String path(String name) {
        return pathParams.get(name);
    }

    Optional<String> query(String name) {
        String v = parameter(request, name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /**
     * A query or form parameter. The container throws on the first read when the query string or a URL-encoded body
     * is not valid percent-encoding ({@code ?q=%}, {@code ?q=%C3%28}): that is the client's mistake, so 400, never 500.
     */
    static String parameter(HttpServletRequest request, String name) {
        try {
            return request.getParameter(name);
        } catch (RuntimeException e) {
            throw ApiProblem.of(400, "malformed_parameters", "Tham số không hợp lệ",
                    "Tham số trên địa chỉ hoặc trong biểu mẫu có mã hoá phần trăm (%) không hợp lệ; hãy mã hoá lại bằng UTF-8.");
        }
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
    }

    String contentType() {
        return request.getContentType() == null ? "" : request.getContentType();
    }

    HttpServletRequest servletRequest() {
        return request;
    }

    /** The body, refused with 413 past {@code limit} bytes so that a client cannot exhaust memory. */
    byte[] body(int limit) {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiProblem.of(400, "unreadable_body", "Không đọc được nội dung yêu cầu",
                    "Kết nối bị ngắt hoặc nội dung gửi lên không đọc được; hãy gửi lại.");
        }
    }

    private static ApiProblem tooLarge(int limit) {
        return ApiProblem.of(413, "body_too_large", "Nội dung quá lớn",
                "Nội dung yêu cầu vượt quá " + (limit / 1024 / 1024) + " MB.");
    }
}
