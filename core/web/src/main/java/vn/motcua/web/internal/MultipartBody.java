package vn.motcua.web.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.engine.Upload;

/**
 * The one reader of request bodies that may be multipart forms: submissions and supplements (a JSON part and file
 * parts) and bundle uploads (one file part). A body that is not multipart is taken whole as the JSON or file.
 *
 * @param multipart whether the body was a multipart form
 * @param fields    the raw body, or the last part that is not a file (the JSON of a submission)
 * @param files     the non-empty file parts, in order
 */
record MultipartBody(boolean multipart, byte[] fields, List<Upload> files) {

    static MultipartBody read(ApiCall call, int rawLimit) {
        if (!call.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return new MultipartBody(false, call.body(rawLimit), List.of());
        }
        byte[] fields = new byte[0];
        List<Upload> files = new ArrayList<>();
        try {
            for (Part part : call.servletRequest().getParts()) {
                try (InputStream in = part.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    if (part.getSubmittedFileName() == null) {
                        fields = bytes;
                    } else if (bytes.length > 0) {
                        files.add(new Upload(part.getName(), part.getSubmittedFileName(),
                                part.getContentType() == null ? "application/octet-stream" : part.getContentType(), bytes));
                    }
                }
            }
        } catch (IOException | ServletException | IllegalStateException e) {
            if (overLimit(e) || call.servletRequest().getContentLengthLong() > AdminResource.MAX_BUNDLE_BYTES) {
                throw ApiProblem.of(413, "upload_too_large", "Tệp tải lên quá lớn",
                        "Tệp hoặc biểu mẫu gửi lên vượt quá giới hạn dung lượng; hãy giảm dung lượng tệp rồi gửi lại.");
            }
            throw ApiProblem.of(400, "unreadable_upload", "Không đọc được tệp tải lên",
                    "Biểu mẫu multipart/form-data gửi lên không đúng định dạng; hãy gửi lại.");
        }
        return new MultipartBody(true, fields, files);
    }

    /**
     * Whether the parser gave up because of the servlet's multipart limits ({@code ApiServlet}: one file up to
     * {@link AdminResource#MAX_BUNDLE_BYTES}). Jetty says so with an IllegalStateException, or only "Error parsing
     * multipart request", hence also the check of the declared length in {@link #read}.
     */
    private static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException) {
                return true;
            }
        }
        return false;
    }
}
