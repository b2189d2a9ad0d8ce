package vn.motcua.storage;

import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Small text documents every node shares (issue 14, decision 1415): the files administrators edit under the data
 * folder ({@code units.csv}, {@code calendar/2027.yaml}, {@code calendar/closures.yaml}), by the same name, with one
 * change number nodes poll. Thread-safe; every method is its own transaction.
 */
@ProviderType
public interface SharedDocumentStore {

    /** The documents present (removed ones left out) and the change number they reflect. */
    record Documents(long changeNumber, Map<String, String> texts) {
        public Documents {
            texts = Map.copyOf(texts);
        }
    }

    /** Raised by every change; one indexed row, cheap to poll. */
    long changeNumber();

    Documents documents();

    /** Stores (or replaces) a document; raises the change number. */
    void put(String name, String text, Instant at);

    /** Removes a document; raises the change number. */
    void remove(String name, Instant at);

    /**
     * Stores {@code texts} only if no document whose name starts with {@code prefix} was ever stored, removed ones
     * included: the first node publishes its data folder, a later node's stale copy is ignored.
     *
     * @return true if this call published
     */
    boolean publishIfNone(String prefix, Map<String, String> texts, Instant at);
}
