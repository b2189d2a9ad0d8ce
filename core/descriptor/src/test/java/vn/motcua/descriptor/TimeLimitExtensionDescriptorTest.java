package vn.motcua.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.TimeLimitExtension;

/** {@code disclosure.timeLimitExtension}: the legal extension of the time limit (issue 12). */
class TimeLimitExtensionDescriptorTest {
    private final DescriptorReader reader = new DescriptorReader();

    private static final String LIMIT = "  timeLimit: {unit: working_days, amount: 3}";

    private DescriptorResult withExtension(String lines) {
        String yaml = DescriptorReaderTest.BASE.replace(LIMIT, LIMIT + "\n" + lines);
        return reader.read("procedures/ket-hon.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String dump(DescriptorResult r) {
        return r.problems().stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n"));
    }

    private static DescriptorProblem problemAt(DescriptorResult r, String path) {
        List<DescriptorProblem> at = r.problems().stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, at.size(), "expected one problem at " + path + ", got:\n" + dump(r));
        return at.get(0);
    }

    @Test
    void readsTheDeclaredExtension() {
        DescriptorResult r = withExtension("""
                  timeLimitExtension:
                    workingDays: 5
                    when: Cần xác minh thêm các điều kiện kết hôn
                    legalBasis: Luật Hộ tịch 2014, Điều 18 khoản 2
                """);
        assertTrue(r.isValid(), dump(r));
        assertEquals(new TimeLimitExtension(5, "Cần xác minh thêm các điều kiện kết hôn", "Luật Hộ tịch 2014, Điều 18 khoản 2"),
                r.orElseThrow().disclosure().timeLimitExtension());
    }

    @Test
    void noExtensionUnlessDeclared() {
        DescriptorResult r = reader.read("procedures/x.yaml", DescriptorReaderTest.BASE.getBytes(StandardCharsets.UTF_8));
        assertNull(r.orElseThrow().disclosure().timeLimitExtension());
    }

    @Test
    void zeroDaysIsRefusedAtItsLine() {
        DescriptorResult r = withExtension("""
                  timeLimitExtension: {workingDays: 0, when: Cần xác minh, legalBasis: "Luật Hộ tịch 2014, Điều 18"}
                """);
        DescriptorProblem p = problemAt(r, "/disclosure/timeLimitExtension/workingDays");
        assertEquals(9, p.line(), dump(r));
        assertEquals("procedures/ket-hon.yaml", p.file());
    }

    @Test
    void missingCaseIsNamed() {
        DescriptorResult r = withExtension("""
                  timeLimitExtension: {workingDays: 5, legalBasis: "Luật Hộ tịch 2014, Điều 18"}
                """);
        assertTrue(dump(r).contains("when"), dump(r));
        assertEquals(9, r.problems().get(0).line(), dump(r));
    }

    @Test
    void unknownKeyInTheExtensionIsRefused() {
        DescriptorResult r = withExtension("""
                  timeLimitExtension:
                    days: 5
                    workingDays: 5
                    when: Cần xác minh
                    legalBasis: Luật Hộ tịch 2014, Điều 18 khoản 2
                """);
        DescriptorProblem p = problemAt(r, "/disclosure/timeLimitExtension/days");
        assertEquals(10, p.line(), dump(r));
    }

    @Test
    void legalBasisMustNameAnArticle() {
        DescriptorResult r = withExtension("""
                  timeLimitExtension:
                    workingDays: 5
                    when: Cần xác minh thêm
                    legalBasis: Luật Hộ tịch 2014
                """);
        DescriptorProblem p = problemAt(r, "/disclosure/timeLimitExtension/legalBasis");
        assertEquals(12, p.line(), dump(r));
        assertTrue(p.message().contains("article"), p.message());
    }

    @Test
    void blankCaseIsRefused() {
        DescriptorResult r = withExtension("""
                  timeLimitExtension:
                    workingDays: 5
                    when: "  "
                    legalBasis: Điều 18 Luật Hộ tịch
                """);
        assertEquals(11, problemAt(r, "/disclosure/timeLimitExtension/when").line(), dump(r));
    }
}
