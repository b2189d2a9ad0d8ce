package vn.motcua.pages.form;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of a form by input name ({@code chaMe[0].hoTen}), every value as sent, in the order sent: what a form
 * shows again after an error and what {@link FormBinder} reads. Immutable.
 *
 * @param byName input name → its values
 */
public record FormValues(Map<String, List<String>> byName) {

    private static final FormValues EMPTY = new FormValues(Map.of());

    public FormValues {
        Objects.requireNonNull(byName, "values");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byName.forEach((k, v) -> copy.put(k, List.copyOf(v.stream().map(s -> s == null ? "" : s).toList())));
        byName = java.util.Collections.unmodifiableMap(copy);
    }

    /** No values: an empty form. */
    public static FormValues empty() {
        return EMPTY;
    }

    /** The values of {@link vn.motcua.pages.http.FormData#fields()} or any map of lists. */
    public static FormValues of(Map<String, List<String>> byName) {
        return new FormValues(byName);
    }

    /** The values of a servlet-style parameter map. */
    public static FormValues ofArrays(Map<String, String[]> byName) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byName.forEach((k, v) -> out.put(k, v == null ? List.of() : Arrays.asList(v)));
        return new FormValues(out);
    }

    /** The first value of an input as sent (not stripped); null when absent. */
    public String first(String name) {
        List<String> v = byName.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Every value of an input; empty when absent. */
    public List<String> all(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Whether any input under a prefix ({@code chaMe[1].}) has a non-blank value. */
    public boolean anyUnder(String prefix) {
        return byName.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix)
                && e.getValue().stream().anyMatch(s -> !s.isBlank()));
    }

    /** These values with one input set to a single value. */
    public FormValues with(String name, String value) {
        Map<String, List<String>> out = new LinkedHashMap<>(byName);
        out.put(name, List.of(value));
        return new FormValues(out);
    }
}
