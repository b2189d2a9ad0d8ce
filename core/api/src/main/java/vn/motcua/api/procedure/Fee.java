package vn.motcua.api.procedure;

/**
 * A fee or charge (phí, lệ phí).
 *
 * @param name      what is charged, e.g. "Lệ phí chứng thực bản sao"
 * @param amountVnd amount in Vietnamese đồng for the common case; 0 when free
 * @param note      how it varies, e.g. "2.000 đồng/trang từ trang 1–2, 1.000 đồng/trang từ trang thứ 3"; may be {@code null}
 */
public record Fee(String name, long amountVnd, String note) {
    public Fee {
        java.util.Objects.requireNonNull(name, "name");
    }
}
