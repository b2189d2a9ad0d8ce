package vn.motcua.api.hook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only submitted form values: strings, numbers, booleans, lists (multiple choices, files) and, for
 * repeating groups, lists of maps. Text is already normalised to Unicode NFC.
 *
 * @param values values by field id
 */
public record FormData(Map<String, Object> values) {
    public FormData {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The text of a field, if present and not blank. */
    public Optional<String> text(String field) {
        Object v = values.get(field);
        return v == null || String.valueOf(v).isBlank() ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    /** The items of a repeating group; empty if absent. */
    @SuppressWarnings("unchecked")
    public List<FormData> group(String field) {
        Object v = values.get(field);
        if (!(v instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(m -> new FormData((Map<String, Object>) m)).toList();
    }
}
