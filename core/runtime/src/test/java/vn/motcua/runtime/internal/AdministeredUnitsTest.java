package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.runtime.units.InvalidUnitException;
import vn.motcua.runtime.units.Unit;

class AdministeredUnitsTest {

    @TempDir
    Path temp;

    /** The repository's own configuration, so that a broken config/units.csv fails the build. */
    static final Path CONFIG = Path.of("../../config/units.csv");

    @Test
    void theShippedUnitListHasTheCityAll126WardsAndCommunesAndTheDepartments() {
        AdministeredUnits units = new AdministeredUnits(CONFIG, temp.resolve("units.csv"));
        assertEquals("H26", units.find("01").orElseThrow().agencyCode());
        assertTrue(units.find("01").orElseThrow().agencyCodeOfficial());
        assertEquals(126, units.all().stream().filter(u -> u.level() == UnitLevel.COMMUNE).count());
        assertEquals("Phường Hoàn Kiếm", units.find("00070").orElseThrow().name());
        assertFalse(units.find("00070").orElseThrow().agencyCodeOfficial(), "sample agency codes are marked");
        assertEquals("Sở Xây dựng", units.find("SXD").orElseThrow().name());
    }

    @Test
    void anOfficialAgencyCodeReplacesTheSampleAndSurvivesARestart() {
        AdministeredUnits units = new AdministeredUnits(CONFIG, temp.resolve("units.csv"));
        Unit hk = units.find("00070").orElseThrow();
        units.save(new Unit(hk.code(), hk.kind(), hk.level(), hk.name(), "000.00.70.H26", true, hk.parentCode()));

        AdministeredUnits reopened = new AdministeredUnits(CONFIG, temp.resolve("units.csv"));
        assertEquals("000.00.70.H26", reopened.find("00070").orElseThrow().agencyCode());
        assertTrue(reopened.find("00070").orElseThrow().agencyCodeOfficial());
        assertEquals(units.all().size(), reopened.all().size());
    }

    @Test
    void badChangesAreRefusedNamingTheField() {
        AdministeredUnits units = new AdministeredUnits(CONFIG, temp.resolve("units.csv"));
        Unit hk = units.find("00070").orElseThrow();
        assertEquals("agencyCode", assertThrows(InvalidUnitException.class, () -> units.save(
                new Unit(hk.code(), hk.kind(), hk.level(), hk.name(), "h26 lower", false, hk.parentCode()))).field());
        assertEquals("parentCode", assertThrows(InvalidUnitException.class, () -> units.save(
                new Unit(hk.code(), hk.kind(), hk.level(), hk.name(), "H26.70", false, "99999"))).field());
        assertEquals("parentCode", assertThrows(InvalidUnitException.class, () -> units.save(
                new Unit("01", "city", UnitLevel.CITY, "Thành phố Hà Nội", "H26", true, "00070"))).field());
        assertFalse(Files.exists(temp.resolve("units.csv")), "nothing was written");
    }
}
