package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.runtime.registry.Pause;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.registry.SwitchStorage;

/** Issue 14: per-unit switches shared by nodes through a {@link SwitchStorage} (the database on the platform). */
class SharedSwitchesTest {

    @TempDir
    Path temp;

    /** The database's behaviour in memory: a list and a change number raised by every write. */
    static final class FakeStorage implements SwitchStorage {
        final List<Switch> paused = new ArrayList<>();
        long number;
        final AtomicInteger polls = new AtomicInteger();

        @Override
        public synchronized long changeNumber() {
            polls.incrementAndGet();
            return number;
        }

        @Override
        public synchronized State read() {
            return new State(number, paused);
        }

        @Override
        public synchronized void pause(String code, String unit, Pause pause) {
            number++;
            paused.removeIf(s -> s.procedureCode().equals(code) && s.unitCode().equals(unit));
            paused.add(new Switch(code, unit, pause));
        }

        @Override
        public synchronized void resume(String code, String unit) {
            number++;
            paused.removeIf(s -> s.procedureCode().equals(code) && s.unitCode().equals(unit));
        }

        @Override
        public synchronized boolean importIfEmpty(List<Switch> pauses) {
            if (number != 0) {
                return false;
            }
            number = 1;
            paused.addAll(pauses);
            return true;
        }
    }

    private ProcedureCatalogue node(String name) {
        ProcedureCatalogue c = new ProcedureCatalogue(new UnitSwitches(temp.resolve(name + ".properties")));
        c.register(1, "city", List.of(ProcedureCatalogueTest.procedure(1, "city", "2.000815", "1")), List.of());
        return c;
    }

    @Test
    void aSwitchChangedOnOneNodeIsSeenByTheOtherAtItsNextPoll() {
        FakeStorage db = new FakeStorage();
        ProcedureCatalogue a = node("a");
        ProcedureCatalogue b = node("b");
        a.useSharedSwitches(db);
        b.useSharedSwitches(db);

        Pause pause = new Pause("Nâng cấp phần mềm", LocalDate.of(2026, 12, 31));
        a.pause("2.000815", "00070", pause);
        assertEquals(Resolution.Status.DISABLED, a.resolve("2.000815", ProcedureCatalogueTest.HOAN_KIEM).status(), "at once on A");
        assertEquals(Resolution.Status.OFFERED, b.resolve("2.000815", ProcedureCatalogueTest.HOAN_KIEM).status(), "B has not polled yet");
        assertTrue(b.refreshSwitches(), "B's poll sees the new change number");
        Resolution onB = b.resolve("2.000815", ProcedureCatalogueTest.HOAN_KIEM);
        assertEquals(Resolution.Status.DISABLED, onB.status());
        assertEquals(pause, onB.pause().orElseThrow(), "with the reason and end date");
        assertFalse(b.refreshSwitches(), "nothing changed: nothing reloaded");

        b.setEnabled("2.000815", "00070", true);
        assertTrue(a.refreshSwitches());
        assertEquals(Resolution.Status.OFFERED, a.resolve("2.000815", ProcedureCatalogueTest.HOAN_KIEM).status());
        assertFalse(Files.exists(temp.resolve("a.properties")), "shared switches are not written to a node's file");
    }

    @Test
    void theFirstNodesFileIsImportedOnceAndALaterNodesFileIsIgnored() {
        ProcedureCatalogue first = node("first");
        first.setEnabled("2.000815", "00070", false); // written to first.properties, as before the database
        ProcedureCatalogue later = node("later");
        later.setEnabled("2.000815", "00082", false);

        FakeStorage db = new FakeStorage();
        first.useSharedSwitches(db);
        later.useSharedSwitches(db);
        assertEquals(1, db.paused.size());
        assertEquals(Resolution.Status.DISABLED, later.resolve("2.000815", ProcedureCatalogueTest.HOAN_KIEM).status(),
                "the database's switches win over the later node's file");
        assertEquals(Resolution.Status.OFFERED, later.resolve("2.000815", ProcedureCatalogueTest.CUA_NAM).status());
    }

    @Test
    void thePollerReloadsWithoutAnyoneAsking() throws Exception {
        FakeStorage db = new FakeStorage();
        ProcedureCatalogue a = node("a");
        ProcedureCatalogue b = node("b");
        a.useSharedSwitches(db);
        b.useSharedSwitches(db);
        try (ChangePoller poller = new ChangePoller("procedure switches", b::refreshSwitches, 50)) {
            a.setEnabled("2.000815", "00070", false);
            long start = System.nanoTime();
            // bounded wait (not a timing assertion): the poller runs every 50 ms
            while (b.resolve("2.000815", ProcedureCatalogueTest.HOAN_KIEM).status() != Resolution.Status.DISABLED
                    && System.nanoTime() - start < 10_000_000_000L) {
                Thread.sleep(5);
            }
            assertEquals(Resolution.Status.DISABLED, b.resolve("2.000815", ProcedureCatalogueTest.HOAN_KIEM).status());
            assertTrue(db.polls.get() > 0);
        }
    }

    @Test
    void thePollIntervalIsCheckedAtStart() {
        assertEquals(250, ChangePoller.SWITCHES.interval(null));
        assertEquals(1000, ChangePoller.SWITCHES.interval(" 1000 "));
        assertThrows(ConfigurationException.class, () -> ChangePoller.SWITCHES.interval("10"));
        assertThrows(ConfigurationException.class, () -> ChangePoller.SWITCHES.interval("soon"));
    }
}
