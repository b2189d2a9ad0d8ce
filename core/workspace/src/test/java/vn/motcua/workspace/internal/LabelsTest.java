package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.postal.Shipment;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.FigureRow;
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

    /** The workspace shows the post's own words for an order in the reader's language, like the citizen's page. */
    @Test
    void aPostalOrderIsNamedInTheReadersLanguage() {
        Shipment pickup = new Shipment("PICKUP", "EP1", 22000L, "IN_TRANSIT", null, Instant.EPOCH, Instant.EPOCH);
        assertEquals("Thu gom hồ sơ tại địa chỉ người nộp", Labels.shipmentKind(VI, pickup));
        assertEquals("Delivery of the result to the applicant's address",
                Labels.shipmentKind(EN, new Shipment("DELIVERY", null, null, "ORDERED", null, Instant.EPOCH, Instant.EPOCH)));
        assertEquals("Đang vận chuyển", Labels.shipmentStatus(VI, pickup));
        assertEquals("In transit", Labels.shipmentStatus(EN, pickup));
        assertEquals("HELD_AT_OFFICE", Labels.shipmentStatus(EN,
                new Shipment("PICKUP", "EP1", null, "HELD_AT_OFFICE", null, Instant.EPOCH, Instant.EPOCH)));
    }

    @Test
    void everyStatusThePostReportsHasItsWordsInBothBundles() {
        for (String status : List.of("ORDERED", "ACCEPTED", "PICKED_UP", "IN_TRANSIT", "DELIVERED", "RETURNED", "CANCELLED")) {
            Shipment s = new Shipment("PICKUP", null, null, status, null, Instant.EPOCH, Instant.EPOCH);
            assertNotEquals(status, Labels.shipmentStatus(VI, s));
            assertNotEquals(status, Labels.shipmentStatus(EN, s));
        }
    }

    /** Roles and figures on the console and the dashboard follow the reader, not a fixed Vietnamese. */
    @Test
    void rolesAndFiguresFollowTheReader() {
        Set<RoleGrant> grants = Set.of(new RoleGrant("00070", StaffRole.LEADER), new RoleGrant("SXD", StaffRole.SPECIALIST));
        assertEquals(Labels.role(VI, StaffRole.LEADER) + " – 00070, " + Labels.role(VI, StaffRole.SPECIALIST) + " – SXD",
                RoleChoices.grants(VI, grants));
        assertEquals(Labels.role(EN, StaffRole.LEADER) + " – 00070, " + Labels.role(EN, StaffRole.SPECIALIST) + " – SXD",
                RoleChoices.grants(EN, grants));
        assertNotEquals(RoleChoices.grants(VI, grants), RoleChoices.grants(EN, grants));
        FigureRow row = new FigureRow("00070", Map.of(ReportFigure.DIGITISED, 2L), 0, 0, 0);
        assertTrue(DashboardTables.summary(EN, row).rows().stream().anyMatch(r -> r.get(0).equals("Dossiers digitised")));
        assertTrue(DashboardTables.summary(VI, row).rows().stream().anyMatch(r -> r.get(0).equals("Hồ sơ được số hóa")));
    }
}
