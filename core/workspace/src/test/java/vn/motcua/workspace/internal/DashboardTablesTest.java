package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.storage.OfficerFigures;

/** The dashboard's tables, on the page and in CSV/XLSX files alike, take their titles from the reader's bundle. */
class DashboardTablesTest {

    @Test
    void columnTitlesOfAnExportAreTheVietnameseOfTheBundle() {
        var t = DashboardTables.officers(FakeHttp.messages(), List.<OfficerFigures>of());
        assertEquals("Theo cán bộ", t.title());
        assertEquals(List.of("Cán bộ", "Đơn vị", "Lượt chuyển giao", "Trước hạn", "Đúng hạn", "Quá hạn"), t.columns());
    }

    @Test
    void columnTitlesAreTranslated() {
        Messages en = Messages.load(WorkspaceServlet.MESSAGES, Locale.ENGLISH, DashboardTablesTest.class.getClassLoader());
        var t = DashboardTables.officers(en, List.<OfficerFigures>of());
        assertEquals("By officer", t.title());
        assertEquals(List.of("Officer", "Unit", "Hand-overs", "Early", "On time", "Late"), t.columns());
    }
}
