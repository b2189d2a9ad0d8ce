package vn.motcua.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The content of a stored attachment, with the one rule for serving it over HTTP ({@link #headers}): the officer's
 * browser may show a PDF or an image inline, anything else is only downloaded, and nothing an applicant uploaded can run
 * as a page in our origin (an HTML or SVG file could otherwise script the workspace with the officer's session).
 *
 * @param meta    the attachment's metadata
 * @param content the bytes
 */
public record AttachmentFile(AttachmentView meta, byte[] content) {

    /**
     * The field of the electronic result (kết quả điện tử): the PDF sent with APPROVE, REJECT or RESULT_READY, which the
     * applicant downloads once the result is ready.
     */
    public static final String RESULT_FIELD = "ketQuaDienTu";

    /** Types a browser renders without running anything of the file's own (decision 0303 checks their content). */
    private static final Set<String> INLINE = Set.of("application/pdf", "image/jpeg", "image/png");

    /**
     * The sandbox every stored file except a PDF is served under: no script, no plugin, no form, no framing by others, an
     * opaque origin. An image still shows.
     */
    public static final String CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'";

    /**
     * A PDF's policy: nothing loads but the PDF itself. Not {@code sandbox}: the browsers' PDF viewers (Chromium's plugin,
     * Firefox's pdf.js) refuse to run in a sandboxed document, and a file served as {@code application/pdf} never becomes
     * a page of our origin anyway.
     */
    public static final String PDF_CSP = "default-src 'none'; object-src 'self'; img-src 'self' data:; frame-ancestors 'self'";

    public AttachmentFile {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(content, "content");
    }

    /** True when the file may be shown in the browser (PDF, JPEG, PNG); otherwise it is only ever downloaded. */
    public boolean viewableInline() {
        return INLINE.contains(meta.mediaType().toLowerCase(Locale.ROOT));
    }

    /** The media type to send: the checked type for viewable files, a neutral binary type for everything else. */
    public String servedMediaType() {
        return viewableInline() ? meta.mediaType().toLowerCase(Locale.ROOT) : "application/octet-stream";
    }

    /**
     * Response headers: {@code Content-Disposition} (inline only when asked and {@link #viewableInline()}), with an ASCII
     * name and the original name in RFC 5987 form, {@code X-Content-Type-Options: nosniff}, the sandboxing {@link #CSP}
     * ({@link #PDF_CSP} for a PDF),
     * and no caching of personal files.
     */
    public Map<String, String> headers(boolean inline) {
        String disposition = (inline && viewableInline() ? "inline" : "attachment")
                + "; filename=\"" + asciiName() + "\"; filename*=UTF-8''" + rfc5987(meta.originalName());
        return Map.of("Content-Disposition", disposition,
                "X-Content-Type-Options", "nosniff",
                "Content-Security-Policy", "application/pdf".equals(servedMediaType()) ? PDF_CSP : CSP,
                "Cache-Control", "private, no-store",
                "Referrer-Policy", "no-referrer");
    }

    private String asciiName() {
        String n = java.text.Normalizer.normalize(meta.originalName(), java.text.Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isBlank() ? meta.id() : n;
    }

    private static String rfc5987(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ".-_~".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return b.toString();
    }
}
