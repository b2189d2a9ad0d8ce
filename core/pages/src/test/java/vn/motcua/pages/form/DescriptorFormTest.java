package vn.motcua.pages.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.FileSpec;
import vn.motcua.api.procedure.Option;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormFile;
import vn.motcua.pages.i18n.Messages;

/** The descriptor form rendered and bound in process (no platform): groups, choices, files, errors, escaping. */
class DescriptorFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final FormWording VI = FormWording.load(Messages.VIETNAMESE);

    static Field field(String id, String label, FieldType type, boolean required) {
        return new Field(id, label, type, required, null, null, null, null, null, null, null, null, List.of(), false,
                null, List.of(), null, null, null, Map.of());
    }

    static Field choice(String id, boolean multiple, int options) {
        List<Option> o = java.util.stream.IntStream.range(0, options).mapToObj(i -> new Option("o" + i, "Lựa chọn " + i)).toList();
        return new Field(id, "Chọn " + id, FieldType.CHOICE, true, null, null, null, null, null, null, null, null, o, multiple,
                null, List.of(), null, null, null, Map.of());
    }

    static Field group(String id, Integer min, Integer max, Field... inner) {
        return new Field(id, "Thông tin cha, mẹ", FieldType.GROUP, true, null, null, null, null, null, null, null, null,
                List.of(), false, null, List.of(inner), min, max, null, Map.of());
    }

    static final Field FILE = new Field("banVe", "Bản vẽ", FieldType.FILE, true, null, null, null, null, null, null, null, null,
            List.of(), false, new FileSpec(List.of("application/pdf"), 5L * 1024 * 1024, 3), List.of(), null, null, null, Map.of());

    static final List<Field> FORM = List.of(field("hoTen", "Họ và tên", FieldType.TEXT, true),
            group("chaMe", 1, 10, field("hoTen", "Họ và tên", FieldType.TEXT, true), field("cmnd", "Số định danh", FieldType.CITIZEN_ID, true)),
            choice("gioiTinh", false, 2), choice("tinh", false, 7), choice("giayTo", true, 3),
            field("camKet", "Cam kết", FieldType.CHECKBOX, true), FILE);

    private static String render(FormWording w, FormValues values, Map<String, String> errors) {
        Html h = new Html();
        FormRenderer r = new FormRenderer(w, TODAY);
        r.errorSummary(h, errors);
        r.fields(h, FORM, values, errors, w.declaration());
        return h.toString();
    }

    @Test
    void aRepeatingGroupOffersFiveItemsTheFirstRequiredTheOthersOptional() {
        String page = render(VI, FormValues.empty(), Map.of());
        for (int i = 0; i < RepeatingGroups.MAX_ITEMS; i++) {
            assertTrue(page.contains("name=\"chaMe[" + i + "].hoTen\""), "item " + i + " in " + page);
        }
        assertFalse(page.contains("chaMe[5]"), "at most five items, though the group allows ten");
        assertTrue(page.contains("<legend>Mục 1</legend>"), page);
        assertTrue(page.contains("<legend>Mục 2 (không bắt buộc)</legend>"), page);
        assertTrue(page.contains("id=\"f-chaMe-1-\" data-extra=\"chaMe\""), page);
        assertTrue(page.contains("data-add=\"chaMe\""), "the add button for the optional items: " + page);
        assertTrue(page.contains("data-owner=\"Thông tin cha, mẹ (mục 2)\""), page);
        assertEquals(1, RepeatingGroups.itemsShown(group("x", null, 1)));
        assertEquals(2, RepeatingGroups.itemsShown(group("x", 2, 2)));
        assertEquals(5, RepeatingGroups.itemsShown(group("x", null, null)));
    }

    @Test
    void fewOptionsAreRadiosManyAListAndSeveralChoicesCheckBoxes() {
        String page = render(VI, FormValues.of(Map.of("gioiTinh", List.of("o1"), "tinh", List.of("o6"), "giayTo", List.of("o0", "o2"))), Map.of());
        assertTrue(page.contains("type=\"radio\" id=\"f-gioiTinh-1\" name=\"gioiTinh\" value=\"o1\" checked"), page);
        assertTrue(page.contains("<select id=\"f-tinh\" name=\"tinh\""), page);
        assertTrue(page.contains("<option value=\"o6\" selected>"), page);
        assertTrue(page.contains("<option value>– Chọn –</option>"), page);
        assertTrue(page.contains("type=\"checkbox\" id=\"f-giayTo-2\" name=\"giayTo\" value=\"o2\" checked"), page);
        assertFalse(page.contains("id=\"f-giayTo-1\" name=\"giayTo\" value=\"o1\" checked"), page);
    }

    @Test
    void aFileInputSaysWhatItTakes() {
        String page = render(VI, FormValues.empty(), Map.of());
        assertTrue(page.contains("type=\"file\" accept=\"application/pdf\" multiple data-max-bytes=\"5242880\" data-max-files=\"3\""), page);
        assertTrue(page.contains("Định dạng: PDF; tối đa 5 MB mỗi tệp, tối đa 3 tệp."), page);
    }

    @Test
    void errorsShowAtTheirInputsAndInTheSummaryWithWhoseFieldTheyAre() {
        List<FieldError> fromEngine = List.of(new FieldError("chaMe[1].cmnd", "citizen_id", "Trường «Số định danh» sai."),
                new FieldError("banVe[2]", "accept", "Tệp «a.exe» không đúng định dạng."),
                new FieldError("banVe", "maxFiles", "Quá nhiều tệp."),
                new FieldError("applicant.phone", "phone", "Số điện thoại sai."));
        Map<String, String> errors = FormErrors.byInput(FORM, fromEngine, VI);
        assertEquals(List.of("chaMe[1].cmnd", "banVe", "applicant.phone"), List.copyOf(errors.keySet()), "one error per input, the first");
        assertEquals("Thông tin cha, mẹ (mục 2) – Trường «Số định danh» sai.", errors.get("chaMe[1].cmnd"));
        assertEquals("Nội dung tờ khai – Tệp «a.exe» không đúng định dạng.", errors.get("banVe"));
        assertEquals("Người nộp hồ sơ – Số điện thoại sai.", errors.get("applicant.phone"));
        assertNull(FormErrors.owner(FORM, "khongCo", VI));

        String page = render(VI, FormValues.empty(), errors);
        assertTrue(page.contains("<h2 id=\"error-summary-title\">Hồ sơ chưa gửi được: có lỗi cần sửa (3)</h2>"), page);
        assertTrue(page.contains("<a href=\"#f-chaMe-1--cmnd\">Thông tin cha, mẹ (mục 2) – Trường «Số định danh» sai.</a>"), page);
        assertTrue(page.contains("<span class=\"error\" id=\"e-chaMe-1--cmnd\">Thông tin cha, mẹ (mục 2) – Trường «Số định danh» sai.</span>"), page);
        assertTrue(page.contains("name=\"chaMe[1].cmnd\"") && page.contains("aria-invalid=\"true\""), page);
    }

    @Test
    void valuesAndLabelsAreEscaped() {
        Field hostile = field("ghiChu", "<b>Ghi chú</b>", FieldType.TEXTAREA, false);
        Html h = new Html();
        new FormRenderer(VI, TODAY).fields(h, List.of(hostile, FORM.get(0)),
                FormValues.of(Map.of("ghiChu", List.of("</textarea><script>alert(1)</script>"), "hoTen", List.of("\"><script>x</script>"))),
                Map.of("hoTen", "<img src=x onerror=alert(1)>"), null);
        String page = h.toString();
        assertFalse(page.contains("<script>") || page.contains("<img") || page.contains("<b>"), page);
        assertTrue(page.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"), page);
        assertTrue(page.contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), page);
    }

    @Test
    void theWordingComesInTheReadersLanguage() {
        FormWording en = FormWording.load(Locale.ENGLISH);
        String page = render(en, FormValues.empty(), Map.of("hoTen", "x"));
        assertTrue(page.contains("<legend>Item 2 (optional)</legend>") && page.contains("– Choose –")
                && page.contains("Formats: PDF; at most 5 MB per file") && page.contains("Your dossier was not sent"), page);
        assertFalse(page.contains("Mục 2"), page);
        assertEquals("Người nộp hồ sơ", FormWording.load(Locale.forLanguageTag("fr")).applicant(), "Vietnamese is the fallback");
    }

    @Test
    void bindingReadsWhatTheRendererWrote() {
        FormValues posted = FormValues.of(Map.of(
                "hoTen", List.of("  Nguyễn Văn A "), "gioiTinh", List.of("o1"), "tinh", List.of(""), "giayTo", List.of("o0", "", "o2"),
                "camKet", List.of("true"),
                "chaMe[0].hoTen", List.of("Trần Thị B"), "chaMe[1].hoTen", List.of(" "), "chaMe[4].cmnd", List.of("001195012345"),
                "chaMe[5].hoTen", List.of("beyond the offered items")));
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        List<FormFile> files = List.of(new FormFile("banVe", "ban-ve.pdf", "application/pdf", pdf),
                new FormFile("khongKhai", "x.pdf", "application/pdf", pdf));
        BoundForm bound = FormBinder.bind(FORM, posted, files);
        assertEquals("  Nguyễn Văn A ", bound.data().get("hoTen"), "text as sent: the validator normalises it");
        assertEquals("o1", bound.data().get("gioiTinh"));
        assertFalse(bound.data().containsKey("tinh"), "an empty choice is no value");
        assertEquals(List.of("o0", "o2"), bound.data().get("giayTo"));
        assertEquals("true", bound.data().get("camKet"));
        assertEquals(List.of(Map.of("hoTen", "Trần Thị B"), Map.of("cmnd", "001195012345")), bound.data().get("chaMe"),
                "blank items dropped, item 6 never offered so never read");
        assertEquals(List.of("banVe"), bound.files().stream().map(FormFile::field).toList(), "only the form's file fields");
        assertEquals(Map.of(), FormBinder.bind(FORM, FormValues.of(Map.of("camKet", List.of("on"))), List.of()).data());
    }
}
