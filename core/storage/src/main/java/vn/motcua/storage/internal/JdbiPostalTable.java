package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import vn.motcua.storage.PostalOrderRecord;
import vn.motcua.storage.PostalTable;

/** {@link PostalTable} on the handle of one {@link JdbiStoreTransaction}. */
final class JdbiPostalTable implements PostalTable {

    private static final String COLUMNS = "id, dossier_code, kind, consignment_no, fee_vnd, status, status_text, ordered_at,"
            + " updated_at, next_poll_at";
    private static final int TEXT_CHARS = 500;

    private final Handle h;
    private final Runnable wrote;

    JdbiPostalTable(Handle h, Runnable wrote) {
        this.h = h;
        this.wrote = wrote;
    }

    @Override
    public void insert(PostalOrderRecord o) {
        wrote.run();
        sql(() -> h.createUpdate("INSERT INTO postal_orders (" + COLUMNS + ") VALUES (:id, :code, :kind, :no, :fee, :status,"
                        + " :text, :ordered, :updated, :poll)")
                .bind("id", o.id()).bind("code", o.dossierCode()).bind("kind", o.kind()).bind("no", o.consignmentNo())
                .bind("fee", o.feeVnd()).bind("status", o.status()).bind("text", shorten(o.statusText()))
                .bind("ordered", ts(o.orderedAt())).bind("updated", ts(o.updatedAt())).bind("poll", ts(o.nextPollAt()))
                .execute());
    }

    @Override
    public boolean accepted(String id, String consignmentNo, Long feeVnd, Instant at, Instant pollAt) {
        wrote.run();
        return sql(() -> h.createUpdate("UPDATE postal_orders SET consignment_no = :no, fee_vnd = :fee, status = 'ACCEPTED',"
                        + " updated_at = :at, next_poll_at = :poll WHERE id = :id AND status = 'ORDERED'")
                .bind("no", consignmentNo).bind("fee", feeVnd).bind("at", ts(at)).bind("poll", ts(pollAt)).bind("id", id)
                .execute()) == 1;
    }

    @Override
    public boolean status(String id, String status, String statusText, Instant at, Instant nextPollAt) {
        wrote.run();
        String text = shorten(statusText);
        int changed = sql(() -> h.createUpdate("UPDATE postal_orders SET status = :status, status_text = :text, updated_at = :at,"
                        + " next_poll_at = :poll WHERE id = :id AND consignment_no IS NOT NULL AND (status <> :status"
                        + " OR COALESCE(status_text, '') <> COALESCE(:text, ''))")
                .bind("status", status).bind("text", text).bind("at", ts(at)).bind("poll", ts(nextPollAt)).bind("id", id)
                .execute());
        if (changed == 0) {
            pollLater(id, nextPollAt);
        }
        return changed == 1;
    }

    @Override
    public void pollLater(String id, Instant nextPollAt) {
        wrote.run();
        sql(() -> h.createUpdate("UPDATE postal_orders SET next_poll_at = :poll WHERE id = :id AND next_poll_at IS NOT NULL")
                .bind("poll", ts(nextPollAt)).bind("id", id).execute());
    }

    @Override
    public List<PostalOrderRecord> ofDossier(String dossierCode) {
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM postal_orders WHERE dossier_code = :code ORDER BY ordered_at, id")
                .bind("code", dossierCode).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public List<PostalOrderRecord> duePolls(Instant now, int limit) {
        // Lower bound above NULL, like every due scan (decision 1010).
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM postal_orders WHERE next_poll_at >= :floor"
                        + " AND next_poll_at <= :now ORDER BY next_poll_at, id LIMIT :limit")
                .bind("floor", ts(SqlTime.DUE_FLOOR)).bind("now", ts(now)).bind("limit", limit).map((rs, ctx) -> row(rs)).list());
    }

    private static PostalOrderRecord row(ResultSet rs) throws SQLException {
        long fee = rs.getLong("fee_vnd");
        Long feeVnd = rs.wasNull() ? null : fee;
        return new PostalOrderRecord(rs.getString("id"), rs.getString("dossier_code"), rs.getString("kind"),
                rs.getString("consignment_no"), feeVnd, rs.getString("status"), rs.getString("status_text"),
                instant(rs, "ordered_at"), instant(rs, "updated_at"), instant(rs, "next_poll_at"));
    }

    private static String shorten(String s) {
        return s == null || s.length() <= TEXT_CHARS ? s : s.substring(0, TEXT_CHARS - 1) + "…";
    }

    private static <T> T sql(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }
}
