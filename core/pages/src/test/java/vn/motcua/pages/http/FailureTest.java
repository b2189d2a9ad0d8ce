package vn.motcua.pages.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.motcua.storage.StorageUnavailableException;

class FailureTest {

    @Test
    void eachExceptionHasOneStatus() {
        assertEquals(new Failure(503, OptionalInt.of(2), Failure.Kind.STARTING), Failure.of(new ServiceStartingException("DossierEngine")));
        Failure db = Failure.of(new RuntimeException("wrapped", new StorageUnavailableException("connection refused", null)));
        assertEquals(503, db.status());
        assertEquals(OptionalInt.of(5), db.retryAfter());
        assertFalse(db.unexpected(), "a database fail-over is expected, not a bug");
        Failure bug = Failure.of(new NullPointerException());
        assertEquals(500, bug.status());
        assertTrue(bug.unexpected());
        assertEquals(Failure.Kind.BAD_REQUEST, Failure.of(new UnreadableFormException(false, null)).kind());
    }

    @Test
    void aServiceThatIsThereIsReturned() {
        assertEquals("x", ServiceStartingException.require("x", "X"));
    }
}
