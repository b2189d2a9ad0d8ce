package vn.motcua.postal.spi;

import java.util.Objects;

/**
 * An order to the postal partner: only what the postman needs.
 *
 * @param idempotencyKey  the same for every attempt of this order
 * @param kind            {@code PICKUP} or {@code DELIVERY}
 * @param dossierCode     the dossier, as the partner's order reference
 * @param senderUnit      the unit that sends (delivery) or receives (pickup) the item
 * @param receiverName    the applicant's name
 * @param receiverPhone   the applicant's phone, for the postman; may be null
 * @param receiverAddress the applicant's address
 * @param contents        what is in the item, e.g. "Kết quả giải quyết thủ tục hành chính, hồ sơ …"
 */
public record PostalOrder(String idempotencyKey, String kind, String dossierCode, String senderUnit, String receiverName,
                          String receiverPhone, String receiverAddress, String contents) {
    public PostalOrder {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receiverAddress, "receiverAddress");
    }
}
