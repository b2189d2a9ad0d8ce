package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.runtime.registry.ProcedureSource;
import vn.motcua.runtime.registry.RegisteredProcedure;

/** Issue 12: changed content under one version, and an older jar over a newer one, were accepted silently. */
class VersionRulesTest {

    static RegisteredProcedure declared(String version, String sha, String... units) {
        return declaredBy("ket-hon", version, sha, units);
    }

    static RegisteredProcedure declaredBy(String bundle, String version, String sha, String... units) {
        ProcedureDefinition d = new ProcedureDefinition("1.000894", "Đăng ký kết hôn", "Hộ tịch", version,
                new Applicability(UnitLevel.COMMUNE, List.of(units)),
                new Disclosure(null, null, null, TimeLimit.workingDays(3), null, null, null, null, null), null, null, null, null);
        return new RegisteredProcedure(d, new ProcedureSource(3, bundle, "1.0." + version, "procedures/ket-hon.yaml", sha, "t"),
                "dang ky ket hon");
    }

    @Test
    void sameVersionWithDifferentContentIsRefused() {
        List<String> problems = VersionRules.check(List.of(declared("2", "bbb")), List.of(declared("2", "aaa")), false);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("different content") && problems.get(0).contains("raise 'version'"), problems.get(0));
    }

    @Test
    void sameVersionWithTheSameContentIsARedeployNotAChange() {
        assertTrue(VersionRules.check(List.of(declared("2", "aaa")), List.of(declared("2", "aaa")), false).isEmpty());
    }

    @Test
    void aLowerVersionNeedsAnExplicitRollback() {
        List<String> problems = VersionRules.check(List.of(declared("2025.9", "a")), List.of(declared("2025.10", "b")), false);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("rollback"), problems.get(0));
        assertTrue(VersionRules.check(List.of(declared("2025.9", "a")), List.of(declared("2025.10", "b")), true).isEmpty());
    }

    @Test
    void aHigherVersionOrAnotherUnitsDeclarationIsFree() {
        assertTrue(VersionRules.check(List.of(declared("3", "c")), List.of(declared("2", "b")), false).isEmpty());
        assertTrue(VersionRules.check(List.of(declared("1", "c", "00070")), List.of(declared("2", "b")), false).isEmpty(),
                "a ward's override is compared with the ward's running override only");
    }

    /** Regression: a second bundle declaring a running procedure is a conflict for the registry, not a downgrade. */
    @Test
    void anotherBundlesDeclarationIsNotComparedWithTheRunningOne() {
        assertTrue(VersionRules.check(List.of(declaredBy("other", "99", "c")), List.of(declared("2025.1", "b")), false).isEmpty());
    }

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertEquals(1, VersionRules.compare("2025.10", "2025.9"));
        assertEquals(0, VersionRules.compare("2", "2.0"));
        assertEquals(-1, VersionRules.compare("1.9", "1.10"));
    }
}
