package vn.motcua.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.HookKind;
import vn.motcua.api.procedure.ProcedureDefinition;

/** The mistakes issue 12 found accepted silently, or reported badly, by the reader. */
class AuthorMistakesTest {
    private static final UnitCodes HANOI = () -> Set.of("01", "00070", "00082", "SXD");
    private final DescriptorReader reader = new DescriptorReader(HANOI);

    private DescriptorResult read(String yaml) {
        return reader.read("procedures/test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String base(String from, String to) {
        assertTrue(DescriptorReaderTest.BASE.contains(from), from);
        return DescriptorReaderTest.BASE.replace(from, to);
    }

    private static String dump(List<DescriptorProblem> problems) {
        return problems.stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void unknownStepUnitIsRefusedWithTheValidCodes() {
        DescriptorResult r = read(base("    role: leader\n", "    role: leader\n    unit: UBNDP\n"));
        assertFalse(r.isValid());
        DescriptorProblem p = r.problems().get(0);
        assertEquals("/steps/1/unit", p.path(), dump(r.problems()));
        assertEquals(29, p.line(), dump(r.problems()));
        assertTrue(p.message().contains("'UBNDP'") && p.message().contains("[00070, 00082, 01, SXD]"), p.message());
    }

    @Test
    void unknownWardInApplicabilityIsRefused() {
        DescriptorResult r = read(base("  level: commune\n", "  level: commune\n  units: [\"00070\", \"99999\"]\n"));
        assertEquals(List.of("/applicability/units/1"), r.problems().stream().map(DescriptorProblem::path).toList(),
                dump(r.problems()));
    }

    @Test
    void knownUnitsPassAndAReaderWithoutUnitsChecksOnlyTheirShape() {
        String yaml = base("    role: leader\n", "    role: leader\n    unit: SXD\n");
        assertTrue(read(yaml).isValid(), dump(read(yaml).problems()));
        String unknown = base("    role: leader\n", "    role: leader\n    unit: UBNDP\n");
        assertTrue(new DescriptorReader().read("t.yaml", unknown.getBytes(StandardCharsets.UTF_8)).isValid());
    }

    @Test
    void unknownRoleListsTheThreeRoles() {
        DescriptorResult r = read(base("role: leader", "role: chu_tich"));
        DescriptorProblem p = r.problems().stream().filter(x -> x.path().equals("/steps/1/role")).findFirst().orElseThrow();
        assertTrue(p.message().contains("one_stop_officer") && p.message().contains("leader"), p.message());
    }

    @Test
    void stepBudgetsBeyondTheTimeLimitAreAWarningNotAnError() {
        // Normal path: tiep-nhan (4 h) -> phe-duyet (30 h) = 34 h > 3 working days (24 h).
        DescriptorResult r = read(base("    role: leader\n    budget: {unit: working_hours, amount: 4}",
                "    role: leader\n    budget: {unit: working_hours, amount: 30}"));
        assertTrue(r.isValid(), dump(r.problems()));
        List<String> paths = r.warnings().stream().map(DescriptorProblem::path).toList();
        assertEquals(List.of("/steps/1/budget", "/steps"), List.of(paths.get(1), paths.get(0)), dump(r.warnings()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("34 working hours")), dump(r.warnings()));
        assertTrue(read(DescriptorReaderTest.BASE).warnings().isEmpty());
    }

    @Test
    void keyWithoutColonIsReportedOnItsOwnLineWithTheWholeReason() {
        DescriptorResult r = read(base("name: Thủ tục mẫu\n", "name: Thủ tục mẫu\nfoo\n"));
        DescriptorProblem p = r.problems().get(0);
        assertEquals(4, p.line(), p.toString());
        assertTrue(p.message().contains("could not find expected ':'") && p.message().contains("add the ':'"), p.message());
    }

    @Test
    void unclosedQuoteIsReportedWhereItOpens() {
        DescriptorResult r = read(base("version: \"1\"", "version: \"1"));
        DescriptorProblem p = r.problems().get(0);
        assertEquals(4, p.line(), p.toString());
        assertTrue(p.message().contains("never closed"), p.message());
    }

    @Test
    void aliasesAreRefusedInsteadOfReadAsText() {
        String yaml = base("  level: commune", "  level: &lv commune\n  units: [*lv]");
        DescriptorResult r = read(yaml);
        assertFalse(r.isValid());
        assertTrue(r.problems().get(0).message().contains("not supported"), dump(r.problems()));
        assertEquals(7, r.problems().get(0).line(), "at the alias: " + dump(r.problems()));
    }

    @Test
    void requiredHooksAreRead() {
        String yaml = base("steps:\n", "hooks: [validator]\nsteps:\n")
                .replace("    role: leader\n", "    role: leader\n    automated: true\n");
        ProcedureDefinition p = read(yaml).orElseThrow();
        assertEquals(Set.of(HookKind.VALIDATOR), p.requiredHooks());
        assertTrue(p.step("phe-duyet").orElseThrow().automated());
        assertFalse(p.step("tiep-nhan").orElseThrow().automated());
        assertFalse(read(base("steps:\n", "hooks: [validatr]\nsteps:\n")).isValid());
    }
}
