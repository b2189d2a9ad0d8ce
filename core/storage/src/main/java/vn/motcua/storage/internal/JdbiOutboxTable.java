package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.OutboxTable;

/** {@link OutboxTable} on the handle of one {@link JdbiStoreTransaction}. */
final class JdbiOutboxTable implements OutboxTable {

    private static final String COLUMNS = "id, dossier_code, channel, recipient, template, subject, body, status, attempts,"
            + " next_attempt_at, claimed_by, created_at, sent_at, last_answer, partner_ref";
    /** Due messages in index order (V1101); see {@link SqlTime#DUE_FLOOR}. */
    static final String DUE = "SELECT " + COLUMNS + " FROM outbox_messages WHERE next_attempt_at >= :floor"
            + " AND next_attempt_at <= :now AND channel IN (<channels>) ORDER BY next_attempt_at, id LIMIT :limit";
    private static final String INSERT = "INSERT INTO outbox_messages (" + COLUMNS + ") VALUES ("
            + "?, ".repeat(COLUMNS.split(",").length - 1) + "?)";
    /** Answers are kept short: the console shows the partner's status and the start of its answer. */
    private static final int ANSWER_CHARS = 1000;

    private final Handle h;
    private final Runnable wrote;

    JdbiOutboxTable(Handle h, Runnable wrote) {
        this.h = h;
        this.wrote = wrote;
    }

    @Override
    public void insert(OutboxRecord m) {
        wrote.run();
        // Plain JDBC: with notifications on, every dossier action writes one or two of these (decision 0905).
        try (PreparedStatement ps = h.getConnection().prepareStatement(INSERT)) {
            bind(ps, m);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static void bind(PreparedStatement ps, OutboxRecord m) throws SQLException {
        ps.setString(1, m.id());
        ps.setString(2, m.dossierCode());
        ps.setString(3, m.channel());
        ps.setString(4, m.recipient());
        ps.setString(5, m.template());
        ps.setString(6, m.subject());
        ps.setString(7, m.body());
        ps.setString(8, m.status());
        ps.setInt(9, m.attempts());
        SqlTime.set(ps, 10, m.nextAttemptAt());
        ps.setString(11, m.claimedBy());
        SqlTime.set(ps, 12, m.createdAt());
        SqlTime.set(ps, 13, m.sentAt());
        ps.setString(14, shorten(m.lastAnswer()));
        ps.setString(15, m.partnerRef());
    }

    @Override
    public int insertAbsent(List<OutboxRecord> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        wrote.run();
        java.util.Set<String> present = new java.util.HashSet<>(sql(() -> h.createQuery(
                        "SELECT id FROM outbox_messages WHERE id IN (<ids>)")
                .bindList("ids", messages.stream().map(OutboxRecord::id).toList()).mapTo(String.class).list()));
        // Two followers racing past this check: the primary key refuses the second, whose transaction (and its move of
        // the follower's mark) then fails; its next pass finds the messages there.
        int n = 0;
        try (PreparedStatement ps = h.getConnection().prepareStatement(INSERT)) {
            for (OutboxRecord m : messages) {
                if (present.add(m.id())) {
                    bind(ps, m);
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        return n;
    }

    @Override
    public List<OutboxRecord> due(Instant now, List<String> channels, int limit) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return sql(() -> h.createQuery(DUE)
                .bind("floor", ts(SqlTime.DUE_FLOOR)).bind("now", ts(now)).bindList("channels", channels).bind("limit", limit).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public boolean claim(String id, Instant seen, Instant leaseUntil, String node) {
        wrote.run();
        return sql(() -> h.createUpdate("UPDATE outbox_messages SET status = 'SENDING', attempts = attempts + 1,"
                        + " next_attempt_at = :lease, claimed_by = :node WHERE id = :id AND next_attempt_at = :seen")
                .bind("lease", ts(leaseUntil)).bind("node", node).bind("id", id).bind("seen", ts(seen)).execute()) == 1;
    }

    @Override
    public boolean markSent(String id, String node, int attempt, Instant at, String answer, String partnerRef) {
        return finish(id, node, attempt, "status = 'SENT', next_attempt_at = NULL, sent_at = :at, last_answer = :answer,"
                + " partner_ref = :ref", Map.of("answer", orEmpty(shorten(answer)), "ref", orEmpty(partnerRef)), at);
    }

    @Override
    public boolean markRetry(String id, String node, int attempt, Instant retryAt, String answer) {
        return finish(id, node, attempt, "status = 'PENDING', next_attempt_at = :at, last_answer = :answer",
                Map.of("answer", orEmpty(shorten(answer))), retryAt);
    }

    @Override
    public boolean markDead(String id, String node, int attempt, String answer) {
        return finish(id, node, attempt, "status = 'DEAD', next_attempt_at = NULL, last_answer = :answer",
                Map.of("answer", orEmpty(shorten(answer))), null);
    }

    private boolean finish(String id, String node, int attempt, String set, Map<String, String> values, Instant at) {
        wrote.run();
        return sql(() -> {
            var u = h.createUpdate("UPDATE outbox_messages SET " + set
                    + " WHERE id = :id AND status = 'SENDING' AND claimed_by = :node AND attempts = :attempt");
            values.forEach(u::bind);
            if (set.contains(":at")) {
                u.bind("at", ts(at));
            }
            return u.bind("id", id).bind("node", node).bind("attempt", attempt).execute();
        }) == 1;
    }

    @Override
    public boolean resend(String id, Instant now) {
        wrote.run();
        return sql(() -> h.createUpdate("UPDATE outbox_messages SET status = 'PENDING', attempts = 0, next_attempt_at = :now,"
                        + " claimed_by = NULL WHERE id = :id AND status = 'DEAD'")
                .bind("now", ts(now)).bind("id", id).execute()) == 1;
    }

    @Override
    public Optional<OutboxRecord> find(String id) {
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_messages WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public List<OutboxRecord> ofDossier(String dossierCode) {
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_messages WHERE dossier_code = :code"
                        + " ORDER BY created_at, id")
                .bind("code", dossierCode).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public List<OutboxRecord> withStatus(List<String> statuses, int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_messages WHERE status IN (<statuses>)"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .bindList("statuses", statuses).bind("limit", limit).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        sql(() -> h.createQuery("SELECT status, COUNT(*) AS n FROM outbox_messages GROUP BY status ORDER BY status")
                .map((rs, ctx) -> counts.put(rs.getString("status"), rs.getLong("n"))).list());
        return counts;
    }

    private static OutboxRecord row(ResultSet rs) throws SQLException {
        return new OutboxRecord(rs.getString("id"), rs.getString("dossier_code"), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("template"), rs.getString("subject"), rs.getString("body"),
                rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("claimed_by"),
                instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("last_answer"), rs.getString("partner_ref"));
    }

    private static String shorten(String s) {
        return s == null || s.length() <= ANSWER_CHARS ? s : s.substring(0, ANSWER_CHARS - 1) + "…";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> T sql(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }
}
