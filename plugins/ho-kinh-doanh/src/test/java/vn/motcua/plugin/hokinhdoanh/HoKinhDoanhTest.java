package vn.motcua.plugin.hokinhdoanh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.testkit.ProcedureTestKit.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.testkit.ProcedureTestKit;

class HoKinhDoanhTest {
    private static final String CODE = "MAU.HKD001";
    private final ProcedureTestKit kit = ProcedureTestKit.fromClasspath().today(LocalDate.of(2025, 9, 15));

    private static Map<String, Object> request() {
        return data("tenHoKinhDoanh", "Hộ kinh doanh Phở Hạnh", "diaChiTruSo", "12 Hàng Bạc, Phường Hoàn Kiếm, Hà Nội",
                "nganhNghe", "Dịch vụ ăn uống", "vonKinhDoanh", 150_000_000, "hoTen", "Đỗ Thị Hạnh",
                "ngaySinh", "1980-06-01", "soDinhDanh", "001180009876", "soDienThoai", "0979111222");
    }

    @Test
    void threeWorkingDaysOverThreeSteps() {
        kit.assertNoProblems();
        assertEquals(TimeLimit.workingDays(3), kit.procedure(CODE).disclosure().timeLimit());
        long stepHours = kit.procedure(CODE).steps().stream().mapToLong(s -> s.budget().workingHours()).sum();
        assertEquals(24, stepHours, "step budgets add up to the legal limit");
    }

    @Test
    void acceptsARequestAndChecksTheNameAndMembers() {
        kit.assertAccepts(CODE, request());
        Map<String, Object> badName = request();
        badName.put("tenHoKinhDoanh", "Phở Hạnh");
        kit.assertRejects(CODE, badName, "tenHoKinhDoanh", "pattern");
        Map<String, Object> members = request();
        members.put("thanhVien", List.of(data("hoTen", "Đỗ Văn Minh", "ngaySinh", "1978-02-02", "soDinhDanh", "001080001111")));
        kit.assertRejects(CODE, members, "thanhVien[0].soDinhDanh", "citizen_id_birth_date");
    }
}
