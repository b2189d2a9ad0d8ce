package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.ts;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.motcua.storage.SharedDocumentStore;

/**
 * {@link SharedDocumentStore} on the dossier store's database (decision 1415). Every writer first raises the change
 * number: that row's lock orders all writers of all nodes, so "update, else insert" is safe. Thread-safe.
 */
final class JdbiSharedDocumentStore implements SharedDocumentStore {

    static final String NAME = "documents";

    private final JdbiProcedureSwitchStore.Transactions db;

    JdbiSharedDocumentStore(JdbiProcedureSwitchStore.Transactions db) {
        this.db = db;
    }

    @Override
    public long changeNumber() {
        return db.light(h -> SharedChanges.number(h, NAME));
    }

    @Override
    public Documents documents() {
        return db.light(h -> {
            long n = SharedChanges.number(h, NAME);
            Map<String, String> texts = new HashMap<>();
            h.createQuery("SELECT name, content FROM shared_documents WHERE content IS NOT NULL")
                    .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("content")))
                    .forEach(e -> texts.put(e.getKey(), e.getValue()));
            return new Documents(n, texts);
        });
    }

    @Override
    public void put(String name, String text, Instant at) {
        db.durable(h -> {
            SharedChanges.raise(h, NAME);
            write(h, name, text, at);
            return null;
        });
    }

    @Override
    public void remove(String name, Instant at) {
        db.durable(h -> {
            SharedChanges.raise(h, NAME);
            write(h, name, null, at);
            return null;
        });
    }

    @Override
    public boolean publishIfNone(String prefix, Map<String, String> texts, Instant at) {
        return db.durable(h -> {
            SharedChanges.raise(h, NAME); // takes the row lock first: of several nodes starting together, one publishes
            boolean any = h.createQuery("SELECT COUNT(*) FROM shared_documents WHERE LEFT(name, :len) = :prefix")
                    .bind("len", prefix.length()).bind("prefix", prefix).mapTo(Long.class).one() > 0;
            if (any) {
                return false;
            }
            texts.forEach((name, text) -> write(h, name, text, at));
            if (!texts.containsKey(prefix)) {
                write(h, prefix, null, at); // marks the prefix as published even when this node had nothing
            }
            return true;
        });
    }

    private static void write(Handle h, String name, String text, Instant at) {
        int n = h.createUpdate("UPDATE shared_documents SET content = :text, changed_at = :at WHERE name = :name")
                .bind("text", text).bind("at", ts(at)).bind("name", name).execute();
        if (n == 0) {
            h.createUpdate("INSERT INTO shared_documents (name, content, changed_at) VALUES (:name, :text, :at)")
                    .bind("text", text).bind("at", ts(at)).bind("name", name).execute();
        }
    }
}
