package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.runtime.registry.BundleReport;
import vn.motcua.runtime.registry.Pause;
import vn.motcua.runtime.registry.ProcedureSource;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;

class ProcedureCatalogueTest {

    static final Unit HOAN_KIEM = new Unit("00070", "phuong", UnitLevel.COMMUNE, "Phường Hoàn Kiếm", "H26.00070", false, "01");
    static final Unit CUA_NAM = new Unit("00082", "phuong", UnitLevel.COMMUNE, "Phường Cửa Nam", "H26.00082", false, "01");
    static final Unit SXD = new Unit("SXD", "department", UnitLevel.DEPARTMENT, "Sở Xây dựng", "H26.SXD", false, "01");

    @TempDir
    Path temp;

    static RegisteredProcedure procedure(long bundleId, String bundle, String code, String version, String... units) {
        ProcedureDefinition d = new ProcedureDefinition(code, "Chứng thực bản sao", "Chứng thực", version,
                new Applicability(UnitLevel.COMMUNE, List.of(units)),
                new Disclosure(null, null, null, TimeLimit.sameDay(), null, null, null, null, null), null, null, null, null);
        return new RegisteredProcedure(d, new ProcedureSource(bundleId, bundle, "1.0.0", "procedures/x.yaml", "sha", "text"),
                "chung thuc ban sao");
    }

    ProcedureCatalogue catalogue() {
        return new ProcedureCatalogue(new UnitSwitches(temp.resolve("switches.properties")));
    }

    @Test
    void aUnitOverrideWinsForItsUnitOnly() {
        ProcedureCatalogue c = catalogue();
        c.register(1, "city", List.of(procedure(1, "city", "2.000815", "city")), List.of());
        c.register(2, "hoan-kiem", List.of(procedure(2, "hoan-kiem", "2.000815", "hk", "00070")), List.of());

        assertEquals("hk", c.resolve("2.000815", HOAN_KIEM).procedure().orElseThrow().definition().version());
        assertEquals("city", c.resolve("2.000815", CUA_NAM).procedure().orElseThrow().definition().version());
        assertEquals("hk", c.offeredAt(HOAN_KIEM).get(0).definition().version());
        assertEquals(Resolution.Status.NOT_OFFERED, c.resolve("2.000815", SXD).status(), "commune procedure, department unit");
    }

    @Test
    void aSecondLevelWideDeclarationIsAConflictNamingBothBundles() {
        ProcedureCatalogue c = catalogue();
        c.register(1, "first", List.of(procedure(1, "first", "2.000815", "1")), List.of());
        BundleReport second = c.register(2, "second", List.of(procedure(2, "second", "2.000815", "2")), List.of());

        assertTrue(second.procedures().isEmpty());
        assertEquals(1, second.problems().size());
        assertTrue(second.problems().get(0).contains("first"), second.problems().get(0));
        assertEquals("1", c.resolve("2.000815", CUA_NAM).procedure().orElseThrow().definition().version());
    }

    @Test
    void overridesOfTheSameUnitConflictButOfDifferentUnitsDoNot() {
        ProcedureCatalogue c = catalogue();
        c.register(1, "a", List.of(procedure(1, "a", "2.000815", "a", "00070")), List.of());
        assertFalse(c.register(2, "b", List.of(procedure(2, "b", "2.000815", "b", "00082")), List.of()).procedures().isEmpty());
        assertTrue(c.register(3, "c", List.of(procedure(3, "c", "2.000815", "c", "00082", "00001")), List.of()).procedures().isEmpty());
    }

    @Test
    void aBundleWithProblemsRegistersNothing() {
        ProcedureCatalogue c = catalogue();
        BundleReport r = c.register(1, "broken", List.of(procedure(1, "broken", "1.001193", "1")), List.of("x.yaml:3:1: bad"));
        assertTrue(r.procedures().isEmpty());
        assertEquals(Resolution.Status.NOT_OFFERED, c.resolve("1.001193", CUA_NAM).status());
    }

    @Test
    void duringASwapTheOldVersionAnswersUpdatingUntilTheNewOneRegisters() {
        ProcedureCatalogue c = catalogue();
        c.register(1, "b", List.of(procedure(1, "b", "2.000815", "1")), List.of());
        c.beginSwap(1);
        c.withdraw(1);
        Resolution during = c.resolve("2.000815", CUA_NAM);
        assertEquals(Resolution.Status.UPDATING, during.status());
        assertEquals("1", during.procedure().orElseThrow().definition().version());
        assertEquals(1, c.offeredAt(CUA_NAM).size(), "the catalogue keeps listing it");
        c.register(1, "b", List.of(procedure(1, "b", "2.000815", "2")), List.of());
        c.endSwap(1);
        assertEquals("2", c.resolve("2.000815", CUA_NAM).procedure().orElseThrow().definition().version());
    }

    @Test
    void aWithdrawalOutsideASwapRemovesTheProcedure() {
        ProcedureCatalogue c = catalogue();
        c.register(1, "b", List.of(procedure(1, "b", "2.000815", "1")), List.of());
        c.withdraw(1);
        assertEquals(Resolution.Status.NOT_OFFERED, c.resolve("2.000815", CUA_NAM).status());
        assertTrue(c.offeredAt(CUA_NAM).isEmpty());
    }

    @Test
    void switchingAProcedureOffForOneUnitIsPersisted() {
        ProcedureCatalogue c = catalogue();
        c.register(1, "b", List.of(procedure(1, "b", "2.000815", "1")), List.of());
        c.setEnabled("2.000815", "00070", false);
        assertEquals(Resolution.Status.DISABLED, c.resolve("2.000815", HOAN_KIEM).status());
        assertTrue(c.offeredAt(HOAN_KIEM).isEmpty());
        assertEquals(Resolution.Status.OFFERED, c.resolve("2.000815", CUA_NAM).status());

        ProcedureCatalogue reopened = catalogue();
        reopened.register(1, "b", List.of(procedure(1, "b", "2.000815", "1")), List.of());
        assertEquals(Resolution.Status.DISABLED, reopened.resolve("2.000815", HOAN_KIEM).status());
        reopened.setEnabled("2.000815", "00070", true);
        assertEquals(Resolution.Status.OFFERED, reopened.resolve("2.000815", HOAN_KIEM).status());
    }

    @Test
    void aPausesReasonAndEndDateSurviveARestartAndAreGoneWhenSwitchedBackOn() {
        ProcedureCatalogue c = catalogue();
        c.register(1, "b", List.of(procedure(1, "b", "2.000815", "1")), List.of());
        c.pause("2.000815", "00070", new Pause("Nâng cấp phần mềm chứng thực điện tử", java.time.LocalDate.of(2026, 12, 31)));

        ProcedureCatalogue reopened = catalogue();
        reopened.register(1, "b", List.of(procedure(1, "b", "2.000815", "1")), List.of());
        Resolution paused = reopened.resolve("2.000815", HOAN_KIEM);
        assertEquals(Resolution.Status.DISABLED, paused.status());
        assertEquals(new Pause("Nâng cấp phần mềm chứng thực điện tử", java.time.LocalDate.of(2026, 12, 31)), paused.pause().orElseThrow());
        assertTrue(reopened.offeredAt(HOAN_KIEM).isEmpty());

        reopened.setEnabled("2.000815", "00070", true);
        reopened.setEnabled("2.000815", "00070", false); // switched off again without a reason: the old one is not shown
        assertEquals(Pause.UNEXPLAINED, reopened.resolve("2.000815", HOAN_KIEM).pause().orElseThrow());
    }
}
