package vn.motcua.storage.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.motcua.storage.FedEvent;
import vn.motcua.storage.SettledMark;

/**
 * Keeps {@code officer_actions} (who wrote which event when) up to date from the events, followed by id (decision
 * 1011): the staff evaluation's index, written here before a read instead of by every dossier action. Idempotent: the
 * events past the mark are written again (delete, then insert); the conditional move of the mark serialises two
 * catch-ups, the second then finds nothing to do. Thread-safe.
 */
final class OfficerActions {

    static final String MARK = "officer-actions";
    /** How long a transaction may take between stamping its events and committing (as the roll-up's, doubled). */
    static final Duration SETTLE = Duration.ofSeconds(10);
    private static final int PAGE = 2000;

    private final JdbiDossierStore db;
    private final Clock clock;

    OfficerActions(JdbiDossierStore db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Copies the events not yet taken into account, a page per transaction. */
    void catchUp() {
        long cursor = db.inReadHandle(h -> EventFeed.mark(h, MARK));
        SettledMark settled = new SettledMark(cursor, clock.instant().minus(SETTLE));
        while (true) {
            long expected = settled.mark();
            long after = cursor;
            List<FedEvent> page = db.inReadHandle(h -> EventFeed.after(h, after, PAGE));
            if (page.isEmpty()) {
                return;
            }
            page.forEach(settled::read);
            long mark = settled.mark();
            boolean ours = db.inHandle(h -> {
                if (!EventFeed.moveMark(h, MARK, expected, mark)) { // also when unmoved: it takes the row lock
                    return false;
                }
                write(h.getConnection(), page);
                return true;
            });
            if (!ours || page.size() < PAGE) {
                return;
            }
            cursor = page.get(page.size() - 1).id();
        }
    }

    private static void write(java.sql.Connection c, List<FedEvent> page) {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM officer_actions WHERE dossier_code = ? AND seq = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO officer_actions (dossier_code, seq, actor, acted_at) VALUES (?, ?, ?, ?)")) {
            for (FedEvent e : page) {
                delete.setString(1, e.dossierCode());
                delete.setInt(2, e.seq());
                delete.addBatch();
                insert.setString(1, e.dossierCode());
                insert.setInt(2, e.seq());
                insert.setString(3, e.actor());
                SqlTime.set(insert, 4, e.at());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }
}
