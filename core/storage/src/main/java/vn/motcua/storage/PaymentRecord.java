package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to pay a dossier's fee online (decision 1130).
 *
 * @param id          random id; the transaction reference the gateway signs and calls back with
 * @param dossierCode the dossier whose fee it pays
 * @param amountVnd   the amount asked, in đồng
 * @param status      {@link #PENDING}, {@link #PAID}, {@link #CANCELLED} or {@link #REFUNDING}
 * @param createdAt   started at
 * @param expiresAt   a success called back after this is refunded, not accepted
 * @param settledAt   when the gateway's callback settled it, or null
 * @param gatewayTxn  the gateway's transaction number, or null
 * @param note        why it was refunded or cancelled, or null
 */
public record PaymentRecord(String id, String dossierCode, long amountVnd, String status, Instant createdAt,
                            Instant expiresAt, Instant settledAt, String gatewayTxn, String note) {

    public static final String PENDING = "PENDING";
    public static final String PAID = "PAID";
    public static final String CANCELLED = "CANCELLED";
    public static final String REFUNDING = "REFUNDING";

    public PaymentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
