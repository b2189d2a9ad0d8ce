package vn.motcua.storage.internal;

import org.jdbi.v3.core.Handle;

/**
 * The change numbers of shared state in {@code shared_changes} (V1411), one row per kind, read by every node's poll and
 * raised in the transaction of every write of that kind. Raising first takes the row's lock, which orders all writers
 * of that kind on all nodes (decisions 1411, 1413, 1415).
 */
final class SharedChanges {

    private SharedChanges() {
    }

    static long number(Handle h, String name) {
        return h.createQuery("SELECT change_number FROM shared_changes WHERE name = :name").bind("name", name)
                .mapTo(Long.class).one();
    }

    /** Raises the number (locking the row until the transaction ends); returns the new number. */
    static long raise(Handle h, String name) {
        h.createUpdate("UPDATE shared_changes SET change_number = change_number + 1 WHERE name = :name").bind("name", name).execute();
        return number(h, name);
    }
}
