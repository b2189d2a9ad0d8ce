package vn.motcua.web.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** Takes an uploaded jar from a raw body or from the first file part of a multipart form (the admin console). */
final class MultipartJar {
    private MultipartJar() {
    }

    static byte[] extract(ApiCall call, int limit) {
        if (!call.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            return call.body(limit);
        }
        try {
            for (Part part : call.servletRequest().getParts()) {
                if (part.getSubmittedFileName() != null) {
                    if (part.getSize() > limit) {
                        throw ApiProblem.of(413, "body_too_large", "Tệp quá lớn", "Tệp vượt quá " + (limit / 1024 / 1024) + " MB.");
                    }
                    try (InputStream in = part.getInputStream()) {
                        return in.readAllBytes();
                    }
                }
            }
            return new byte[0];
        } catch (IOException | ServletException | IllegalStateException e) {
            throw ApiProblem.of(400, "unreadable_upload", "Không đọc được tệp tải lên", String.valueOf(e.getMessage()));
        }
    }
}
