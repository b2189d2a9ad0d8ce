package vn.motcua.plugin.khaisinh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.testkit.ProcedureTestKit.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.hook.FieldError;
import vn.motcua.testkit.ProcedureTestKit;

class KhaiSinhTest {
    private static final String CODE = "1.001193";
    private final ProcedureTestKit kit = ProcedureTestKit.fromClasspath()
            .today(LocalDate.of(2025, 9, 15))
            .withValidator(CODE, new BirthOrderValidator());

    private static Map<String, Object> request() {
        List<Object> parents = new ArrayList<>(List.of(
                data("vaiTro", "me", "hoTen", "Nguyễn Thị Lan", "ngaySinh", "1995-04-12", "soDinhDanh", "001195001122",
                        "quocTich", "Việt Nam"),
                data("vaiTro", "cha", "hoTen", "Trần Văn Nam", "ngaySinh", "1993-01-30", "quocTich", "Việt Nam")));
        return data(
                "hoTenTre", "Trần Minh Khôi", "ngaySinhTre", "2025-09-10", "gioiTinhTre", "nam",
                "noiSinhTre", "Bệnh viện Phụ sản Hà Nội, 929 La Thành, Phường Giảng Võ, Hà Nội",
                "danTocTre", "Kinh", "quocTichTre", "Việt Nam", "chaMe", parents,
                "giayChungSinh", List.of(Map.of("name", "giay-chung-sinh.pdf", "type", "application/pdf", "size", 120_000)),
                "hoTenNguoiYeuCau", "Nguyễn Thị Lan", "ngaySinh", "1995-04-12", "soDinhDanh", "001195001122",
                "soDienThoai", "0912 345 678", "quanHe", "me", "camDoan", true);
    }

    @Test
    void descriptorIsValidAndARealRequestIsAccepted() {
        kit.assertNoProblems();
        assertEquals("0912345678", kit.assertAccepts(CODE, request()).get("soDienThoai"));
    }

    @Test
    void childCannotBeBornInTheFuture() {
        Map<String, Object> data = request();
        data.put("ngaySinhTre", "2025-09-16");
        FieldError e = kit.assertRejects(CODE, data, "ngaySinhTre", "maxDate");
        assertEquals("Ngày sinh của trẻ không được sau ngày hôm nay.", e.message());
    }

    @Test
    void otherRelationMustBeSpelledOut() {
        Map<String, Object> data = request();
        data.put("quanHe", "khac");
        kit.assertRejects(CODE, data, "quanHeKhac", "required");
        data.put("quanHeKhac", "Dì ruột");
        kit.assertAccepts(CODE, data);
    }

    @Test
    void requesterCitizenIdMustMatchTheirBirthYear() {
        Map<String, Object> data = request();
        data.put("ngaySinh", "1996-04-12");
        kit.assertRejects(CODE, data, "soDinhDanh", "citizen_id_birth_date");
    }

    @Test
    void hookRefusesARequesterBornAfterTheChild() {
        Map<String, Object> data = request();
        data.put("ngaySinh", "2025-01-01");
        data.put("soDinhDanh", "001225001122");
        data.put("quanHe", "khac");
        data.put("quanHeKhac", "Anh họ");
        FieldError e = kit.assertRejects(CODE, data, "ngaySinh", "birth_order");
        assertTrue(e.message().contains("2025"), e.message());
    }

    @Test
    void hookRefusesTwoMothers() {
        Map<String, Object> data = request();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parents = (List<Map<String, Object>>) (List<?>) data.get("chaMe");
        parents.get(1).put("vaiTro", "me");
        kit.assertRejects(CODE, data, "chaMe[1].vaiTro", "duplicate_parent");
    }
}
