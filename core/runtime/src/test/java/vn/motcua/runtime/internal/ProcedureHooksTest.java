package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.runtime.internal.ProcedureCatalogueTest.CUA_NAM;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.HookKind;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Role;
import vn.motcua.api.procedure.Step;
import vn.motcua.api.procedure.StepAction;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.Transition;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.descriptor.HookBindings;
import vn.motcua.runtime.registry.BundleReport;
import vn.motcua.runtime.registry.ProcedureSource;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;

/** Issue 12: a procedure that needs a hook waits for it; hooks nobody can use are reported, never silently ignored. */
class ProcedureHooksTest {

    @TempDir
    Path temp;

    private static final FormValidator AGE_RULE = data -> List.of();
    private static final AutomatedStep REGISTER_CHECK = data -> Optional.of("forward");
    private static final AutomatedStep OTHER_CHECK = data -> Optional.of("reject");

    static RegisteredProcedure marriage(boolean needsValidator, boolean automatedCheck) {
        List<Step> steps = List.of(
                new Step("tra-cuu", "Tra cứu", null, Role.SPECIALIST, TimeLimit.workingHours(4),
                        List.of(new Transition(StepAction.FORWARD, "ky")), automatedCheck),
                new Step("ky", "Ký", null, Role.LEADER, TimeLimit.workingHours(4),
                        List.of(new Transition(StepAction.APPROVE, null))));
        ProcedureDefinition d = new ProcedureDefinition("1.000894", "Đăng ký kết hôn", "Hộ tịch", "1",
                new Applicability(UnitLevel.COMMUNE, List.of()),
                new Disclosure(null, null, null, TimeLimit.workingDays(3), null, null, null, null, null), null, steps, null, null,
                needsValidator ? Set.of(HookKind.VALIDATOR) : Set.of());
        return new RegisteredProcedure(d, new ProcedureSource(7, "ket-hon", "1.0.0", "procedures/ket-hon.yaml", "sha", "t"),
                "dang ky ket hon");
    }

    private ProcedureCatalogue catalogue() {
        return new ProcedureCatalogue(new UnitSwitches(temp.resolve("switches.properties")));
    }

    @Test
    void aProcedureRequiringAValidatorWaitsUntilItIsRegistered() {
        ProcedureCatalogue c = catalogue();
        c.register(7, "ket-hon", List.of(marriage(true, false)), List.of());

        assertEquals(Resolution.Status.WAITING, c.resolve("1.000894", CUA_NAM).status());
        assertTrue(c.offeredAt(CUA_NAM).isEmpty(), "a waiting procedure is not offered");
        BundleReport report = c.reports().get(0);
        assertEquals(List.of("1.000894@1 waits for validator"), report.waiting());

        c.hooksChanged(List.of(new HookBindings.Registration(AGE_RULE, "1.000894", null, "ket-hon 1.0.0", 7)));
        assertEquals(Resolution.Status.OFFERED, c.resolve("1.000894", CUA_NAM).status());
        assertEquals(List.of(AGE_RULE), c.validators("1.000894"));
        assertTrue(c.reports().get(0).waiting().isEmpty());
    }

    @Test
    void aValidatorUnderAMistypedCodeIsReportedUnderItsBundleAndNotUsed() {
        ProcedureCatalogue c = catalogue();
        c.register(7, "ket-hon", List.of(marriage(false, false)), List.of());
        c.hooksChanged(List.of(new HookBindings.Registration(AGE_RULE, "1.00894", null, "ket-hon 1.0.0 (AgeRule)", 7)));

        assertTrue(c.validators("1.00894").isEmpty());
        List<String> problems = c.reports().get(0).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("1.00894") && problems.get(0).contains("no bundle declares")
                && problems.get(0).contains("[1.000894]"), problems.get(0));
    }

    @Test
    void aHookFromABundleWithoutProceduresIsReportedUnderThatBundle() {
        ProcedureCatalogue c = catalogue();
        c.hooksChanged(List.of(new HookBindings.Registration(AGE_RULE, "1.000894", null, "loose-hooks 1.0.0", 12)));
        BundleReport report = c.reports().get(0);
        assertEquals(12, report.bundleId());
        assertEquals("loose-hooks 1.0.0", report.bundleName());
        assertEquals(1, report.problems().size());
    }

    @Test
    void aSecondAutomatedStepForOneStepIsRefusedAndTheFirstKeepsIt() {
        ProcedureCatalogue c = catalogue();
        c.register(7, "ket-hon", List.of(marriage(false, true)), List.of());
        assertEquals(Resolution.Status.WAITING, c.resolve("1.000894", CUA_NAM).status(), "automated step not bound yet");

        c.hooksChanged(List.of(
                new HookBindings.Registration(REGISTER_CHECK, "1.000894", "tra-cuu", "ket-hon 1.0.0", 7),
                new HookBindings.Registration(OTHER_CHECK, "1.000894", "tra-cuu", "other 2.0.0", 9)));

        assertSame(REGISTER_CHECK, c.automatedStep("1.000894", "tra-cuu").orElseThrow());
        assertEquals(Resolution.Status.OFFERED, c.resolve("1.000894", CUA_NAM).status());
        BundleReport other = c.reports().stream().filter(r -> r.bundleId() == 9).findFirst().orElseThrow();
        assertTrue(other.problems().get(0).contains("refused") && other.problems().get(0).contains("ket-hon 1.0.0"),
                other.problems().toString());
    }

    @Test
    void anAutomatedStepNamingAStepTheProcedureLacksIsReported() {
        ProcedureCatalogue c = catalogue();
        c.register(7, "ket-hon", List.of(marriage(false, false)), List.of());
        c.hooksChanged(List.of(new HookBindings.Registration(REGISTER_CHECK, "1.000894", "tracuu", "ket-hon 1.0.0", 7)));
        assertTrue(c.automatedStep("1.000894", "tracuu").isEmpty());
        assertTrue(c.reports().get(0).problems().get(0).contains("[ky, tra-cuu]"), c.reports().get(0).problems().toString());
    }
}
