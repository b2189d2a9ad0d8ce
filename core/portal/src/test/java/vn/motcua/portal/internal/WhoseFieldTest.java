package vn.motcua.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.pages.form.FormErrors;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.form.FormWording;
import vn.motcua.pages.html.Html;

/**
 * Issue 13: an error said "Trường «Số định danh cá nhân» …" without saying whose (the mother's, the father's or the
 * requester's), and the citizen typed the same phone and ID twice (applicant block, then declaration).
 */
class WhoseFieldTest {

    private static final FormWording VI = CitizenForm.wording(Lang.VI);

    private static Field field(String id, String label, FieldType type) {
        return new Field(id, label, type, true, null, null, null, null, null, null, null, null, List.of(), false,
                null, List.of(), null, null, null, Map.of());
    }

    static final Field PARENTS = new Field("chaMe", "Thông tin cha, mẹ", FieldType.GROUP, true, null, null, null, null, null,
            null, null, null, List.of(), false, null, List.of(field("soDinhDanh", "Số định danh cá nhân", FieldType.CITIZEN_ID)),
            1, 2, null, Map.of());
    static final List<Field> FORM = List.of(PARENTS, field("soDinhDanh", "Số định danh cá nhân của người yêu cầu", FieldType.CITIZEN_ID),
            field("soDienThoai", "Số điện thoại", FieldType.PHONE), field("soDienThoaiKhac", "Số điện thoại khác", FieldType.PHONE));

    @Test
    void everyErrorNamesWhoseFieldItIs() {
        assertEquals("Thông tin cha, mẹ (mục 2) – Trường «Số định danh cá nhân» sai.",
                FormErrors.withOwner(FormErrors.owner(FORM, "chaMe[1].soDinhDanh", VI), "Trường «Số định danh cá nhân» sai."));
        assertEquals("Người nộp hồ sơ", FormErrors.owner(FORM, "applicant.phone", VI));
        assertEquals("Nội dung tờ khai", FormErrors.owner(FORM, "soDinhDanh", VI));
        assertNull(FormErrors.owner(FORM, "khongCo", VI));
        assertEquals("Lỗi.", FormErrors.withOwner(null, "Lỗi."));
    }

    @Test
    void theBrowserIsGivenTheSameOwnerTheServerWrites() {
        Html h = new Html();
        CitizenForm.renderer(Lang.VI, LocalDate.of(2026, 12, 4)).fields(h, FORM, FormValues.empty(), Map.of(), "Nội dung tờ khai");
        String page = h.toString();
        assertTrue(page.contains("name=\"chaMe[1].soDinhDanh\" required data-check data-label=\"Số định danh cá nhân\" data-owner=\"Thông tin cha, mẹ (mục 2)\"")
                || page.contains("data-owner=\"Thông tin cha, mẹ (mục 2)\""), page);
        assertTrue(page.contains("name=\"soDienThoai\"") && page.contains("data-owner=\"Nội dung tờ khai\""), page);
    }

    /** Issue 13: the browser said "Vui lòng nhập «…»" where the server said "Trường «…» là bắt buộc, vui lòng nhập." */
    @Test
    void theBrowserIsGivenTheServersOwnWordsForEachRule() {
        List<Field> form = List.of(field("soDienThoai", "Số điện thoại", FieldType.PHONE));
        Html h = new Html();
        CitizenForm.renderer(Lang.VI, LocalDate.of(2026, 12, 4)).fields(h, form, FormValues.empty(), Map.of(), null);
        String page = h.toString();
        vn.motcua.descriptor.FormValidation validation = new vn.motcua.descriptor.FormValidation();
        String missing = validation.validate(new vn.motcua.api.procedure.Form(form), Map.of(), LocalDate.of(2026, 12, 4))
                .errors().get(0).message();
        String wrong = validation.validate(new vn.motcua.api.procedure.Form(form), Map.of("soDienThoai", "0123"), LocalDate.of(2026, 12, 4))
                .errors().get(0).message();
        assertTrue(page.contains("data-msg-required=\"" + missing + "\""), missing + " in " + page);
        assertTrue(page.contains("data-msg-phone=\"" + wrong + "\""), wrong + " in " + page);
    }

    @Test
    void theApplicantsDetailsFillTheDeclarationOnce() {
        assertEquals(Map.of("applicant.citizenId", "soDinhDanh", "applicant.phone", "soDienThoai"), AskOnce.targets(FORM));
        FormValues filled = AskOnce.fill(FORM, FormValues.ofArrays(Map.of("applicant.phone", new String[] {"0912345678"},
                "applicant.citizenId", new String[] {"001195012345"}, "soDinhDanh", new String[] {"079195000001"})));
        assertEquals("0912345678", filled.first("soDienThoai"), "an empty declaration field takes the applicant's value");
        assertEquals("079195000001", filled.first("soDinhDanh"), "a value the citizen typed is kept");
        assertNull(filled.first("soDienThoaiKhac"), "only the first field of a type is filled");
    }
}
