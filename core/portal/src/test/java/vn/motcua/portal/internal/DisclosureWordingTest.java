package vn.motcua.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Fee;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.html.Html;

/** Issue 12: a zero fee read "0 đồng" and a group of one item was headed "Mục 1". */
class DisclosureWordingTest {

    private static Field text(String id, String label) {
        return new Field(id, label, FieldType.TEXT, true, null, null, null, null, null, null, null, null, List.of(), false,
                null, List.of(), null, null, null, Map.of());
    }

    private static Field group(Integer maxItems) {
        return new Field("benNu", "Thông tin bên nữ", FieldType.GROUP, true, null, null, null, null, null, null, null, null,
                List.of(), false, null, List.of(text("hoTen", "Họ và tên")), 1, maxItems, null, Map.of());
    }

    private static String render(Field f) {
        Html h = new Html();
        CitizenForm.renderer(Lang.VI, LocalDate.of(2026, 12, 4)).fields(h, List.of(f), "", FormValues.empty(), Map.of(), true, null);
        return h.toString();
    }

    @Test
    void aZeroFeeIsAnExemptionNamedAfterItsKind() {
        assertEquals("Miễn lệ phí", Money.exemption(new Fee("Lệ phí đăng ký kết hôn", 0, null), Lang.VI));
        assertEquals("Miễn phí", Money.exemption(new Fee("Phí khai thác dữ liệu", 0, null), Lang.VI));
        assertEquals("exempt", Money.exemption(new Fee("Lệ phí", 0, null), Lang.EN));
    }

    @Test
    void aGroupOfOneItemIsASectionWithoutItemNumbers() {
        String section = render(group(1));
        assertTrue(section.contains("Thông tin bên nữ"), section);
        assertTrue(section.contains("benNu[0].hoTen"), "the data keeps the group's shape: " + section);
        assertFalse(section.contains(Lang.VI.t("form.item") + " 1"), section);

        String repeating = render(group(3));
        assertTrue(repeating.contains(Lang.VI.t("form.item") + " 1"), repeating);
    }
}
