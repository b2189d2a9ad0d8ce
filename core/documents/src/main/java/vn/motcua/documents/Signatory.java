package vn.motcua.documents;

import java.util.Objects;

/**
 * Who signs a slip for the agency.
 *
 * @param position the position printed above the signature, e.g. "CHỦ TỊCH" or "GIÁM ĐỐC"
 * @param name     the signatory's full name
 */
public record Signatory(String position, String name) {
    public Signatory {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
    }
}
