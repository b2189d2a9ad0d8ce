package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.engine.ConcurrentChangeException;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.StaffAccessRefusedException;
import vn.motcua.engine.StaffPrincipal;
import vn.motcua.pages.i18n.Messages;

/** The engine's refusals in the officer's words, from the bundle, in one sentence per language. */
class DossierActionsTest {

    private static final Messages VI = FakeHttp.messages();
    private static final Messages EN = Messages.load(WorkspaceServlet.MESSAGES, Locale.ENGLISH, DossierActionsTest.class.getClassLoader());

    @Test
    void aMissingRoleNamesTheRoleAndTheUnitsInOneSentence() {
        StaffAccessRefusedException e = new StaffAccessRefusedException("X-1", DossierAction.ACCEPT,
                StaffPrincipal.Duty.ONE_STOP_OFFICER, Set.of("00071", "00070"));
        assertEquals("Thao tác này cần vai trò «Cán bộ một cửa» tại đơn vị 00070 hoặc 00071; tài khoản không có vai trò đó"
                + " tại đơn vị đó.", DossierActions.refusal(VI, DossierAction.ACCEPT, e));
        assertEquals("This action needs the role «One-stop officer» at unit 00070 or 00071; the account does not hold that"
                + " role there.", DossierActions.refusal(EN, DossierAction.ACCEPT, e));
    }

    @Test
    void aConcurrentChangeIsRefusedInTheReadersLanguage() {
        ConcurrentChangeException e = new ConcurrentChangeException("X-1", "version 3 expected");
        assertEquals("Hồ sơ vừa được người khác thay đổi; hãy xem lại rồi thao tác lại.", DossierActions.refusal(VI, DossierAction.FORWARD, e));
        assertNotEquals(DossierActions.refusal(VI, DossierAction.FORWARD, e), DossierActions.refusal(EN, DossierAction.FORWARD, e));
    }

    @Test
    void anythingElseIsNotARefusalAndIsRethrown() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThrows(IllegalStateException.class, () -> DossierActions.refusal(VI, DossierAction.FORWARD, bug));
    }
}
