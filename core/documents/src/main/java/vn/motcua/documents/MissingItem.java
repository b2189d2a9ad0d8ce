package vn.motcua.documents;

import java.util.Objects;

/**
 * One thing the applicant must supply or correct, with the reason.
 *
 * @param what   what is missing or must be corrected
 * @param reason why, with the rule it follows
 */
public record MissingItem(String what, String reason) {
    public MissingItem {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
    }
}
