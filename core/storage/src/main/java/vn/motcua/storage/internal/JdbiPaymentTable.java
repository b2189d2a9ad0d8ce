package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import vn.motcua.storage.PaymentRecord;
import vn.motcua.storage.PaymentTable;

/** {@link PaymentTable} on the handle of one {@link JdbiStoreTransaction}. */
final class JdbiPaymentTable implements PaymentTable {

    private static final String COLUMNS = "id, dossier_code, amount_vnd, status, created_at, expires_at, settled_at,"
            + " gateway_txn, note";

    private final Handle h;
    private final Runnable wrote;

    JdbiPaymentTable(Handle h, Runnable wrote) {
        this.h = h;
        this.wrote = wrote;
    }

    @Override
    public void insert(PaymentRecord p) {
        wrote.run();
        sql(() -> h.createUpdate("INSERT INTO payments (" + COLUMNS + ", paid_for) VALUES (:id, :code, :amount, :status,"
                        + " :created, :expires, :settled, :txn, :note, :paidFor)")
                .bind("id", p.id()).bind("code", p.dossierCode()).bind("amount", p.amountVnd()).bind("status", p.status())
                .bind("created", ts(p.createdAt())).bind("expires", ts(p.expiresAt())).bind("settled", ts(p.settledAt()))
                .bind("txn", p.gatewayTxn()).bind("note", p.note())
                .bind("paidFor", PaymentRecord.PAID.equals(p.status()) ? p.dossierCode() : null).execute());
    }

    @Override
    public Optional<PaymentRecord> find(String id) {
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM payments WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public List<PaymentRecord> ofDossier(String dossierCode) {
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM payments WHERE dossier_code = :code ORDER BY created_at, id")
                .bind("code", dossierCode).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public boolean settle(String id, String status, Instant at, String gatewayTxn, String note) {
        wrote.run();
        boolean paid = PaymentRecord.PAID.equals(status);
        return sql(() -> h.createUpdate("UPDATE payments SET status = :status, settled_at = :at, gateway_txn = :txn, note = :note,"
                        + " paid_for = " + (paid ? "dossier_code" : "NULL") + " WHERE id = :id AND status = 'PENDING'")
                .bind("status", status).bind("at", ts(at)).bind("txn", gatewayTxn).bind("note", note).bind("id", id)
                .execute()) == 1;
    }

    private static PaymentRecord row(ResultSet rs) throws SQLException {
        return new PaymentRecord(rs.getString("id"), rs.getString("dossier_code"), rs.getLong("amount_vnd"),
                rs.getString("status"), instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "settled_at"),
                rs.getString("gateway_txn"), rs.getString("note"));
    }

    private static <T> T sql(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }
}
