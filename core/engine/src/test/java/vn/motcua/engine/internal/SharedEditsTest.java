package vn.motcua.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.internal.ConfiguredWorkingCalendar;
import vn.motcua.runtime.internal.AdministeredUnits;
import vn.motcua.runtime.units.Unit;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * Issue 14, decision 1415: a closure or a unit edited on one node is in force on another. Two stores on one database
 * stand for two nodes, each with its own calendar, unit directory and data folder, joined by the engine's adapters;
 * H2 and PostgreSQL (the adapters are only registered on PostgreSQL, the SQL is the same).
 */
class SharedEditsTest {

    static final Path CONFIG = Path.of("../../config");
    static final String WARD = "00070";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aClosureAndAUnitEditedOnOneNodeAreInForceOnTheOtherAfterItsPoll(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            ConfiguredWorkingCalendar calendarA = ConfiguredWorkingCalendar.load(CONFIG, Optional.of(dir.resolve("a")), Clock.systemUTC());
            ConfiguredWorkingCalendar calendarB = ConfiguredWorkingCalendar.load(CONFIG, Optional.of(dir.resolve("b")), Clock.systemUTC());
            calendarA.attach(new SharedEditsComponent.Calendar(a.sharedDocumentStore(), Clock.systemUTC()));
            calendarB.attach(new SharedEditsComponent.Calendar(b.sharedDocumentStore(), Clock.systemUTC()));
            AdministeredUnits unitsA = new AdministeredUnits(CONFIG.resolve("units.csv"), dir.resolve("a/units.csv"));
            AdministeredUnits unitsB = new AdministeredUnits(CONFIG.resolve("units.csv"), dir.resolve("b/units.csv"));
            unitsA.attach(new SharedEditsComponent.Units(a.sharedDocumentStore(), Clock.systemUTC()));
            unitsB.attach(new SharedEditsComponent.Units(b.sharedDocumentStore(), Clock.systemUTC()));

            Instant mondayMorning = Instant.parse("2027-03-01T01:00:00Z"); // 08:00 in Hà Nội
            assertEquals(mondayMorning, calendarB.nextWorkingMoment(WARD, mondayMorning));

            calendarA.addClosure(new UnitClosure(WARD, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), "Ngập lụt"));
            Unit hk = unitsA.find(WARD).orElseThrow();
            unitsA.save(new Unit(hk.code(), hk.kind(), hk.level(), hk.name(), "000.00.70.H26", true, hk.parentCode()));

            assertTrue(calendarB.refresh());
            assertTrue(unitsB.refresh());
            assertEquals(Instant.parse("2027-03-02T01:00:00Z"), calendarB.nextWorkingMoment(WARD, mondayMorning),
                    "node B opens the ward on Tuesday");
            assertEquals(List.of("Ngập lụt"), calendarB.closures(WARD).stream()
                    .filter(c -> c.from().getYear() == 2027).map(UnitClosure::reason).toList());
            assertEquals("000.00.70.H26", unitsB.find(WARD).orElseThrow().agencyCode());
        }
    }
}
