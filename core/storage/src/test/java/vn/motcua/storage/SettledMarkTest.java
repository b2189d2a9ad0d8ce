package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The mark of an events follower stops before a gap in the ids that may still fill (decision 1011). */
class SettledMarkTest {

    static final Instant SETTLED_BEFORE = Instant.parse("2026-12-05T10:00:00Z");
    static final Instant OLD = SETTLED_BEFORE.minusSeconds(1);
    static final Instant YOUNG = SETTLED_BEFORE.plusSeconds(1);

    static FedEvent event(long id, Instant at) {
        return new FedEvent(id, "H26.00004-261205-0001", (int) id, "cv01", at);
    }

    @Test
    void movesOverContiguousIdsHoweverYoung() {
        SettledMark m = new SettledMark(10, SETTLED_BEFORE);
        m.read(event(11, YOUNG));
        m.read(event(12, YOUNG));
        assertEquals(12, m.mark());
    }

    @Test
    void stopsBeforeAYoungGapAndStaysThereForLaterYoungEvents() {
        SettledMark m = new SettledMark(10, SETTLED_BEFORE);
        m.read(event(11, YOUNG));
        m.read(event(13, YOUNG)); // 12 may be a transaction still running
        m.read(event(14, YOUNG));
        assertEquals(11, m.mark(), "13 and 14 are read again next pass");
    }

    @Test
    void passesAGapOnceAnEventAfterItIsSettled() {
        SettledMark m = new SettledMark(10, SETTLED_BEFORE);
        m.read(event(13, OLD)); // 11 and 12 can no longer commit: rolled back or skipped
        assertEquals(13, m.mark());
        m.read(event(15, YOUNG));
        assertEquals(13, m.mark());
    }

    @Test
    void ignoresEventsAtOrBelowTheMark() {
        SettledMark m = new SettledMark(10, SETTLED_BEFORE);
        m.read(event(9, OLD));
        m.read(event(10, OLD));
        assertEquals(10, m.mark());
    }
}
