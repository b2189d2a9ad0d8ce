package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Outbox ids (decisions 1102, 1103): unique like random UUIDs, ordered by the time they were made. */
class OutboxIdTest {

    @Test
    void idsMadeLaterSortAfterAndNoneRepeats() {
        Instant t = Instant.parse("2026-12-05T13:00:00Z");
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (int i = 0; i < 10_000; i++) {
            String id = OutboxRecord.newId(t.plusMillis(i));
            assertTrue(id.compareTo(previous) > 0, id + " after " + previous);
            assertTrue(seen.add(id));
            previous = id;
        }
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(OutboxRecord.newId(t)), "the same millisecond still gives distinct ids");
        }
    }

    @Test
    void isAVersion7UuidOfIts36Characters() {
        String id = OutboxRecord.newId(Instant.parse("2026-12-05T13:00:00Z"));
        assertEquals(36, id.length(), "fits outbox_messages.id VARCHAR(36)");
        UUID u = UUID.fromString(id);
        assertEquals(7, u.version());
        assertEquals(2, u.variant());
        assertEquals(Instant.parse("2026-12-05T13:00:00Z").toEpochMilli(), u.getMostSignificantBits() >>> 16);
    }

    @Test
    void anIdFromAnEventIsTheSameEachTimeDistinctPerKeyAndStillAVersion7Uuid() {
        Instant t = Instant.parse("2026-12-05T13:00:00Z");
        String id = OutboxRecord.idFor(t, "hash-of-event/EMAIL");
        assertEquals(id, OutboxRecord.idFor(t, "hash-of-event/EMAIL"), "written again by a follower: the same id (decision 1103)");
        assertTrue(!id.equals(OutboxRecord.idFor(t, "hash-of-event/SMS")), "one id per channel");
        UUID u = UUID.fromString(id);
        assertEquals(7, u.version());
        assertEquals(2, u.variant());
        assertEquals(t.toEpochMilli(), u.getMostSignificantBits() >>> 16);
        assertTrue(OutboxRecord.idFor(t.plusMillis(1), "another").compareTo(id) > 0, "ordered by the event's time");
    }
}
