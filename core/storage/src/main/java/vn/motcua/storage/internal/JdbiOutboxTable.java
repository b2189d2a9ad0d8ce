package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import vn.motcua.storage.OutboxClaim;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.OutboxTable;

/**
 * {@link OutboxTable} on the handle of one {@link JdbiStoreTransaction}. Two indexes serve every query (V1423, decision
 * 1104): the primary key (dossier_code, id) and outbox_due (next_attempt_at, id). A message without a dossier is stored
 * with dossier_code '', a dead letter with next_attempt_at at {@link #PARKED}; both read back as null.
 */
final class JdbiOutboxTable implements OutboxTable {

    private static final String COLUMNS = "id, dossier_code, channel, recipient, template, subject, body, status, attempts,"
            + " next_attempt_at, claimed_by, created_at, sent_at, last_answer, partner_ref";
    /** Due messages in index order (V1101); see {@link SqlTime#DUE_FLOOR}. */
    static final String DUE = "SELECT " + COLUMNS + " FROM outbox_messages WHERE next_attempt_at >= :floor"
            + " AND next_attempt_at <= :now AND channel IN (<channels>) ORDER BY next_attempt_at, id LIMIT :limit";
    private static final String INSERT = "INSERT INTO outbox_messages (" + COLUMNS + ") VALUES ("
            + "?, ".repeat(COLUMNS.split(",").length - 1) + "?)";
    /**
     * The next attempt of a dead letter: after every due scan, so the unsent messages (pending, sending, dead) are one
     * range of outbox_due and the console needs no index of its own.
     */
    static final Instant PARKED = Instant.parse("9999-12-31T00:00:00Z");
    /** The console's list of messages still to deliver, in outbox_due's order (backwards). */
    static final String UNSENT_LIST = "SELECT " + COLUMNS + " FROM outbox_messages WHERE next_attempt_at >= :floor"
            + " AND next_attempt_at < :parked ORDER BY next_attempt_at DESC, id DESC LIMIT :limit";
    /** The unsent messages per status, from outbox_due: the sent ones have NULL there, before the floor. */
    static final String UNSENT_COUNT = "SELECT status, COUNT(*) AS n FROM outbox_messages WHERE next_attempt_at >= :floor"
            + " GROUP BY status";
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
        ps.setString(2, stored(m.dossierCode()));
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
        // Through the primary key: the page's dossiers, then their ids.
        java.util.Set<String> present = new java.util.HashSet<>(sql(() -> h.createQuery(
                        "SELECT id FROM outbox_messages WHERE dossier_code IN (<codes>) AND id IN (<ids>)")
                .bindList("codes", messages.stream().map(m -> stored(m.dossierCode())).distinct().toList())
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
        // Found through outbox_due by (seen, id): there is no index on id alone.
        return sql(() -> h.createUpdate("UPDATE outbox_messages SET status = 'SENDING', attempts = attempts + 1,"
                        + " next_attempt_at = :lease, claimed_by = :node WHERE id = :id AND next_attempt_at = :seen")
                .bind("lease", ts(leaseUntil)).bind("node", node).bind("id", id).bind("seen", ts(seen)).execute()) == 1;
    }

    @Override
    public boolean markSent(OutboxClaim claim, Instant at, String answer, String partnerRef) {
        return finish(claim, "status = 'SENT', next_attempt_at = NULL, sent_at = :at, last_answer = :answer,"
                + " partner_ref = :ref", Map.of("answer", orEmpty(shorten(answer)), "ref", orEmpty(partnerRef)), at);
    }

    @Override
    public boolean markRetry(OutboxClaim claim, Instant retryAt, String answer) {
        return finish(claim, "status = 'PENDING', next_attempt_at = :at, last_answer = :answer",
                Map.of("answer", orEmpty(shorten(answer))), retryAt);
    }

    @Override
    public boolean markDead(OutboxClaim claim, String answer) {
        return finish(claim, "status = 'DEAD', next_attempt_at = :at, last_answer = :answer",
                Map.of("answer", orEmpty(shorten(answer))), PARKED);
    }

    /** The claimed message is found through outbox_due by its lease end, which only its claim set. */
    private boolean finish(OutboxClaim claim, String set, Map<String, String> values, Instant at) {
        wrote.run();
        return sql(() -> {
            var u = h.createUpdate("UPDATE outbox_messages SET " + set + " WHERE next_attempt_at = :lease AND id = :id"
                    + " AND status = 'SENDING' AND claimed_by = :node AND attempts = :attempt");
            values.forEach(u::bind);
            if (set.contains(":at")) {
                u.bind("at", ts(at));
            }
            return u.bind("lease", ts(claim.leaseUntil())).bind("id", claim.id()).bind("node", claim.node())
                    .bind("attempt", claim.attempt()).execute();
        }) == 1;
    }

    @Override
    public boolean resend(String id, Instant now) {
        wrote.run();
        return sql(() -> h.createUpdate("UPDATE outbox_messages SET status = 'PENDING', attempts = 0, next_attempt_at = :now,"
                        + " claimed_by = NULL WHERE next_attempt_at = :parked AND id = :id AND status = 'DEAD'")
                .bind("now", ts(now)).bind("parked", ts(PARKED)).bind("id", id).execute()) == 1;
    }

    @Override
    public Optional<OutboxRecord> find(String dossierCode, String id) {
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_messages WHERE dossier_code = :code AND id = :id")
                .bind("code", stored(dossierCode)).bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public List<OutboxRecord> ofDossier(String dossierCode) {
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_messages WHERE dossier_code = :code"
                        + " ORDER BY created_at, id")
                .bind("code", stored(dossierCode)).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public List<OutboxRecord> unsent(int limit) {
        return sql(() -> h.createQuery(UNSENT_LIST)
                .bind("floor", ts(SqlTime.DUE_FLOOR)).bind("parked", ts(PARKED)).bind("limit", limit)
                .map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public List<OutboxRecord> dead(int limit) {
        return sql(() -> h.createQuery("SELECT " + COLUMNS + " FROM outbox_messages WHERE next_attempt_at = :parked"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .bind("parked", ts(PARKED)).bind("limit", limit).map((rs, ctx) -> row(rs)).list());
    }

    /**
     * The unsent messages are counted in outbox_due; the sent ones are the rest of the table, which H2 counts without
     * reading it (PostgreSQL reads its smallest index).
     */
    @Override
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        sql(() -> h.createQuery(UNSENT_COUNT)
                .bind("floor", ts(SqlTime.DUE_FLOOR))
                .map((rs, ctx) -> counts.put(rs.getString("status"), rs.getLong("n"))).list());
        long all = sql(() -> h.createQuery("SELECT COUNT(*) FROM outbox_messages").mapTo(Long.class).one());
        long sent = all - counts.values().stream().mapToLong(Long::longValue).sum();
        if (sent > 0) {
            counts.put(OutboxRecord.SENT, sent);
        }
        return counts;
    }

    private static OutboxRecord row(ResultSet rs) throws SQLException {
        return new OutboxRecord(rs.getString("id"), read(rs.getString("dossier_code")), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("template"), rs.getString("subject"), rs.getString("body"),
                rs.getString("status"), rs.getInt("attempts"), nextAttempt(instant(rs, "next_attempt_at")), rs.getString("claimed_by"),
                instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("last_answer"), rs.getString("partner_ref"));
    }

    private static Instant nextAttempt(Instant stored) {
        return PARKED.equals(stored) ? null : stored;
    }

    private static String stored(String dossierCode) {
        return dossierCode == null ? "" : dossierCode;
    }

    private static String read(String dossierCode) {
        return dossierCode.isEmpty() ? null : dossierCode;
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
