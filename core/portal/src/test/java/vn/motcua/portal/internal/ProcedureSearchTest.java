package vn.motcua.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.UnitLevel;

/**
 * Issue 13: the home page searched units only and a unit's catalogue matched the folded name exactly, so "sao y",
 * "giấy khai sinh" or "dang ki khai sinh" found nothing. The vocabulary is the shipped {@code config/portal-search.conf}.
 */
class ProcedureSearchTest {

    static ProcedureDefinition procedure(String code, String name, String field) {
        return new ProcedureDefinition(code, name, field, "1.0.0", new Applicability(UnitLevel.COMMUNE, List.of()),
                new Disclosure(null, null, null, TimeLimit.sameDay(), null, null, null, null, null), null, null, null, null);
    }

    static final ProcedureDefinition KHAI_SINH = procedure("1.001193", "Đăng ký khai sinh", "Hộ tịch");
    static final ProcedureDefinition CHUNG_THUC = procedure("2.000815",
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận", "Chứng thực");
    static final ProcedureDefinition HO_KINH_DOANH = procedure("2.000575", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh");
    static final ProcedureDefinition XAY_DUNG = procedure("1.009974", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Xây dựng");
    static final List<ProcedureDefinition> ALL = List.of(CHUNG_THUC, HO_KINH_DOANH, KHAI_SINH, XAY_DUNG);

    static final ProcedureSearch SEARCH = shipped();

    static ProcedureSearch shipped() {
        try {
            SearchVocabulary v = SearchVocabulary.read(Path.of("../../config/portal-search.conf"));
            assertTrue(!v.rules().isEmpty(), "the shipped vocabulary was read");
            return new ProcedureSearch(v);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> find(String query) {
        return SEARCH.find(query, ALL, d -> d).stream().map(ProcedureDefinition::code).toList();
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        assertEquals(List.of("1.001193"), find("DANG KY KHAI SINH"));
        assertEquals(List.of("1.001193"), find("đăng ký khai sinh"));
    }

    @Test
    void aTypoPerWordIsForgiven() {
        assertEquals(List.of("1.001193"), find("dang ki khai sinh"));
        assertEquals(List.of("1.001193"), find("dnag ky khia sinh"));
        assertEquals(List.of("1.009974"), find("giay phep xay dugn"));
    }

    @Test
    void everydayPhrasesFromTheConfigurationFindTheLegalName() {
        assertEquals(List.of("2.000815"), find("sao y"));
        assertEquals(List.of("2.000815"), find("sao y bản chính"));
        assertEquals(List.of("1.001193"), find("giấy khai sinh"));
        assertEquals(List.of("1.001193"), find("làm giấy khai sinh ở đâu"));
        assertEquals(List.of("1.009974"), find("xin phép xây nhà"));
        assertEquals(List.of("2.000575"), find("mo cua hang"));
    }

    @Test
    void anUnfinishedWordAndTheCodeMatch() {
        assertEquals(List.of("1.001193"), find("khai si"));
        assertEquals(List.of("1.001193"), find("1.001193"));
    }

    @Test
    void everyWordMustMatchSoUnrelatedProceduresStayOut() {
        assertEquals(List.of(), find("kết hôn"));
        assertEquals(List.of(), find("thủ tục"), "filler words alone find nothing rather than everything");
        assertEquals(ALL, SEARCH.find("", ALL, d -> d), "no query lists everything");
    }

    @Test
    void aBrokenVocabularyLineIsRefusedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchVocabulary.parse(List.of("# ok", "sao y chứng thực"), "portal-search.conf"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void unitContactsShowOnlyWhatIsFilledIn() throws Exception {
        UnitContacts shipped = UnitContacts.read(Path.of("../../config/unit-contacts.csv"));
        assertEquals(UnitContacts.Contact.UNKNOWN, shipped.of("00070"), "the shipped file invents no address or phone number");
        UnitContacts filled = UnitContacts.parse(List.of("code,address,hotline", "00070,\"Số 1, phố A\",", "00082,,024 0000"), "x");
        assertEquals("Số 1, phố A", filled.of("00070").address().orElseThrow());
        assertTrue(filled.of("00070").hotline().isEmpty());
        assertEquals("024 0000", filled.of("00082").hotline().orElseThrow());
    }
}
