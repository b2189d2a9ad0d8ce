package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.ComplianceCost;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.Fee;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.runtime.cost.ComplianceCostEstimate;
import vn.motcua.runtime.cost.CostComparison;

class ComplianceCostCalculatorTest {

    private final ComplianceCostCalculator calculator = new ComplianceCostCalculator(38_000);

    /**
     * Worked by hand with the method of Circular 02/2017/TT-VPCP, Art. 27: the applicant's hours × income per hour,
     * plus fees and charges, plus other costs; × times a year × subjects a year.
     * Current: 1.5 + 2 + 0.5 = 4 h × 38,000 = 152,000; fees 75,000 + 25,000; other 30,000 → 282,000 once;
     * × 1 × 30,000 = 8,460,000,000 a year.
     * Simplified (online submission, no trip to the counter): 1.5 + 0.5 = 2 h → 76,000 + 100,000 + 0 = 176,000 once,
     * 5,280,000,000 a year. Saving: 106,000 once, 3,180,000,000 a year = 3,180 / 8,460 = 37.59 %.
     */
    @Test
    void workedExampleOfTheCircularCostsAndSavesAsComputedByHand() {
        ProcedureDefinition current = procedure("2025.1", List.of(task("Chuẩn bị tờ khai và giấy tờ", 1.5),
                task("Đi nộp hồ sơ tại Bộ phận Một cửa", 2), task("Nhận kết quả", 0.5)), 30_000);
        ProcedureDefinition simplified = procedure("2026.1", List.of(task("Chuẩn bị tờ khai và giấy tờ", 1.5),
                task("Nộp trực tuyến và nhận kết quả qua bưu chính", 0.5)), 0);

        ComplianceCostEstimate now = calculator.estimate(current).orElseThrow();
        assertEquals(new BigDecimal("4"), now.taskHours());
        assertEquals(152_000, now.timeCostVnd());
        assertEquals(100_000, now.feesVnd());
        assertEquals(30_000, now.otherCostsVnd());
        assertEquals(282_000, now.costPerTimeVnd());
        assertEquals(8_460_000_000L, now.yearlyCostVnd());

        CostComparison c = calculator.compare(current, simplified).orElseThrow();
        assertEquals(176_000, c.after().costPerTimeVnd());
        assertEquals(5_280_000_000L, c.after().yearlyCostVnd());
        assertEquals(106_000, c.savingPerTimeVnd());
        assertEquals(3_180_000_000L, c.yearlySavingVnd());
        assertEquals(new BigDecimal("37.59"), c.savingPercent());
    }

    @Test
    void timeCostIsRoundedOnceHalfUpToWholeDong() {
        ComplianceCostEstimate e = new ComplianceCostCalculator(38_002)
                .estimate(procedure("1", List.of(task("Khai", 1.25)), 0)).orElseThrow();
        assertEquals(47_503, e.timeCostVnd()); // 1.25 × 38,002 = 47,502.5
    }

    @Test
    void aSimplificationThatCostsMoreShowsANegativeSaving() {
        CostComparison c = calculator.compare(procedure("1", List.of(task("Khai", 1)), 0),
                procedure("2", List.of(task("Khai", 2)), 0)).orElseThrow();
        assertEquals(-38_000, c.savingPerTimeVnd());
        assertEquals(new BigDecimal("-27.54"), c.savingPercent()); // -38,000 / 138,000 per time, same ratio a year
    }

    @Test
    void noDeclaredInputsMeansNoEstimate() {
        ProcedureDefinition none = new ProcedureDefinition("1.000001", "Thủ tục", "Lĩnh vực", "1",
                new Applicability(UnitLevel.COMMUNE, List.of()), disclosure(), null, List.of(), null, null);
        assertTrue(calculator.estimate(none).isEmpty());
        assertTrue(calculator.compare(none, procedure("2", List.of(), 0)).isEmpty());
    }

    @Test
    void configuredRateIsReadAndAWrongOneSaysWhatToWrite(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ComplianceCostComponent.FILE);
        Files.writeString(file, "# comment\nincomeVndPerHour=45_500\n");
        assertEquals(45_500, ComplianceCostComponent.incomeRate(file));
        Files.writeString(file, "incomeVndPerHour=nhiều\n");
        ConfigurationException wrong = assertThrows(ConfigurationException.class, () -> ComplianceCostComponent.incomeRate(file));
        assertTrue(wrong.getMessage().contains("whole number of đồng per hour"), wrong.getMessage());
        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> ComplianceCostComponent.incomeRate(dir.resolve("absent.properties")));
        assertTrue(missing.getMessage().contains("incomeVndPerHour=<đồng per hour>"), missing.getMessage());
    }

    private static ComplianceCost.Task task(String name, double hours) {
        return new ComplianceCost.Task(name, hours);
    }

    private static ProcedureDefinition procedure(String version, List<ComplianceCost.Task> tasks, long other) {
        return new ProcedureDefinition("1.013225", "Cấp giấy phép xây dựng", "Xây dựng", version,
                new Applicability(UnitLevel.COMMUNE, List.of()), disclosure(), null, List.of(), null,
                new ComplianceCost(tasks, other, 1, 30_000));
    }

    private static Disclosure disclosure() {
        return new Disclosure(List.of(), List.of(), List.of(new Fee("Lệ phí cấp phép", 75_000, null),
                new Fee("Phí thẩm định", 25_000, null)), TimeLimit.workingDays(15), null, null, null, null, null);
    }
}
