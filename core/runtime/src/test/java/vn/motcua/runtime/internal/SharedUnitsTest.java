package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitStorage;

/** Two unit directories ("nodes", each with its own data folder) over one shared unit list (decision 1415). */
class SharedUnitsTest {

    @TempDir
    Path temp;

    /** The database's behaviour in memory: one list and a change number. */
    static final class FakeStorage implements UnitStorage {
        private long number;
        private boolean published;
        private Optional<String> csv = Optional.empty();
        final AtomicInteger polls = new AtomicInteger();

        @Override
        public synchronized long changeNumber() {
            polls.incrementAndGet();
            return number;
        }

        @Override
        public synchronized State read() {
            return new State(number, csv);
        }

        @Override
        public synchronized void write(String text) {
            csv = Optional.of(text);
            published = true;
            number++;
        }

        @Override
        public synchronized boolean publishIfNone(Optional<String> text) {
            number++;
            if (published) {
                return false;
            }
            published = true;
            csv = text;
            return true;
        }
    }

    /** A node already sharing {@code db}. */
    private AdministeredUnits attached(String name, FakeStorage db) {
        AdministeredUnits node = node(name);
        node.attach(db);
        return node;
    }

    private AdministeredUnits node(String name) {
        return new AdministeredUnits(AdministeredUnitsTest.CONFIG, temp.resolve(name).resolve("units.csv"));
    }

    private static Unit renamed(AdministeredUnits units, String code, String name) {
        Unit u = units.find(code).orElseThrow();
        return new Unit(u.code(), u.kind(), u.level(), name, u.agencyCode(), u.agencyCodeOfficial(), u.parentCode());
    }

    @Test
    void aUnitChangedOnOneNodeIsSeenByTheOtherAtItsNextPollAndKeptInItsOwnCopy() {
        FakeStorage db = new FakeStorage();
        AdministeredUnits a = attached("a", db);
        AdministeredUnits b = attached("b", db);

        a.save(renamed(a, "00070", "Phường Hoàn Kiếm (đổi tên)"));
        assertEquals("Phường Hoàn Kiếm", b.find("00070").orElseThrow().name(), "not before the poll");
        assertTrue(b.refresh());
        assertEquals("Phường Hoàn Kiếm (đổi tên)", b.find("00070").orElseThrow().name());
        assertFalse(b.refresh(), "nothing changed since");
        assertTrue(Files.exists(temp.resolve("b").resolve("units.csv")), "node b keeps its local copy");

        // b's own change starts from a's: a's rename is not lost
        b.save(renamed(b, "SXD", "Sở Xây dựng Hà Nội"));
        a.refresh();
        assertEquals("Phường Hoàn Kiếm (đổi tên)", a.find("00070").orElseThrow().name());
        assertEquals("Sở Xây dựng Hà Nội", a.find("SXD").orElseThrow().name());
    }

    @Test
    void theFirstNodePublishesItsFileAndALaterNodesStaleFileIsIgnored() throws Exception {
        AdministeredUnits single = node("a");
        single.save(renamed(single, "00070", "Phường Hoàn Kiếm (trước khi nâng cấp)"));
        AdministeredUnits stale = node("b");
        stale.save(renamed(stale, "00070", "Bản cũ"));

        FakeStorage db = new FakeStorage();
        AdministeredUnits upgraded = node("a");
        upgraded.attach(db);
        AdministeredUnits later = node("b");
        later.attach(db);
        assertEquals("Phường Hoàn Kiếm (trước khi nâng cấp)", later.find("00070").orElseThrow().name());
        assertEquals(upgraded.all().size(), later.all().size());
        assertTrue(Files.readString(temp.resolve("b").resolve("units.csv")).contains("trước khi nâng cấp"),
                "the later node's copy is the shared list");
    }

    @Test
    void aLaterNodesStaleFileGivesWayWhenTheFirstNodeHadNone() {
        AdministeredUnits stale = node("b");
        stale.save(renamed(stale, "00070", "Bản cũ"));
        FakeStorage db = new FakeStorage();
        node("a").attach(db);
        AdministeredUnits later = node("b");
        later.attach(db);
        assertEquals("Phường Hoàn Kiếm", later.find("00070").orElseThrow().name());
        assertFalse(Files.exists(temp.resolve("b").resolve("units.csv")));
    }

    @Test
    void thePollerReloadsWithoutAnyoneAsking() throws Exception {
        FakeStorage db = new FakeStorage();
        AdministeredUnits a = attached("a", db);
        AdministeredUnits b = attached("b", db);
        try (ChangePoller poller = new ChangePoller("unit edits", b::refresh, 50)) {
            a.save(renamed(a, "00082", "Phường Cửa Nam (mới)"));
            long start = System.nanoTime();
            // bounded wait (not a timing assertion): the poller runs every 50 ms
            while (!b.find("00082").orElseThrow().name().endsWith("(mới)") && System.nanoTime() - start < 10_000_000_000L) {
                Thread.sleep(5);
            }
            assertEquals("Phường Cửa Nam (mới)", b.find("00082").orElseThrow().name());
        }
        assertEquals(500, ChangePoller.EDITS.interval(null));
    }
}
