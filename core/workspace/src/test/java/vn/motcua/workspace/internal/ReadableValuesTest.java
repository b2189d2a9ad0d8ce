package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.Option;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Role;
import vn.motcua.api.procedure.Step;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.EventView;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.i18n.Messages;

class ReadableValuesTest {

    private static final Messages WORDING = FakeHttp.messages();

    private final ReadableValues readable = new ReadableValues(code -> "00070".equals(code)
            ? Optional.of("Phường Hoàn Kiếm") : Optional.empty());

    private static Field field(String id, String label, FieldType type, List<Option> options, List<Field> fields) {
        return new Field(id, label, type, false, null, null, null, null, null, null, null, null, options, false, null,
                fields, null, null, null, null);
    }

    private static Field field(String id, String label, FieldType type) {
        return field(id, label, type, null, null);
    }

    @Test
    void aRepeatingGroupIsATableWithTheGroupsColumnLabelsNotAJavaMap() {
        Field members = field("thanhVien", "Thành viên", FieldType.GROUP, null, List.of(
                field("hoTen", "Họ và tên", FieldType.TEXT),
                field("ngaySinh", "Ngày sinh", FieldType.DATE),
                field("quanHe", "Quan hệ", FieldType.CHOICE, List.of(new Option("con", "Con"), new Option("vo", "Vợ")), null)));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("hoTen", "Nguyễn Thị Lan");
        first.put("ngaySinh", "2015-03-09");
        first.put("quanHe", "con");
        Html h = new Html();

        readable.write(h, WORDING, members, List.of(first, Map.of("hoTen", "Trần Văn Hùng", "quanHe", "vo")));

        String html = h.toString();
        assertFalse(html.contains("{hoTen="), html);
        assertFalse(html.contains("2015-03-09"), html);
        assertTrue(html.contains("<th scope=\"col\">Họ và tên</th>"), html);
        assertTrue(html.contains("<td>Nguyễn Thị Lan</td><td>09/03/2015</td><td>Con</td>"), html);
        assertTrue(html.contains("<td>2</td><td>Trần Văn Hùng</td><td>—</td><td>Vợ</td>"), html);
    }

    @Test
    void aDateIsDayMonthYearAndANumberUsesADecimalCommaWithoutGroupingYears() {
        assertEquals("04/12/2026", readable.text(WORDING, field("d", "Ngày", FieldType.DATE), "2026-12-04"));
        assertEquals("04/12/2026", ReadableValues.date(LocalDate.of(2026, 12, 4)));
        assertEquals("1990", readable.text(WORDING, field("n", "Năm sinh", FieldType.NUMBER), 1990.0));
        assertEquals("12,5", readable.text(WORDING, field("n", "Diện tích", FieldType.NUMBER), "12.50"));
        assertEquals("Có", readable.text(WORDING, field("c", "Đồng ý", FieldType.CHECKBOX), true));
        assertEquals("—", readable.text(WORDING, field("t", "Ghi chú", FieldType.TEXT), " "));
    }

    @Test
    void aValueTheFormNoLongerDeclaresIsShownWithoutJavaBrackets() {
        assertEquals("hoTen: An; hoTen: Bình", readable.text(WORDING, null, List.of(Map.of("hoTen", "An"), Map.of("hoTen", "Bình"))));
    }

    @Test
    void unitsAndStepsByNameAndTheApplicantIsNotShownAsTheRawWordCitizen() {
        assertEquals("Phường Hoàn Kiếm (00070)", readable.unit("00070"));
        assertEquals("X99", readable.unit("X99"));
        Step appraise = new Step("tham-dinh", "Thẩm định hồ sơ", "receiving", Role.SPECIALIST, TimeLimit.sameDay(), List.of());
        ProcedureDefinition p = new ProcedureDefinition("1.013225", "Cấp giấy phép xây dựng", "Xây dựng", "1",
                new Applicability(UnitLevel.COMMUNE, List.of()),
                new Disclosure(null, null, null, TimeLimit.sameDay(), null, null, null, null, null), null, List.of(appraise), null, null);
        assertEquals("Thẩm định hồ sơ", ReadableValues.step(Optional.of(p), "tham-dinh"));
        assertEquals("buoc-la", ReadableValues.step(Optional.of(p), "buoc-la"));

        EventView submitted = new EventView(1, Instant.EPOCH, "citizen", ActorRole.CITIZEN, null, "submit", null,
                DossierStatus.SUBMITTED, null, false, Map.of());
        EventView accepted = new EventView(2, Instant.EPOCH, "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "accept",
                DossierStatus.SUBMITTED, DossierStatus.PROCESSING, null, false, Map.of());
        assertEquals("Người nộp hồ sơ", readable.actor(WORDING, submitted));
        assertEquals("Cán bộ Một cửa motcua.00070, Phường Hoàn Kiếm (00070)", readable.actor(WORDING, accepted));
    }

    @Test
    void serverPathsAreCutToTheFileName() {
        assertEquals("nguồn: 2026.yaml", ReadableValues.withoutServerPaths("nguồn: /opt/motcua/config/calendar/2026.yaml"));
        assertEquals("tệp bad.jar: thiếu mô tả", ReadableValues.withoutServerPaths("tệp file:/srv/data/deploy/bad.jar: thiếu mô tả"));
        assertEquals("tệp x.jar", ReadableValues.withoutServerPaths("tệp C:\\motcua\\deploy\\x.jar"));
        assertEquals("config/calendar/2026.yaml", ReadableValues.withoutServerPaths("config/calendar/2026.yaml"));
        assertEquals("thời hạn 1/2 ngày", ReadableValues.withoutServerPaths("thời hạn 1/2 ngày"));
    }
}
