package vn.motcua.api.procedure;

/**
 * A choice value and its Vietnamese label.
 *
 * @param value the stored value
 * @param label what the applicant sees
 */
public record Option(String value, String label) {
    public Option {
        java.util.Objects.requireNonNull(value, "value");
        label = label == null ? value : label;
    }
}
