package vn.motcua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.testkit.ProcedureTestKit.data;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.descriptor.DescriptorProblem;

/**
 * Issue 12: the kit bound validators by hand while the platform used the bundle's components, so a hook under a
 * mistyped code passed the kit and was silently ignored in production (a 17-year-old bride was accepted).
 */
class BundleHooksTest {
    private static final String CODE = "1.000894";

    @TempDir
    Path temp;

    private static Path sample() throws URISyntaxException {
        return Path.of(BundleHooksTest.class.getResource("/bundles/ket-hon").toURI());
    }

    /** A copy of the sample bundle to break. */
    private Path copy() throws URISyntaxException, IOException {
        Path source = sample();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = temp.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return temp;
    }

    private static ProcedureTestKit kit(Path root) {
        return ProcedureTestKit.loadBundle(root, BundleHooksTest.class.getClassLoader()).today(LocalDate.of(2026, 12, 4));
    }

    private static String dump(List<DescriptorProblem> problems) {
        return problems.stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void hooksComeFromTheBundlesComponentDescriptions() throws Exception {
        ProcedureTestKit kit = kit(sample());
        kit.assertNoProblems();
        kit.assertRejects(CODE, data("ngaySinhVo", "2009-06-01"), "ngaySinhVo", "marriage_age");
        kit.assertAccepts(CODE, data("ngaySinhVo", "2000-06-01"));
        assertEquals(Optional.of("forward"), kit.performAutomatedStep(CODE, "tra-cuu", data("ngaySinhVo", "2000-06-01")));
    }

    @Test
    void aValidatorUnderAMistypedCodeIsAProblemAndTheRequiredHookIsMissing() throws Exception {
        Path root = copy();
        Path xml = root.resolve("OSGI-INF/vn.motcua.testkit.sample.BrideAgeValidator.xml");
        Files.writeString(xml, Files.readString(xml).replace("value=\"1.000894\"", "value=\"1.00894\""));
        ProcedureTestKit kit = kit(root);
        List<DescriptorProblem> problems = kit.problems();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("1.00894") && p.message().contains("no bundle declares")),
                dump(problems));
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("/hooks") && p.message().contains("requires validator")),
                dump(problems));
        assertThrows(AssertionError.class, kit::assertNoProblems);
    }

    @Test
    void aSecondAutomatedStepForTheSameStepIsAProblem() throws Exception {
        ProcedureTestKit kit = kit(sample()).withAutomatedStep(CODE, "tra-cuu", data -> Optional.of("forward"));
        // By hand with another class: the component's hook came first and keeps the step.
        assertTrue(kit.problems().stream().anyMatch(p -> p.message().contains("refused")), dump(kit.problems()));
    }

    @Test
    void anAutomatedAnswerTheStepDoesNotAllowFails() throws Exception {
        AssertionError e = assertThrows(AssertionError.class,
                () -> kit(sample()).performAutomatedStep(CODE, "tra-cuu", data("ngaySinhVo", "1940-06-01")));
        assertTrue(e.getMessage().contains("'approve'") && e.getMessage().contains("[forward, send_back]"), e.getMessage());
    }

    @Test
    void unknownUnitCodesAreProblemsAgainstTheShippedUnitsOrYourOwnFile() throws Exception {
        Path root = copy();
        Path yaml = root.resolve("procedures/ket-hon.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("unit: \"00070\"", "unit: UBNDP"));
        ProcedureTestKit kit = kit(root);
        DescriptorProblem p = kit.problems().stream().filter(x -> x.path().equals("/steps/1/unit")).findFirst()
                .orElseThrow(() -> new AssertionError(dump(kit.problems())));
        // The problem points at the line that names the unknown unit, wherever the sample puts it.
        List<String> lines = Files.readAllLines(yaml);
        assertEquals(lines.indexOf(lines.stream().filter(l -> l.contains("unit: UBNDP")).findFirst().orElseThrow()) + 1,
                p.line());
        assertTrue(p.message().contains("00070") && p.message().contains("SXD"), "lists the valid codes: " + p.message());

        Path units = temp.resolve("units.csv");
        Files.writeString(units, "# mine\ncode,kind,level,name\n01,city,city,Thành phố\nUBNDP,phuong,commune,UBND phường\n");
        assertTrue(kit.withUnitsFile(units).problems().stream().noneMatch(x -> x.path().equals("/steps/1/unit")),
                dump(kit.problems()));
    }

    @Test
    void budgetsBeyondTheLimitAreWarningsThatDoNotFail() throws Exception {
        Path root = copy();
        Path yaml = root.resolve("procedures/ket-hon.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("{unit: working_days, amount: 3}", "{unit: working_hours, amount: 6}"));
        ProcedureTestKit kit = kit(root);
        kit.assertNoProblems();
        assertTrue(kit.warnings().stream().anyMatch(w -> w.message().contains("8 working hours in all")),
                dump(kit.warnings()));
    }
}
