package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import vn.motcua.storage.CitizenAccessStore;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.GrantRecord;

/** {@link CitizenAccessStore} on the dossier store's database (decision 1410). Thread-safe. */
final class JdbiCitizenAccessStore implements CitizenAccessStore {

    /** Transactions on the shared pool: durable ones (H2 checkpoint after commit) and light ones (none). */
    interface Transactions {
        <T> T durable(HandleCallback<T, RuntimeException> work);

        /** For counters whose loss in a crash costs nothing: no wait for the H2 group checkpoint. */
        <T> T light(HandleCallback<T, RuntimeException> work);
    }

    private final Transactions db;
    private final boolean postgresql;

    JdbiCitizenAccessStore(Transactions db, boolean postgresql) {
        this.db = db;
        this.postgresql = postgresql;
    }

    @Override
    public void insertGrant(GrantRecord g) {
        db.durable(h -> h.createUpdate("INSERT INTO citizen_grants (token_hash, kind, dossier_code, sealed_factor, expires_at)"
                        + " VALUES (:hash, :kind, :code, :factor, :expires)")
                .bind("hash", g.tokenHash()).bind("kind", g.kind()).bind("code", g.dossierCode())
                .bind("factor", g.sealedFactor()).bind("expires", ts(g.expiresAt())).execute());
    }

    @Override
    public Optional<GrantRecord> grant(String tokenHash) {
        return db.light(h -> h.createQuery("SELECT * FROM citizen_grants WHERE token_hash = :hash").bind("hash", tokenHash)
                .map((rs, ctx) -> new GrantRecord(rs.getString("token_hash"), rs.getString("kind"), rs.getString("dossier_code"),
                        rs.getString("sealed_factor"), instant(rs, "expires_at")))
                .findOne());
    }

    @Override
    public boolean deleteGrant(String tokenHash) {
        return db.durable(h -> h.createUpdate("DELETE FROM citizen_grants WHERE token_hash = :hash").bind("hash", tokenHash)
                .execute() == 1);
    }

    @Override
    public int deleteExpiredGrants(Instant now) {
        return db.light(h -> h.createUpdate("DELETE FROM citizen_grants WHERE expires_at < :now").bind("now", ts(now)).execute());
    }

    @Override
    public int countAttempt(String key, long window) {
        if (postgresql) {
            // One statement, atomic under concurrency: the row lock of ON CONFLICT orders the increments.
            return db.light(h -> h.createQuery("INSERT INTO attempt_windows (attempt_key, window_start, attempts) VALUES (:key, :w, 1)"
                            + " ON CONFLICT (attempt_key, window_start) DO UPDATE SET attempts = attempt_windows.attempts + 1"
                            + " RETURNING attempts")
                    .bind("key", key).bind("w", window).mapTo(Integer.class).one());
        }
        // H2 has no ON CONFLICT outside its PostgreSQL mode: update, else insert, and on a concurrent insert update again.
        // The updated row stays locked until commit, so the count read back includes this attempt.
        for (int tries = 0; ; tries++) {
            try {
                return db.light(h -> {
                    if (increment(h, key, window) == 0) {
                        h.createUpdate("INSERT INTO attempt_windows (attempt_key, window_start, attempts) VALUES (:key, :w, 1)")
                                .bind("key", key).bind("w", window).execute();
                        return 1;
                    }
                    return h.createQuery("SELECT attempts FROM attempt_windows WHERE attempt_key = :key AND window_start = :w")
                            .bind("key", key).bind("w", window).mapTo(Integer.class).one();
                });
            } catch (DuplicateKeyException insertedMeanwhile) {
                if (tries >= 2) {
                    throw insertedMeanwhile;
                }
            }
        }
    }

    private static int increment(Handle h, String key, long window) {
        return h.createUpdate("UPDATE attempt_windows SET attempts = attempts + 1 WHERE attempt_key = :key AND window_start = :w")
                .bind("key", key).bind("w", window).execute();
    }

    @Override
    public int deleteAttemptWindowsBefore(long window) {
        return db.light(h -> h.createUpdate("DELETE FROM attempt_windows WHERE window_start < :w").bind("w", window).execute());
    }
}
