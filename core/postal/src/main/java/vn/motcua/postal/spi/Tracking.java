package vn.motcua.postal.spi;

import java.util.Objects;

/**
 * An order's status as the partner reports it.
 *
 * @param status {@code ACCEPTED}, {@code PICKED_UP}, {@code IN_TRANSIT}, {@code DELIVERED}, {@code RETURNED} or
 *               {@code CANCELLED} (the adapter maps the partner's codes to these)
 * @param text   the partner's own words, e.g. the post office or the reason a delivery failed; may be null
 */
public record Tracking(String status, String text) {
    public Tracking {
        Objects.requireNonNull(status, "status");
    }
}
