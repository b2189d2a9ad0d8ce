package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.ReportFigure;

/**
 * The words of the engine's enums come from the bundles by a composed key ({@code status.} + the name), which the
 * literal scan of {@link MessageBundlesTest} cannot see: here every constant must have its words in both languages.
 */
class LabelsTest {

    private static final Messages VI = FakeHttp.messages();
    private static final Messages EN = Messages.load(WorkspaceServlet.MESSAGES, Locale.ENGLISH, LabelsTest.class.getClassLoader());

    @Test
    void everyConstantTheWorkspaceNamesHasItsWordsInBothBundles() throws Exception {
        List<String> keys = new ArrayList<>();
        for (DossierStatus s : DossierStatus.values()) {
            keys.add("status." + s.name());
        }
        for (DossierAction a : DossierAction.values()) {
            keys.add("action." + a.name());
            if (DossierActions.NOTED.contains(a)) {
                keys.add("actions.note." + a.name());
            }
        }
        for (Channel c : Channel.values()) {
            keys.add("channel." + c.name());
        }
        for (StaffRole r : StaffRole.values()) {
            keys.add("role." + r.name());
        }
        for (ActorRole r : ActorRole.values()) {
            keys.add("actor." + r.name());
        }
        for (ReportFigure f : ReportFigure.values()) {
            keys.add("figure." + f.name());
        }
        for (DossierSummary.Urgency u : DossierSummary.Urgency.values()) {
            if (u != DossierSummary.Urgency.NORMAL) { // no badge for normal
                keys.add("urgency." + u.name());
            }
        }
        List.of("EARLY", "ON_TIME", "LATE").forEach(t -> keys.add("timing." + t));
        for (String language : List.of("vi", "en")) {
            Properties bundle = MessageBundlesTest.bundle(language);
            List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
            assertTrue(missing.isEmpty(), "messages_" + language + " lacks " + missing);
        }
    }

    @Test
    void theWordsAreTheBundlesInTheReadersLanguage() {
        assertEquals("Đang giải quyết", Labels.status(VI, DossierStatus.PROCESSING));
        assertEquals("Being processed", Labels.status(EN, DossierStatus.PROCESSING));
        assertEquals("Trả kết quả", Labels.action(VI, DossierAction.RETURN_RESULT));
        assertEquals("Cảnh báo: sắp đến hạn", Labels.event(VI, "due-soon"));
        assertEquals("Trả kết quả", Labels.event(VI, "return-result"));
        assertEquals("unknown-event", Labels.event(VI, "unknown-event"));
        assertEquals("Bưu chính", Labels.channel(VI, Channel.POSTAL));
        assertEquals("Quá hạn", Labels.timing(VI, "LATE"));
        assertEquals("—", Labels.timing(VI, null));
        assertEquals("Đầu mối kiểm soát TTHC", Labels.role(VI, StaffRole.CONTROL_OFFICER));
        assertEquals("Hồ sơ được số hóa", FigureLabels.of(VI, ReportFigure.DIGITISED));
        assertEquals("Dossiers digitised", FigureLabels.of(EN, ReportFigure.DIGITISED));
    }

    /** The forms without wording stay for pages not moved yet; they must say exactly what the Vietnamese bundle says. */
    @Test
    @SuppressWarnings("deprecation")
    void theFormsWithoutWordingShowTheVietnameseBundle() {
        for (DossierStatus s : DossierStatus.values()) {
            assertEquals(Labels.status(VI, s), Labels.status(s));
        }
        for (DossierAction a : DossierAction.values()) {
            assertEquals(Labels.action(VI, a), Labels.action(a));
        }
        for (StaffRole r : StaffRole.values()) {
            assertEquals(Labels.role(VI, r), Labels.role(r));
        }
        for (ReportFigure f : ReportFigure.values()) {
            assertEquals(FigureLabels.of(VI, f), FigureLabels.of(f));
        }
        assertEquals(Labels.timing(VI, "EARLY"), Labels.timing("EARLY"));
    }
}
