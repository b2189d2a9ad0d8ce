package vn.motcua.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import vn.motcua.pages.http.FormData;
import vn.motcua.pages.http.UnreadableFormException;
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
        FormData form;
        try {
            form = FormData.read(call.servletRequest());
        } catch (UnreadableFormException e) {
            if (e.tooLarge() || call.servletRequest().getContentLengthLong() > AdminResource.MAX_BUNDLE_BYTES) {
                throw new UnreadableFormException(true, e); // Jetty may say only "Error parsing multipart request"
            }
            throw e;
        }
        // the JSON of a submission or action: the part named dossier (documented), or the last text part sent
        List<String> named = form.bodyFields().getOrDefault("dossier", List.of());
        byte[] fields = new byte[0];
        if (!named.isEmpty()) {
            fields = named.get(named.size() - 1).getBytes(StandardCharsets.UTF_8);
        } else {
            for (List<String> values : form.bodyFields().values()) {
                fields = values.get(values.size() - 1).getBytes(StandardCharsets.UTF_8);
            }
        }
        List<Upload> files = form.files().stream()
                .map(f -> new Upload(f.field(), f.fileName(), f.mediaType(), f.content())).toList();
        return new MultipartBody(true, fields, files);
    }
}
