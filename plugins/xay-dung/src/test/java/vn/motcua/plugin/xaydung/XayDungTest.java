package vn.motcua.plugin.xaydung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.testkit.ProcedureTestKit.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.testkit.ProcedureTestKit;

class XayDungTest {
    private static final String CODE = "1.013225";
    private final ProcedureTestKit kit = ProcedureTestKit.fromClasspath().today(LocalDate.of(2025, 9, 15));

    private static Map<String, Object> request() {
        return data("hoTen", "Vũ Quang Huy", "soDinhDanh", "001087005555", "soDienThoai", "0868000111",
                "diaChiCongTrinh", "Số 5 ngõ 12 phố Láng, Phường Láng, Hà Nội", "soThua", "125", "soToBanDo", "34",
                "loaiGiayToDat", "gcn", "dienTichDat", 62.5, "dienTichXayDung", 55, "soTang", 5, "tongDienTichSan", 275,
                "banVe", List.of(Map.of("name", "ban-ve-kien-truc.pdf", "type", "application/pdf", "size", 8_000_000)),
                "giayChungNhanDat", List.of(Map.of("name", "so-do.jpg", "type", "image/jpeg", "size", 900_000)),
                "camKet", true);
    }

    @Test
    void appraisalIsAnInterAgencyStepAtTheDepartmentOfConstruction() {
        kit.assertNoProblems();
        ProcedureDefinition p = kit.procedure(CODE);
        Step appraisal = p.step("tham-dinh").orElseThrow();
        assertTrue(appraisal.isInterAgency());
        assertEquals("SXD", appraisal.unit());
        assertTrue(p.steps().stream().mapToLong(s -> s.budget().workingHours()).sum() <= p.disclosure().timeLimit().workingHours());
    }

    @Test
    void drawingsMustBePdf() {
        assertEquals(62.5, kit.assertAccepts(CODE, request()).get("dienTichDat"));
        Map<String, Object> data = request();
        data.put("banVe", List.of(Map.of("name", "ban-ve.dwg", "type", "image/vnd.dwg", "size", 1000)));
        kit.assertRejects(CODE, data, "banVe[0]", "accept");
        data.remove("banVe");
        kit.assertRejects(CODE, data, "banVe", "required");
    }
}
