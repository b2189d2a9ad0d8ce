package vn.motcua.plugin.chungthuc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.testkit.ProcedureTestKit.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.testkit.ProcedureTestKit;

class ChungThucTest {
    private static final String CODE = "2.000815";
    private final ProcedureTestKit kit = ProcedureTestKit.fromClasspath().today(LocalDate.of(2025, 9, 15));

    private static Map<String, Object> request() {
        return data("hoTen", "Phạm Minh Đức", "soDinhDanh", "001095004321", "soDienThoai", "+84 983 123 456",
                "tenGiayTo", "Giấy khai sinh", "soTrang", 1, "soBan", 3);
    }

    @Test
    void descriptorIsValid() {
        kit.assertNoProblems();
        ProcedureDefinition p = kit.procedure(CODE);
        // Nghị định 23/2015/NĐ-CP Art. 21: same day; after 15:00, the next working day.
        assertEquals(TimeLimit.sameDay(), p.disclosure().timeLimit());
        assertEquals(List.of("tiep-nhan", "chung-thuc"), p.steps().stream().map(s -> s.id()).toList());
    }

    @Test
    void acceptsARealRequestAndNormalisesThePhone() {
        assertEquals("0983123456", kit.assertAccepts(CODE, request()).get("soDienThoai"));
    }

    @Test
    void rejectsZeroCopiesAndAnExecutableScan() {
        Map<String, Object> data = request();
        data.put("soBan", 0);
        kit.assertRejects(CODE, data, "soBan", "min");
        Map<String, Object> withScan = request();
        withScan.put("banChup", List.of(Map.of("name", "ban-chinh.exe", "type", "application/x-msdownload", "size", 2000)));
        kit.assertRejects(CODE, withScan, "banChup[0]", "accept");
    }
}
