package vn.motcua.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.procedure.Form;

class FormValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final Form FORM = new DescriptorReader().read("form.yaml", """
            schemaVersion: 1
            code: "9.999002"
            name: Mẫu
            version: "1"
            applicability: {level: commune}
            disclosure: {timeLimit: {unit: same_day, amount: 0}}
            steps:
              - {id: a, name: A, role: leader, budget: {unit: working_hours, amount: 1}, actions: [{action: approve}]}
            form:
              fields:
                - {id: hoTen, label: Họ và tên, type: text, required: true, maxLength: 20}
                - {id: soDinhDanh, label: Số định danh cá nhân, type: citizen_id}
                - {id: ngaySinh, label: Ngày sinh, type: date, maxDate: today}
                - {id: soDienThoai, label: Số điện thoại, type: phone, messages: {phone: Số điện thoại chưa đúng.}}
                - {id: email, label: Thư điện tử, type: email}
                - {id: soBan, label: Số bản, type: number, min: 1, max: 10}
                - id: quanHe
                  label: Quan hệ
                  type: choice
                  options: [{value: cha}, {value: me}, {value: khac}]
                - {id: quanHeKhac, label: Quan hệ khác, type: text, requiredWhen: {field: quanHe, equals: khac}}
                - {id: giayTo, label: Giấy tờ, type: choice, multiple: true, options: [{value: a}, {value: b}]}
                - {id: camDoan, label: Cam đoan, type: checkbox, required: true}
                - {id: maSo, label: Mã số, type: text, pattern: "[A-Z]{2}[0-9]{3}"}
                - {id: banVe, label: Bản vẽ, type: file, file: {accept: [application/pdf], maxBytes: 1000, maxFiles: 2}}
                - id: con
                  label: Con
                  type: group
                  maxItems: 2
                  fields:
                    - {id: ten, label: Tên, type: text, required: true}
                    - {id: ngaySinh, label: Ngày sinh, type: date}
                    - {id: soDinhDanh, label: Số định danh, type: citizen_id}
            """.getBytes(StandardCharsets.UTF_8)).orElseThrow().form();

    private final FormValidation validation = new FormValidation();

    private static Map<String, Object> valid() {
        Map<String, Object> data = new HashMap<>();
        data.put("hoTen", "Nguyễn Văn An");
        data.put("camDoan", true);
        return data;
    }

    private ValidatedForm check(Map<String, Object> data) {
        return validation.validate(FORM, data, TODAY);
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> data = valid();
        data.put(key, value);
        return data;
    }

    private FieldError onlyError(Map<String, Object> data) {
        ValidatedForm r = check(data);
        assertEquals(1, r.errors().size(), r.errors().toString());
        return r.errors().get(0);
    }

    @Test
    void minimalDataIsValid() {
        ValidatedForm r = check(valid());
        assertTrue(r.isValid(), r.errors().toString());
    }

    @Test
    void allErrorsAtOnceWithVietnameseMessagesNamingTheLabel() {
        ValidatedForm r = check(Map.of("soBan", 0, "quanHe", "khac"));
        assertEquals(List.of("soBan:min", "hoTen:required", "quanHeKhac:required", "camDoan:required"),
                r.errors().stream().map(e -> e.field() + ":" + e.code()).toList());
        assertEquals("Trường «Họ và tên» là bắt buộc, vui lòng nhập.", r.errorsFor("hoTen").get(0).message());
    }

    @Test
    void textIsNfcTrimmedAndFreeOfControlCharacters() {
        ValidatedForm r = check(with("hoTen", Normalizer.normalize("  Trần Thị Bích  ", Normalizer.Form.NFD)));
        assertEquals("Trần Thị Bích", r.normalisedData().get("hoTen"));
        assertEquals("control_characters", onlyError(with("hoTen", "An\u0000")).code());
        assertEquals("maxLength", onlyError(with("hoTen", "Nguyễn Văn Một Hai Ba Bốn")).code());
    }

    @Test
    void unknownFieldsAreRejected() {
        FieldError e = onlyError(with("matKhau", "x"));
        assertEquals("matKhau", e.field());
        assertEquals("unknown_field", e.code());
    }

    @Test
    void citizenIdFormat() {
        assertTrue(check(with("soDinhDanh", "001 085 012345")).isValid());
        assertEquals("001085012345", check(with("soDinhDanh", "001085012345")).normalisedData().get("soDinhDanh"));
        assertTrue(onlyError(with("soDinhDanh", "00108501234")).message().contains("12 chữ số"));
        assertTrue(onlyError(with("soDinhDanh", "097085012345")).message().contains("mã tỉnh"));
        assertTrue(onlyError(with("soDinhDanh", "000085012345")).message().contains("mã tỉnh"));
        assertTrue(onlyError(with("soDinhDanh", "001685012345")).message().contains("chữ số thứ tư"));
    }

    @Test
    void citizenIdIsCrossCheckedAgainstBirthDateOfTheSameLevel() {
        Map<String, Object> data = with("soDinhDanh", "001185012345"); // female, born 1985
        data.put("ngaySinh", "1985-03-02");
        assertTrue(check(data).isValid(), check(data).errors().toString());
        data.put("ngaySinh", "2005-03-02");
        assertEquals("citizen_id_birth_date", onlyError(data).code());
        data.put("soDinhDanh", "001305012345"); // female, born 2005
        assertTrue(check(data).isValid());
        Map<String, Object> child = new HashMap<>(Map.of("ten", "Bé", "ngaySinh", "2020-01-01", "soDinhDanh", "001219012345"));
        FieldError e = onlyError(with("con", List.of(Map.of("ten", "Anh"), child)));
        assertEquals("con[1].soDinhDanh", e.field());
    }

    @Test
    void phoneNumbersAreNormalised() {
        assertEquals("0912345678", check(with("soDienThoai", "+84 912 345 678")).normalisedData().get("soDienThoai"));
        assertEquals("0386123456", check(with("soDienThoai", "0386.123.456")).normalisedData().get("soDienThoai"));
        FieldError e = onlyError(with("soDienThoai", "0212345678"));
        assertEquals("Số điện thoại chưa đúng.", e.message(), "descriptor message overrides the default");
        assertEquals("phone", onlyError(with("soDienThoai", "091234567")).code());
    }

    @Test
    void datesAgainstToday() {
        assertTrue(check(with("ngaySinh", "2025-09-15")).isValid());
        FieldError future = onlyError(with("ngaySinh", "2025-09-16"));
        assertEquals("maxDate", future.code());
        assertEquals("Trường «Ngày sinh» không được sau ngày hôm nay.", future.message());
        assertEquals("date", onlyError(with("ngaySinh", "15/09/2025")).code());
        assertEquals("date", onlyError(with("ngaySinh", "2025-02-30")).code());
    }

    @Test
    void datesOutside1900To2199AreRefusedNamingTheFieldInsteadOfFailingLater() {
        FieldError tooEarly = onlyError(with("ngaySinh", "1899-12-31"));
        assertEquals("dateRange", tooEarly.code());
        assertEquals("ngaySinh", tooEarly.field());
        assertEquals("Trường «Ngày sinh» phải là một ngày từ năm 1900 đến năm 2199.", tooEarly.message());
        assertEquals("dateRange", onlyError(with("con", List.of(Map.of("ten", "An", "ngaySinh", "2200-01-01")))).code());
        assertEquals("dateRange", onlyError(with("ngaySinh", "+10000-01-01")).code());
        assertTrue(check(with("ngaySinh", "1900-01-01")).isValid());
    }

    @Test
    void numbersAreAsciiDecimalsWithinTheRangeOfADouble() {
        assertEquals(2.5, check(with("soBan", "2.5")).normalisedData().get("soBan"));
        assertEquals("min", onlyError(with("soBan", 0)).code());
        for (Object bad : List.of("1e309", new java.math.BigDecimal("1e309"), "1,5", "１２", "٣", "۳", "1e2", "+-1", ".5.")) {
            assertEquals("number", onlyError(with("soBan", bad)).code(), "refused: " + bad);
        }
        assertEquals("number", onlyError(with("soBan", Double.POSITIVE_INFINITY)).code());
        assertEquals("number", onlyError(with("soBan", Double.NaN)).code());
    }

    @Test
    void emailNumberPatternChoiceCheckbox() {
        assertEquals("email", onlyError(with("email", "an@@x")).code());
        assertEquals(3L, check(with("soBan", "3")).normalisedData().get("soBan"));
        assertEquals("max", onlyError(with("soBan", 11)).code());
        assertEquals("number", onlyError(with("soBan", "ba")).code());
        assertEquals("pattern", onlyError(with("maSo", "ab123")).code());
        assertEquals("choice", onlyError(with("quanHe", "ong")).code());
        assertEquals(List.of("a", "b"), check(with("giayTo", List.of("a", "b"))).normalisedData().get("giayTo"));
        assertEquals("giayTo", onlyError(with("giayTo", List.of("a", "c"))).field());
        assertEquals("required", onlyError(with("camDoan", false)).code(), "a required checkbox must be ticked");
        assertEquals("checkbox", onlyError(with("camDoan", "yes")).code());
    }

    @Test
    void requiredWhenFollowsTheOtherField() {
        assertTrue(check(with("quanHe", "cha")).isValid());
        Map<String, Object> other = with("quanHe", "khac");
        assertEquals("quanHeKhac", onlyError(other).field());
        other.put("quanHeKhac", "Bà nội");
        assertTrue(check(other).isValid());
    }

    @Test
    void filesAreCheckedByTypeSizeAndCount() {
        Map<String, Object> pdf = Map.of("name", "ban-ve.pdf", "type", "application/pdf", "size", 900);
        assertTrue(check(with("banVe", List.of(pdf))).isValid());
        assertEquals("accept", onlyError(with("banVe", List.of(Map.of("name", "a.exe", "type", "application/x-msdownload", "size", 1)))).code());
        FieldError big = onlyError(with("banVe", List.of(pdf, Map.of("name", "to.pdf", "type", "application/pdf", "size", 1001))));
        assertEquals("banVe[1]", big.field());
        assertEquals("maxBytes", big.code());
        assertEquals("maxFiles", onlyError(with("banVe", List.of(pdf, pdf, pdf))).code());
        assertEquals("file", onlyError(with("banVe", List.of("ban-ve.pdf"))).code());
    }

    @Test
    void groupsCheckItemsWithPaths() {
        ValidatedForm r = check(with("con", List.of(Map.of("ten", "An"), Map.of("ten", " "), Map.of("ten", "Ba"))));
        assertEquals(List.of("con:maxItems", "con[1].ten:required"), r.errors().stream().map(e -> e.field() + ":" + e.code()).toList());
        assertEquals("group", onlyError(with("con", "An")).code());
        assertEquals("con[0].tuoi", onlyError(with("con", List.of(Map.of("ten", "An", "tuoi", 3)))).field());
    }

    @Test
    void hooksRunOnlyAfterDeclarativeRulesPass() {
        int[] calls = {0};
        FormValidator hook = data -> {
            calls[0]++;
            return List.of(new FieldError("hoTen", "cross", "Lỗi chéo"));
        };
        assertEquals("required", validation.validate(FORM, Map.of("camDoan", true), TODAY, List.of(hook)).errors().get(0).code());
        assertEquals(0, calls[0]);
        ValidatedForm r = validation.validate(FORM, valid(), TODAY, List.of(hook));
        assertEquals(1, calls[0]);
        assertEquals("cross", r.errors().get(0).code());
        FormValidator broken = data -> {
            throw new IllegalStateException("bug");
        };
        assertThrows(FormHookFailedException.class, () -> validation.validate(FORM, valid(), TODAY, List.of(broken)));
    }
}
