package vn.motcua.pages.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Whether a page request's parameters can be read at all. An invalid percent-encoding in the query string or in a
 * form body ({@code ?q=%}, {@code ?q=%C3%28}) makes the container throw when the first parameter is read; the pages
 * answer such a request with 400 instead of failing with 500 (issue 13). Stateless.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /**
     * True if the query string (and a URL-encoded form body) decode; a multipart body is left to the page that reads
     * its parts, so that its own size limits and messages apply.
     */
    public static boolean readable(HttpServletRequest request) {
        try {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                String query = request.getQueryString();
                if (query != null) {
                    for (String pair : query.split("&")) {
                        strictUtf8(URLDecoder.decode(pair, StandardCharsets.ISO_8859_1));
                    }
                }
                return true;
            }
            request.getParameterMap().forEach((k, v) -> { });
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    strictUtf8(URLDecoder.decode(pair, StandardCharsets.ISO_8859_1));
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The container replaces undecodable bytes silently; a hostile or broken client is told instead. */
    private static void strictUtf8(String latin1Bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(latin1Bytes.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
