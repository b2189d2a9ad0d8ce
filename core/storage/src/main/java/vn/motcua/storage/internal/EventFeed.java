package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;

import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.motcua.storage.FedEvent;

/**
 * The events read in the order of their id, and the marks of their followers (table {@code event_marks}, decision
 * 1011). On H2 the id is the table's row key, so a page is a range of the table itself: no index on the engine's path.
 */
final class EventFeed {

    private EventFeed() {
    }

    static List<FedEvent> after(Handle h, long afterId, int limit) {
        return h.createQuery("SELECT id, dossier_code, seq, actor, occurred_at FROM events WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit)
                .map((rs, ctx) -> new FedEvent(rs.getLong("id"), rs.getString("dossier_code"), rs.getInt("seq"),
                        rs.getString("actor"), instant(rs, "occurred_at")))
                .list();
    }

    /**
     * Every event after {@code afterId}, its payload only where it holds {@code "key":} at the top level. The match is
     * on the text (payloads are written by the engine's JSON writer, without spaces); the follower parses what it gets
     * and ignores a payload where the key turns out nested.
     */
    static List<vn.motcua.storage.FollowedEvent> carrying(Handle h, long afterId, String key, int limit) {
        return h.createQuery("SELECT id, dossier_code, seq, hash, occurred_at,"
                        + " CASE WHEN payload_json LIKE :pattern THEN payload_json END AS carried"
                        + " FROM events WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("pattern", "%\"" + key + "\":%").bind("after", afterId).bind("limit", limit)
                .map((rs, ctx) -> new vn.motcua.storage.FollowedEvent(rs.getLong("id"), rs.getString("dossier_code"),
                        rs.getInt("seq"), rs.getString("hash"), instant(rs, "occurred_at"), rs.getString("carried")))
                .list();
    }

    /** The follower's mark, 0 if it has none yet. */
    static long mark(Handle h, String name) {
        return h.createQuery("SELECT last_id FROM event_marks WHERE name = :name").bind("name", name)
                .mapTo(Long.class).findOne().orElse(0L);
    }

    static void saveMark(Handle h, String name, long mark) {
        if (h.createUpdate("UPDATE event_marks SET last_id = :mark WHERE name = :name").bind("mark", mark).bind("name", name)
                .execute() == 0) {
            h.createUpdate("INSERT INTO event_marks (name, last_id) VALUES (:name, :mark)").bind("name", name).bind("mark", mark)
                    .execute();
        }
    }

    /**
     * Moves the mark from {@code expected} to {@code mark} if no one moved it meanwhile (the row exists from the
     * migration on). The row lock it takes serialises followers of the same name, so two of them never write the same
     * rows at once.
     *
     * @return false if another follower moved it first (its work covers this one's)
     */
    static boolean moveMark(Handle h, String name, long expected, long mark) {
        return h.createUpdate("UPDATE event_marks SET last_id = :mark WHERE name = :name AND last_id = :expected")
                .bind("mark", mark).bind("name", name).bind("expected", expected).execute() == 1;
    }
}
