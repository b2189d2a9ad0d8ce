package vn.motcua.engine.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.ProcedureVersionRecord;
import vn.motcua.storage.StoreTransaction;

/**
 * The procedure versions dossiers were received under, read from the database (never from the live registry) and
 * cached by descriptor hash: a stored version never changes. Thread-safe.
 */
final class ProcedureVersions {

    private final Json json;
    private final Map<String, ProcedureDefinition> byHash = new ConcurrentHashMap<>();

    ProcedureVersions(Json json) {
        this.json = json;
    }

    /**
     * Stores the offered version unless known, in its own transaction before the submission's: concurrent first
     * submissions race only on this insert, and the loser (duplicate key) finds the version stored.
     */
    void ensureStored(DossierStore store, OfferedProcedures.Offered offered, Instant now) {
        if (byHash.containsKey(offered.descriptorHash())) {
            return;
        }
        ProcedureDefinition d = offered.definition();
        try {
            store.inTransaction(tx -> {
                tx.saveProcedureVersion(new ProcedureVersionRecord(offered.descriptorHash(), d.code(), d.version(),
                        offered.descriptorText(), json.write(d), now));
                return null;
            });
        } catch (DuplicateKeyException alreadyStored) {
            // another submission stored the same version first
        }
        byHash.putIfAbsent(offered.descriptorHash(), d);
    }

    ProcedureDefinition definition(StoreTransaction tx, String descriptorHash) {
        ProcedureDefinition cached = byHash.get(descriptorHash);
        if (cached != null) {
            return cached;
        }
        ProcedureVersionRecord stored = tx.procedureVersion(descriptorHash)
                .orElseThrow(() -> new IllegalStateException("procedure version " + descriptorHash + " is not stored"));
        ProcedureDefinition definition = json.read(stored.definitionJson(), ProcedureDefinition.class);
        byHash.putIfAbsent(descriptorHash, definition);
        return definition;
    }
}
