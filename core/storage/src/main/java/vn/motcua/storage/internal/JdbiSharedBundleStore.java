package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.storage.SharedBundleRecord;
import vn.motcua.storage.SharedBundleStore;

/**
 * {@link SharedBundleStore} on the dossier store's database (decision 1413). Every writer first raises the change
 * number: that row's lock orders all writers of all nodes, so "update, else insert" is safe. Thread-safe.
 */
final class JdbiSharedBundleStore implements SharedBundleStore {

    static final String NAME = "bundles";

    private final JdbiProcedureSwitchStore.Transactions db;

    JdbiSharedBundleStore(JdbiProcedureSwitchStore.Transactions db) {
        this.db = db;
    }

    @Override
    public long changeNumber() {
        return db.light(h -> SharedChanges.number(h, NAME));
    }

    @Override
    public List<SharedBundleRecord> bundles() {
        return db.light(h -> h.createQuery("SELECT file_name, jar_sha256, desired_state, rolled_back, revision FROM shared_bundles"
                        + " ORDER BY file_name")
                .map((rs, ctx) -> new SharedBundleRecord(rs.getString("file_name"), rs.getString("jar_sha256"),
                        rs.getString("desired_state"), rs.getBoolean("rolled_back"), rs.getLong("revision")))
                .list());
    }

    @Override
    public Optional<byte[]> jar(String fileName) {
        return db.light(h -> h.createQuery("SELECT jar FROM shared_bundles WHERE file_name = :file").bind("file", fileName)
                .map((rs, ctx) -> rs.getBytes("jar")).findOne());
    }

    @Override
    public void put(String fileName, byte[] jar, String sha256, String desiredState, boolean rolledBack, Instant at) {
        db.durable(h -> {
            long revision = SharedChanges.raise(h, NAME); // the change number is also the revision: unique and increasing across rows
            int n = h.createUpdate("UPDATE shared_bundles SET jar_sha256 = :sha, jar = :jar, desired_state = :state,"
                            + " rolled_back = :rb, revision = :rev, changed_at = :at WHERE file_name = :file")
                    .bind("sha", sha256).bind("jar", jar).bind("state", desiredState).bind("rb", rolledBack)
                    .bind("rev", revision).bind("at", ts(at)).bind("file", fileName).execute();
            if (n == 0) {
                h.createUpdate("INSERT INTO shared_bundles (file_name, jar_sha256, jar, desired_state, rolled_back, revision,"
                                + " changed_at) VALUES (:file, :sha, :jar, :state, :rb, :rev, :at)")
                        .bind("sha", sha256).bind("jar", jar).bind("state", desiredState).bind("rb", rolledBack)
                        .bind("rev", revision).bind("at", ts(at)).bind("file", fileName).execute();
            }
            return null;
        });
    }

    @Override
    public boolean setState(String fileName, String desiredState, Instant at) {
        return db.durable(h -> {
            long revision = SharedChanges.raise(h, NAME);
            return h.createUpdate("UPDATE shared_bundles SET desired_state = :state, revision = :rev, changed_at = :at"
                            + " WHERE file_name = :file")
                    .bind("state", desiredState).bind("rev", revision).bind("at", ts(at)).bind("file", fileName).execute() == 1;
        });
    }
}
