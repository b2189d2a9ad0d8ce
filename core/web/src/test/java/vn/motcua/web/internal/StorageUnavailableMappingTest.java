package vn.motcua.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import vn.motcua.storage.StorageException;
import vn.motcua.storage.StorageUnavailableException;

/** Issue 14: a database that does not answer is a 503 with Retry-After and a problem body, never a 500. */
class StorageUnavailableMappingTest {

    @Test
    void anUnreachableDatabaseWrappedByAnyLayerIs503WithRetryAfter() {
        RuntimeException wrapped = new IllegalStateException("engine failed",
                new StorageUnavailableException("database unavailable", new SQLTransientConnectionException("pool timeout")));
        ApiProblem p = ExceptionMapping.toProblem(wrapped).orElseThrow();
        assertEquals(503, p.status());
        assertEquals("storage_unavailable", p.code());
        assertEquals("5", p.headers().get("Retry-After"));
        assertTrue(p.getMessage() == null || !p.getMessage().contains("pool timeout"), "no driver text to the client");
    }

    @Test
    void anyOtherStorageFailureStaysUnmapped() {
        assertTrue(ExceptionMapping.toProblem(new StorageException("database error: syntax")).isEmpty(), "a bug: 500, logged");
    }
}
