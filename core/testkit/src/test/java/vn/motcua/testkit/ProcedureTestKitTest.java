package vn.motcua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.testkit.ProcedureTestKit.data;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.api.hook.FieldError;

class ProcedureTestKitTest {
    private final ProcedureTestKit kit = ProcedureTestKit.fromClasspath().today(LocalDate.of(2025, 9, 15));

    private static java.util.Map<String, Object> copyRequest() {
        return data("hoTen", "Lê Thị Hoa", "soDinhDanh", "001190001234", "soDienThoai", "0912345678",
                "tenGiayTo", "Bằng tốt nghiệp đại học", "soTrang", 1, "soBan", 2);
    }

    @Test
    void readsDescriptorsFromTheClasspath() {
        kit.assertNoProblems();
        assertEquals("2.000815", kit.procedure("2.000815").code());
    }

    @Test
    void acceptsAndRejectsLikeThePlatform() {
        assertEquals("0912345678", kit.assertAccepts("2.000815", copyRequest()).get("soDienThoai"));
        java.util.Map<String, Object> bad = copyRequest();
        bad.put("soBan", 0);
        FieldError e = kit.assertRejects("2.000815", bad, "soBan", "min");
        assertTrue(e.message().contains("«Số bản sao cần chứng thực»"), e.message());
        assertThrows(AssertionError.class, () -> kit.assertRejects("2.000815", copyRequest(), "soBan", "min"));
        assertThrows(AssertionError.class, () -> kit.assertAccepts("2.000815", bad));
    }

    @Test
    void runsRegisteredHooksAfterTheRules() {
        kit.withValidator("2.000815", form -> List.of(new FieldError("soBan", "too_many", "Quá nhiều")));
        assertEquals("too_many", kit.validate("2.000815", copyRequest()).get(0).code());
    }

    @Test
    void brokenDescriptorsFailWithFileLineAndPath() throws URISyntaxException {
        ProcedureTestKit broken = ProcedureTestKit.loadDescriptors(Path.of(getClass().getResource("/broken").toURI()));
        AssertionError e = assertThrows(AssertionError.class, broken::assertNoProblems);
        assertTrue(e.getMessage().contains("procedures/sai.yaml:14:"), e.getMessage());
        assertTrue(e.getMessage().contains("/steps/0/actions/0/next"), e.getMessage());
        assertThrows(AssertionError.class, () -> broken.procedure("9.000001"));
    }
}
