package vn.motcua.postal;

import java.time.Instant;

/**
 * One postal order of a dossier.
 *
 * @param kind          {@code PICKUP} (the dossier from the applicant) or {@code DELIVERY} (the result to the applicant)
 * @param consignmentNo the consignment number (mã vận đơn) to track the item with the post, or null before the partner
 *                      accepted the order
 * @param feeVnd        the postal fee in đồng the partner quoted, or null
 * @param status        {@code ORDERED}, {@code ACCEPTED}, {@code PICKED_UP}, {@code IN_TRANSIT}, {@code DELIVERED},
 *                      {@code RETURNED} or {@code CANCELLED}
 * @param statusText    the partner's own words for the status, or null
 * @param orderedAt     ordered at
 * @param updatedAt     status last changed at
 */
public record Shipment(String kind, String consignmentNo, Long feeVnd, String status, String statusText, Instant orderedAt,
                       Instant updatedAt) {

    /** What the order is, in Vietnamese. */
    public String kindLabel() {
        return "PICKUP".equals(kind) ? "Thu gom hồ sơ tại địa chỉ người nộp" : "Chuyển phát kết quả đến địa chỉ người nộp";
    }

    /** The status in Vietnamese, for the citizen and the officer. */
    public String statusLabel() {
        return switch (status) {
            case "ORDERED" -> "Đang gửi yêu cầu đến bưu điện";
            case "ACCEPTED" -> "Bưu điện đã nhận yêu cầu";
            case "PICKED_UP" -> "Bưu điện đã nhận bưu gửi";
            case "IN_TRANSIT" -> "Đang vận chuyển";
            case "DELIVERED" -> "Đã phát thành công";
            case "RETURNED" -> "Phát không thành công, đã chuyển hoàn";
            case "CANCELLED" -> "Đã hủy";
            default -> status;
        };
    }
}
