package vn.motcua.reports.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.storage.DossierStore;

/**
 * Whether a stored procedure version is fully online, read from the definition the dossier was received under (a
 * stored version never changes, so the answer is cached by descriptor hash). Thread-safe.
 */
final class StoredOnlineModes implements FactFolder.OnlineModes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DossierStore store;
    private final Map<String, Boolean> byHash = new ConcurrentHashMap<>();

    StoredOnlineModes(DossierStore store) {
        this.store = store;
    }

    @Override
    public boolean fullyOnline(String descriptorHash) {
        return byHash.computeIfAbsent(descriptorHash, h -> store.inTransaction(tx -> tx.procedureVersion(h))
                .map(v -> {
                    try {
                        // Decree 42/2022: toàn trình
                        return "FULL".equals(JSON.readTree(v.definitionJson()).path("disclosure").path("onlineMode").asText());
                    } catch (IOException e) {
                        return false;
                    }
                }).orElse(false));
    }
}
