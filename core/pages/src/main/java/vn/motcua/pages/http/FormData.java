package vn.motcua.pages.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of request parameters for every front: query string, URL-encoded forms and multipart forms.
 *
 * <p>Text parts of a multipart form are decoded as UTF-8 here (the pages declare it), because the container decodes
 * them as ISO-8859-1 whatever the request's character encoding says, and every Vietnamese letter would arrive broken.
 * Empty file inputs are not files. Immutable once read.
 */
public final class FormData {

    /** The most a text field of a form may hold; the descriptor's own limits are smaller and are checked later. */
    public static final int TEXT_LIMIT = 1_000_000;

    private final boolean multipart;
    private final Map<String, List<String>> fields;
    private final Map<String, List<String>> bodyFields;
    private final List<FormFile> files;

    private FormData(boolean multipart, Map<String, List<String>> fields, Map<String, List<String>> bodyFields, List<FormFile> files) {
        this.multipart = multipart;
        this.fields = fields;
        this.bodyFields = bodyFields;
        this.files = files;
    }

    /**
     * Reads the request's parameters, and with a multipart body its parts.
     *
     * @throws UnreadableFormException if the body is broken, cut off or over the servlet's limits
     */
    public static FormData read(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            try {
                request.getParameterMap().forEach((k, v) -> out.put(k, List.of(v)));
            } catch (RuntimeException e) {
                throw new UnreadableFormException(false, e);
            }
            Map<String, List<String>> fields = unmodifiable(out);
            return new FormData(false, fields, fields, List.of());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<FormFile> files = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                try (InputStream in = part.getInputStream()) {
                    if (part.getSubmittedFileName() == null) {
                        out.computeIfAbsent(part.getName(), k -> new ArrayList<>())
                                .add(new String(in.readNBytes(TEXT_LIMIT), StandardCharsets.UTF_8));
                    } else {
                        byte[] bytes = in.readAllBytes();
                        if (bytes.length > 0) {
                            files.add(new FormFile(part.getName(), part.getSubmittedFileName(),
                                    part.getContentType() == null ? "application/octet-stream" : part.getContentType(), bytes));
                        }
                    }
                }
            }
        } catch (IOException | ServletException | IllegalStateException e) {
            throw new UnreadableFormException(overLimit(e), e);
        }
        Map<String, List<String>> all = query(request.getQueryString());
        out.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new FormData(true, unmodifiable(all), unmodifiable(out), List.copyOf(files));
    }

    /** Whether the body was a multipart form. */
    public boolean multipart() {
        return multipart;
    }

    /** Every field with all its values, in the order sent. */
    public Map<String, List<String>> fields() {
        return fields;
    }

    /**
     * The text parts of a multipart body, in the order sent, without the query string's parameters (for a URL-encoded
     * form the container cannot tell them apart, and this is {@link #fields()}).
     */
    public Map<String, List<String>> bodyFields() {
        return bodyFields;
    }

    /** The first value of a field, stripped; empty when absent or blank. */
    public Optional<String> field(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).strip());
    }

    /** All values of a field as sent (not stripped); empty when absent. */
    public List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** The non-empty file parts, in the order sent. */
    public List<FormFile> files() {
        return files;
    }

    /** The first non-empty file of a field. */
    public Optional<FormFile> file(String field) {
        return files.stream().filter(f -> f.field().equals(field)).findFirst();
    }

    private static Map<String, List<String>> query(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        try {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        } catch (IllegalArgumentException e) {
            throw new UnreadableFormException(false, e);
        }
        return out;
    }

    private static Map<String, List<String>> unmodifiable(Map<String, List<String>> in) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, List.copyOf(Arrays.asList(v.toArray(String[]::new)))));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Whether the parser gave up because of the servlet's multipart limits. Jetty says so with an
     * IllegalStateException somewhere in the chain.
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
