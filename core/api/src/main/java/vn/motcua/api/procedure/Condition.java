package vn.motcua.api.procedure;

import java.util.List;

/**
 * A condition on another field's value, for conditional rules.
 *
 * @param field  the id of the other field (in the same group for fields of a group)
 * @param equals the value that triggers the rule; {@code null} if {@code in} is used
 * @param in     any of these values triggers the rule
 */
public record Condition(String field, String equals, List<String> in) {
    public Condition {
        java.util.Objects.requireNonNull(field, "field");
        in = in == null ? List.of() : List.copyOf(in);
    }

    /** Whether a value of the other field satisfies this condition. */
    public boolean matches(Object value) {
        if (value == null) {
            return false;
        }
        String text = String.valueOf(value);
        return text.equals(equals) || in.contains(text);
    }
}
