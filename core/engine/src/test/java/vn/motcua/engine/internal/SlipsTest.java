package vn.motcua.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.documents.ControlSheet;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.Handover;
import vn.motcua.documents.ReceiptSlip;
import vn.motcua.documents.RefusalSlip;
import vn.motcua.documents.Slip;
import vn.motcua.documents.Timeliness;
import vn.motcua.documents.TrackingBook;
import vn.motcua.documents.TrackingRow;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.EventView;
import vn.motcua.engine.Outcome;
import vn.motcua.engine.documents.DocumentKind;

/**
 * The one mapping of a dossier's history to its slips: the control sheet's rows are the hand-overs (reception, each
 * step classed against that step's deadline, return classed against the appointment), the tracking book has a row per
 * received dossier, and every slip carries the dossier's time of receipt, which picks the form regime.
 */
class SlipsTest {

    private static final Function<String, String> NAMES = code -> switch (code) {
        case "00070" -> "UBND phường Hoàn Kiếm";
        case "SXD" -> "Sở Xây dựng";
        default -> code;
    };

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(FormRegime.ZONE).toInstant();
    }

    /** A built dossier: events in order, everything else derived the way the engine records it. */
    private static final class Dossier {
        final List<EventView> events = new ArrayList<>();
        Instant submitted = at("2026-11-30T08:00");
        Instant received;
        Instant appointment;
        Instant newAppointment;
        DossierStatus status = DossierStatus.PROCESSING;
        Channel resultChannel = Channel.COUNTER;
        String address = "Phường Hoàn Kiếm, Hà Nội";

        Dossier event(String at, String actor, ActorRole role, String unit, String action, Map<String, Object> payload) {
            events.add(new EventView(events.size() + 1, at(at), actor, role, unit, action, null, status, null, false, payload));
            return this;
        }

        Dossier note(String at, String actor, String unit, String action, String note) {
            events.add(new EventView(events.size() + 1, at(at), actor, ActorRole.ONE_STOP_OFFICER, unit, action, null, status,
                    note, false, Map.of()));
            return this;
        }

        DossierView view() {
            return new DossierView("H26.00070-261130-0007", "00070", "1.013225", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
                    "2025.1", "hash", ClockPolicy.RESTART,
                    new Applicant("Đặng Văn Hùng", "001090012345", "0912345678", null, address),
                    Map.of(), Channel.COUNTER, resultChannel, status, status == DossierStatus.RETURNED ? Outcome.APPROVED : null,
                    null, null, null, null, submitted, received, appointment, newAppointment, null, null, false, null, 9,
                    EnumSet.noneOf(vn.motcua.engine.DossierAction.class), List.copyOf(events), List.of(), List.of(), List.of(), java.util.Set.of());
        }
    }

    private static Map<String, Object> step(String unit, String due, String timing) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("stepUnit", unit);
        p.put("stepDueAt", String.valueOf(at(due)));
        p.put("timing", timing);
        return p;
    }

    /** Received Monday 30/11/2026, through reception (on time), SXD (late), the leader (early), returned late. */
    private static Dossier returnedDossier() {
        Dossier d = new Dossier();
        d.received = at("2026-11-30T08:05");
        d.appointment = at("2026-12-21T08:05");
        d.newAppointment = at("2026-12-28T08:05");
        d.event("2026-11-30T08:00", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "submit", Map.of());
        d.event("2026-11-30T08:05", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "accept", Map.of());
        d.event("2026-11-30T10:00", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "forward", step("00070", "2026-11-30T12:05", "ON_TIME"));
        d.event("2026-12-16T09:00", "chuyenvien.sxd", ActorRole.SPECIALIST, "SXD", "forward", step("SXD", "2026-12-14T10:00", "LATE"));
        d.note("2026-12-16T10:00", "lanhdao.00070", "00070", "issue-apology", "Cần kiểm tra thực địa bổ sung.");
        Map<String, Object> approve = step("00070", "2026-12-21T09:00", "EARLY");
        approve.put("dossierTiming", "EARLY");
        d.event("2026-12-17T09:00", "lanhdao.00070", ActorRole.LEADER, "00070", "approve", approve);
        d.event("2026-12-17T10:00", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "result-ready", Map.of());
        d.event("2026-12-18T10:00", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "return-result", Map.of());
        d.status = DossierStatus.RETURNED;
        return d;
    }

    @Test
    void controlSheetHasOneRowPerHandOverWithItsTiming() {
        DossierView d = returnedDossier().view();
        ControlSheet sheet = (ControlSheet) Slips.of(DocumentKind.CONTROL_SHEET, d, NAMES, Optional.empty()).orElseThrow();

        List<Handover> rows = sheet.handovers();
        assertEquals(5, rows.size(), "reception, three step hand-overs, return (the apology is not a hand-over): " + rows);
        Handover reception = rows.get(0);
        assertEquals("Bộ phận Một cửa – UBND phường Hoàn Kiếm", reception.fromUnit());
        assertEquals("motcua.00070", reception.fromOfficer());
        assertEquals("UBND phường Hoàn Kiếm", reception.toUnit(), "the first step is the ward's reception step");
        assertEquals(Optional.empty(), reception.result());

        Handover toSxd = rows.get(1);
        assertEquals("UBND phường Hoàn Kiếm", toSxd.fromUnit());
        assertEquals("Sở Xây dựng", toSxd.toUnit(), "the next step's unit, from the next hand-over");
        assertEquals("chuyenvien.sxd", toSxd.toOfficer(), "the receiver is whoever acted next");
        assertEquals(Optional.of(Timeliness.ON_TIME), toSxd.result());
        assertEquals(Optional.of(at("2026-11-30T12:05")), toSxd.stepDeadline());

        Handover fromSxd = rows.get(2);
        assertEquals("Sở Xây dựng", fromSxd.fromUnit());
        assertEquals("chuyenvien.sxd", fromSxd.fromOfficer());
        assertEquals(Optional.of(Timeliness.LATE), fromSxd.result());

        Handover decision = rows.get(3);
        assertEquals("Bộ phận Một cửa – UBND phường Hoàn Kiếm", decision.toUnit(), "a decision goes back to the one-stop section");
        assertEquals(Optional.of(Timeliness.EARLY), decision.result());
        assertEquals(Optional.of("Phê duyệt"), decision.note());

        Handover returned = rows.get(4);
        assertEquals("Người nộp hồ sơ", returned.toUnit());
        assertEquals("Đặng Văn Hùng", returned.toOfficer());
        assertEquals(Optional.of(at("2026-12-28T08:05")), returned.stepDeadline(), "the return is judged against the apology's new appointment");
        assertEquals(Optional.of(Timeliness.EARLY), returned.result(), "the dossier's timing recorded with the decision");
        assertEquals(at("2026-12-28T08:05"), sheet.appointment());
    }

    @Test
    void noControlSheetOrReceiptBeforeReceipt() {
        Dossier d = new Dossier();
        d.status = DossierStatus.SUBMITTED;
        d.event("2026-11-30T08:00", "citizen", ActorRole.CITIZEN, null, "submit", Map.of());
        assertTrue(Slips.of(DocumentKind.CONTROL_SHEET, d.view(), NAMES, Optional.empty()).isEmpty());
        assertTrue(Slips.of(DocumentKind.RECEIPT, d.view(), NAMES, Optional.empty()).isEmpty());
        assertTrue(Slips.of(DocumentKind.APOLOGY, d.view(), NAMES, Optional.empty()).isEmpty());
    }

    @Test
    void trackingBookHasARowPerReceivedDossierWithReturnAndTiming() {
        DossierView returned = returnedDossier().view();
        Dossier open = new Dossier();
        open.received = at("2026-11-30T09:00");
        open.appointment = at("2026-12-21T09:00");
        open.event("2026-11-30T09:00", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "accept", Map.of());
        Dossier notReceived = new Dossier();
        notReceived.status = DossierStatus.SUBMITTED;

        TrackingBook book = Slips.trackingBook("UBND phường Hoàn Kiếm", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                List.of(returned, open.view(), notReceived.view()));

        assertEquals(2, book.rows().size(), "a dossier not received has no line in the book");
        TrackingRow first = book.rows().get(0);
        assertEquals(returned.code(), first.dossierCode());
        assertEquals("Đặng Văn Hùng", first.applicantName());
        assertEquals(at("2026-11-30T08:05"), first.receivedAt());
        assertEquals(at("2026-12-28T08:05"), first.appointment(), "the appointment in force (after the apology)");
        assertEquals(Optional.of(at("2026-12-18T10:00")), first.returnedAt());
        assertEquals(Optional.of(Timeliness.EARLY), first.timeliness());
        TrackingRow second = book.rows().get(1);
        assertEquals(Optional.empty(), second.returnedAt());
        assertEquals(Optional.empty(), second.timeliness());
        assertEquals("UBND phường Hoàn Kiếm", book.issuer().name());
    }

    @Test
    void theRegimeIsTheOneInForceWhenTheDossierWasReceivedNotWhenPrinted() {
        Dossier before = new Dossier();
        before.submitted = at("2025-06-30T15:00");
        before.received = at("2025-06-30T16:30");
        before.appointment = at("2025-07-21T16:30");
        before.event("2025-06-30T16:30", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "accept", Map.of());
        Dossier after = new Dossier();
        after.submitted = at("2025-06-30T16:00");
        after.received = at("2025-07-01T08:00");
        after.appointment = at("2025-07-22T08:00");
        after.event("2025-07-01T08:00", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "accept", Map.of());

        for (DocumentKind kind : List.of(DocumentKind.RECEIPT, DocumentKind.CONTROL_SHEET)) {
            Slip old = Slips.of(kind, before.view(), NAMES, Optional.empty()).orElseThrow();
            Slip now = Slips.of(kind, after.view(), NAMES, Optional.empty()).orElseThrow();
            assertEquals(FormRegime.DECREE_61_2018, FormRegime.at(old.receivedAt()), kind + " received 30/6/2025");
            assertEquals(FormRegime.DECREE_118_2025, FormRegime.at(now.receivedAt()), kind + " received 1/7/2025");
        }
        ReceiptSlip receipt = (ReceiptSlip) Slips.of(DocumentKind.RECEIPT, after.view(), NAMES, Optional.empty()).orElseThrow();
        assertEquals("01/2025", receipt.bookEntry().volume(), "the book of the year of receipt");
        assertEquals("motcua.00070", receipt.receiverName());

        // a refusal has no receipt: the submission decides (30/6/2025 stays under the 2018 forms even if refused later)
        Dossier refused = new Dossier();
        refused.submitted = at("2025-06-30T10:00");
        refused.status = DossierStatus.REFUSED;
        refused.note("2025-07-02T10:00", "motcua.00070", "00070", "refuse", "Không thuộc thẩm quyền.");
        RefusalSlip slip = (RefusalSlip) Slips.of(DocumentKind.REFUSAL, refused.view(), NAMES, Optional.empty()).orElseThrow();
        assertEquals(FormRegime.DECREE_61_2018, FormRegime.at(slip.receivedAt()));
        assertEquals("Không thuộc thẩm quyền.", slip.reason());
    }

    private static final Function<String, String> OFFICERS = login -> switch (login) {
        case "motcua.00070" -> "Nguyễn Thị Hoa";
        case "chuyenvien.00070" -> "Trần Văn Bình";
        case "lanhdao.00070" -> "Lê Minh Châu";
        default -> "";
    };

    @Test
    void controlSheetReceiverIsNotTheLeaderWhoApologisedBeforeTheFirstForward() {
        Dossier d = new Dossier();
        d.received = at("2026-11-30T09:00");
        d.appointment = at("2026-12-21T09:00");
        d.event("2026-11-30T09:00", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "accept", Map.of());
        d.note("2026-12-18T09:00", "lanhdao.00070", "00070", "issue-apology", "Chờ ý kiến Sở.");
        d.event("2026-12-18T10:00", "chuyenvien.00070", ActorRole.SPECIALIST, "00070", "forward",
                step("00070", "2026-12-01T09:00", "LATE"));
        ControlSheet sheet = (ControlSheet) Slips.of(DocumentKind.CONTROL_SHEET, d.view(), NAMES, OFFICERS, Optional.empty())
                .orElseThrow();
        Handover reception = sheet.handovers().get(0);
        assertEquals("Nguyễn Thị Hoa", reception.fromOfficer());
        assertEquals("Trần Văn Bình", reception.toOfficer(), "the specialist who moved it on received it, not the leader");
    }

    @Test
    void slipsPrintOfficersNamesNotLoginIds() {
        DossierView d = returnedDossier().view();
        ReceiptSlip receipt = (ReceiptSlip) Slips.of(DocumentKind.RECEIPT, d, NAMES, OFFICERS, Optional.empty()).orElseThrow();
        assertEquals("Nguyễn Thị Hoa", receipt.receiverName());
        ControlSheet sheet = (ControlSheet) Slips.of(DocumentKind.CONTROL_SHEET, d, NAMES, OFFICERS, Optional.empty()).orElseThrow();
        for (Handover h : sheet.handovers()) {
            assertTrue(!h.fromOfficer().contains(".") && !h.toOfficer().contains("."), "no login id on the sheet: " + h);
        }
        assertEquals("Lê Minh Châu", sheet.handovers().get(3).fromOfficer());
        vn.motcua.documents.ApologySlip apology = (vn.motcua.documents.ApologySlip) Slips.of(DocumentKind.APOLOGY, d, NAMES,
                OFFICERS, Optional.empty()).orElseThrow();
        assertEquals("Lê Minh Châu", apology.head().name());
    }

    @Test
    void postalReceiptNamesTheAddressAndPromisesNoDeliveryToAnAbsentOne() {
        Dossier d = new Dossier();
        d.received = at("2026-11-30T09:00");
        d.appointment = at("2026-12-21T09:00");
        d.resultChannel = Channel.POSTAL;
        d.address = "Số 12 phố Hàng Bạc, phường Hoàn Kiếm";
        d.event("2026-11-30T09:00", "motcua.00070", ActorRole.ONE_STOP_OFFICER, "00070", "accept", Map.of());
        ReceiptSlip withAddress = (ReceiptSlip) Slips.of(DocumentKind.RECEIPT, d.view(), NAMES, OFFICERS, Optional.empty()).orElseThrow();
        assertTrue(withAddress.resultPlace().contains("Số 12 phố Hàng Bạc"), withAddress.resultPlace());
        d.address = null;
        ReceiptSlip without = (ReceiptSlip) Slips.of(DocumentKind.RECEIPT, d.view(), NAMES, OFFICERS, Optional.empty()).orElseThrow();
        assertTrue(!without.resultPlace().contains("đến địa chỉ"), "no promise of delivery to an absent address: " + without.resultPlace());
    }
}
