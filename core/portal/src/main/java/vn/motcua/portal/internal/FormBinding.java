package vn.motcua.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.engine.Upload;

/**
 * Turns a submitted HTML form into the engine's form data: text as the browser sent it (the validator normalises
 * and checks it), checkboxes as {@code "true"}, several choices as lists, repeating groups as lists of maps with
 * wholly empty optional items dropped, files as uploads. Nothing is checked here: the engine decides.
 */
final class FormBinding {

    /** The bound form. */
    record Bound(Map<String, Object> data, List<Upload> uploads) {
    }

    private FormBinding() {
    }

    static Bound bind(List<Field> fields, Map<String, String[]> params, List<Upload> files) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Field f : fields) {
            Object value = value(f, f.id(), params);
            if (value != null) {
                data.put(f.id(), value);
            }
        }
        return new Bound(data, files);
    }

    private static Object value(Field f, String path, Map<String, String[]> params) {
        String[] raw = params.get(path);
        return switch (f.type()) {
            case FILE -> null;
            case GROUP -> {
                List<Map<String, Object>> items = new ArrayList<>();
                for (int i = 0; i < FormView.itemsShown(f); i++) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    for (Field sub : f.fields()) {
                        Object v = value(sub, path + "[" + i + "]." + sub.id(), params);
                        if (v != null) {
                            item.put(sub.id(), v);
                        }
                    }
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                }
                yield items.isEmpty() ? null : items;
            }
            case CHOICE -> {
                if (raw == null) {
                    yield null;
                }
                List<String> chosen = java.util.Arrays.stream(raw).filter(s -> !s.isBlank()).toList();
                yield chosen.isEmpty() ? null : f.multiple() ? chosen : chosen.get(0);
            }
            case CHECKBOX -> raw != null && raw.length > 0 && "true".equals(raw[0]) ? "true" : null;
            default -> raw == null || raw.length == 0 || raw[0].isBlank() ? null : raw[0];
        };
    }

    /** Files of the request's multipart parts, by part name (the FILE field's id); empty parts (no file chosen) are left out. */
    static List<Upload> files(HttpServletRequest request, List<Field> fields) throws IOException, jakarta.servlet.ServletException {
        List<String> fileFields = fields.stream().filter(f -> f.type() == FieldType.FILE).map(Field::id).toList();
        List<Upload> out = new ArrayList<>();
        if (request.getContentType() == null || !request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return out;
        }
        for (Part part : request.getParts()) {
            if (part.getSubmittedFileName() == null || !fileFields.contains(part.getName()) || part.getSize() == 0) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                out.add(new Upload(part.getName(), part.getSubmittedFileName(),
                        part.getContentType() == null ? "application/octet-stream" : part.getContentType(), in.readAllBytes()));
            }
        }
        return out;
    }
}
