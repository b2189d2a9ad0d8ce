package vn.motcua.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.engine.DossierAction.ACCEPT;
import static vn.motcua.engine.DossierAction.APPROVE;
import static vn.motcua.engine.DossierAction.FORWARD;
import static vn.motcua.engine.DossierAction.REFUSE;
import static vn.motcua.engine.DossierAction.REJECT;
import static vn.motcua.engine.DossierAction.REQUEST_SUPPLEMENT;
import static vn.motcua.engine.DossierAction.SUPPLEMENT_RECEIVED;
import static vn.motcua.engine.DossierAction.WITHDRAW;
import static vn.motcua.reports.internal.ReportFixture.PERMIT;
import static vn.motcua.reports.internal.ReportFixture.THREE_UNITS;
import static vn.motcua.reports.internal.ReportFixture.WARD;
import static vn.motcua.reports.internal.ReportFixture.at;
import static vn.motcua.reports.internal.ReportFixture.leader;
import static vn.motcua.reports.internal.ReportFixture.officer;
import static vn.motcua.reports.internal.ReportFixture.sxd;
import static vn.motcua.reports.internal.ReportFixture.specialist;
import static vn.motcua.reports.internal.ReportFixture.tnmt;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.Actor;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;
import vn.motcua.storage.TestDatabases;

/**
 * Figures of a small fixed data set, computed by hand, against the real engine's events: every category, a dossier
 * through three units, one late after an apology, one stopped for a supplement over the 30/4–3/5 holidays of 2026.
 */
class ReportFiguresTest {

    /** Monday 1 June 2026, 09:00 in Hanoi: the moment of the report. */
    static final Instant NOW = at("2026-06-01T09:00");
    static final ReportFilter WARD_APRIL_MAY = new ReportFilter(List.of(WARD), null, 202604, 202605);

    @TempDir
    Path dir;

    /** The data set; returns the codes D1…D9 by name. */
    static Map<String, String> load(ReportFixture f) {
        // D1: online, partly-online procedure through the ward, SXD and TNMT, every hand-over early, approved early.
        String d1 = f.submit(THREE_UNITS, Channel.ONLINE, "2026-04-06T09:00", false);
        f.act(d1, "2026-04-06T09:30", ACCEPT, officer());
        f.act(d1, "2026-04-06T10:00", FORWARD, specialist());
        f.act(d1, "2026-04-06T11:00", FORWARD, sxd());
        f.act(d1, "2026-04-06T14:00", FORWARD, tnmt());
        f.act(d1, "2026-04-06T15:00", APPROVE, leader());
        // D2: counter; apology with a new appointment; appraisal handed over late; decided after the original appointment.
        String d2 = f.submit(PERMIT, Channel.COUNTER, "2026-04-06T09:00", true);
        f.act(d2, "2026-04-20T09:00", ActionCommand.of(vn.motcua.engine.DossierAction.ISSUE_APOLOGY, leader())
                .withNote("Cần xác minh thêm hiện trạng công trình").withNewAppointment(at("2026-05-20T17:00")));
        f.act(d2, "2026-04-24T09:00", FORWARD, specialist());
        f.act(d2, "2026-04-24T10:00", FORWARD, sxd());
        f.act(d2, "2026-05-06T09:00", APPROVE, leader());
        // D3: postal; supplement requested Wed 29/4, completed Mon 4/5 across the holidays; approved Tue 5/5.
        String d3 = f.submit(PERMIT, Channel.POSTAL, "2026-04-27T09:00", true);
        f.act(d3, "2026-04-29T09:00", ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Bổ sung bản vẽ mặt bằng"));
        f.act(d3, "2026-05-04T09:00", SUPPLEMENT_RECEIVED, officer());
        f.act(d3, "2026-05-04T09:00", FORWARD, specialist());
        f.act(d3, "2026-05-04T09:00", FORWARD, sxd());
        f.act(d3, "2026-05-05T09:00", APPROVE, leader());
        // D4: online, refused at reception.
        String d4 = f.submit(THREE_UNITS, Channel.ONLINE, "2026-04-07T09:00", false);
        f.act(d4, "2026-04-07T10:00", ActionCommand.of(REFUSE, officer()).withNote("Không thuộc thẩm quyền"));
        // D5: counter, withdrawn by the applicant without a reason.
        String d5 = f.submit(PERMIT, Channel.COUNTER, "2026-04-07T09:00", true);
        f.act(d5, "2026-04-08T09:00", ActionCommand.of(WITHDRAW, Actor.citizen()).withSecondFactor(ReportFixture.PHONE));
        // D6: counter, rejected after appraisal.
        String d6 = f.submit(PERMIT, Channel.COUNTER, "2026-04-08T09:00", true);
        f.act(d6, "2026-04-08T10:00", ActionCommand.of(REJECT, specialist()).withNote("Không phù hợp quy hoạch"));
        // D7: online, fully-online procedure; guidance to complete given at reception, completed, awaiting the counter.
        // (A second guidance at reception is refused by the engine since decision 1300; see the test of SUPPLEMENT_TWICE.)
        String d7 = f.submit(PERMIT, Channel.ONLINE, "2026-04-09T09:00", false);
        f.act(d7, "2026-04-09T10:00", ActionCommand.of(REQUEST_SUPPLEMENT, officer()).withNote("Thiếu bản vẽ"));
        f.act(d7, "2026-04-10T10:00", ActionCommand.of(SUPPLEMENT_RECEIVED, Actor.citizen()).withSecondFactor(ReportFixture.PHONE));
        // D8: counter, received 9 April and still at appraisal on 1 June: overdue, no apology.
        String d8 = f.submit(PERMIT, Channel.COUNTER, "2026-04-09T09:00", true);
        // D9: counter, received 25 May, in progress on time.
        String d9 = f.submit(PERMIT, Channel.COUNTER, "2026-05-25T09:00", true);
        f.clock.set(NOW);
        return Map.of("D1", d1, "D2", d2, "D3", d3, "D4", d4, "D5", d5, "D6", d6, "D7", d7, "D8", d8, "D9", d9);
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void everyFigureOfTheFixedDataSetMatchesTheHandCount(TestDatabases db) {
        try (ReportFixture f = new ReportFixture(db, dir)) {
            Map<String, String> d = load(f);
            assertEquals(9, f.rollUp.run());
            FigureRow total = f.reports.figures(WARD_APRIL_MAY, ReportGrouping.TOTAL, NOW).get(0);
            Map<ReportFigure, Long> expected = new EnumMap<>(ReportFigure.class);
            expected.put(ReportFigure.RECEIVED, 9L);
            expected.put(ReportFigure.RECEIVED_COUNTER, 5L);        // D2 D5 D6 D8 D9
            expected.put(ReportFigure.RECEIVED_POSTAL, 1L);         // D3
            expected.put(ReportFigure.RECEIVED_ONLINE_PARTIAL, 2L); // D1 D4
            expected.put(ReportFigure.RECEIVED_ONLINE_FULL, 1L);    // D7
            expected.put(ReportFigure.SUPPLEMENT_REQUESTED, 2L);    // D3 D7
            expected.put(ReportFigure.APOLOGIZED, 1L);              // D2
            expected.put(ReportFigure.SUPPLEMENT_TWICE, 0L);        // the engine refuses a second guidance (decision 1300)
            expected.put(ReportFigure.LATE_HANDOVER, 1L);           // D2: its appraisal and its signature
            expected.put(ReportFigure.DIGITISED, 0L);               // no file attached
            expected.put(ReportFigure.PAID_ONLINE, 0L);             // online payment off in this data set (decision 1130)
            expected.put(ReportFigure.FINISHED, 4L);                // D1 D2 D3 D6
            expected.put(ReportFigure.FINISHED_EARLY, 3L);          // D1 D3 D6
            expected.put(ReportFigure.FINISHED_ON_TIME, 0L);
            expected.put(ReportFigure.FINISHED_LATE, 1L);           // D2, against its original appointment
            expected.put(ReportFigure.REJECTED, 1L);                // D6
            expected.put(ReportFigure.REFUSED, 1L);                 // D4
            expected.put(ReportFigure.WITHDRAWN, 1L);               // D5
            expected.put(ReportFigure.LATE_WITHOUT_APOLOGY, 0L);    // D2 apologised
            expected.put(ReportFigure.STOP_WITHOUT_REASON, 1L);     // D5
            expected.put(ReportFigure.IN_PROGRESS_ON_TIME, 1L);     // D9
            expected.put(ReportFigure.IN_PROGRESS_OVERDUE, 1L);     // D8
            expected.put(ReportFigure.DUE_SOON, 0L);
            expected.put(ReportFigure.OVERDUE_WITHOUT_APOLOGY, 1L); // D8
            assertEquals(expected, new EnumMap<>(total.counts()));

            // the dossiers behind each number are exactly the ones named above
            assertEquals(codes(d, "D2", "D5", "D6", "D8", "D9"), behind(f, ReportFigure.RECEIVED_COUNTER));
            assertEquals(codes(d, "D1", "D3", "D6"), behind(f, ReportFigure.FINISHED_EARLY));
            assertEquals(codes(d, "D2"), behind(f, ReportFigure.FINISHED_LATE));
            assertEquals(List.of(), behind(f, ReportFigure.SUPPLEMENT_TWICE));
            assertEquals(codes(d, "D5"), behind(f, ReportFigure.STOP_WITHOUT_REASON));
            assertEquals(codes(d, "D8"), behind(f, ReportFigure.OVERDUE_WITHOUT_APOLOGY));
            // the metrics endpoint's overdue count per unit uses the same definition (decision 1404)
            assertEquals(Map.of(WARD_APRIL_MAY.units().get(0), 1L), f.reports.overdueByUnit(NOW));

            // months: D9 arrived in May; D2 and D3 were decided in May
            Map<String, FigureRow> byMonth = f.reports.figures(WARD_APRIL_MAY, ReportGrouping.MONTH, NOW).stream()
                    .collect(Collectors.toMap(FigureRow::key, r -> r));
            assertEquals(8, byMonth.get("202604").count(ReportFigure.RECEIVED));
            assertEquals(1, byMonth.get("202605").count(ReportFigure.RECEIVED));
            assertEquals(2, byMonth.get("202604").count(ReportFigure.FINISHED));
            assertEquals(2, byMonth.get("202605").count(ReportFigure.FINISHED));
        }
    }

    /**
     * The one second guidance the engine allows (after another agency sent the dossier back, decision 1300) is still
     * listed for the control officer, who checks that the send-back justified it.
     */
    @Test
    void aSecondGuidanceAfterAnotherAgencysSendBackIsListedForControl() {
        try (ReportFixture f = new ReportFixture(TestDatabases.H2, dir)) {
            String d10 = f.submit(PERMIT, Channel.COUNTER, "2026-04-14T09:00", true);
            f.act(d10, "2026-04-14T10:00", ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Thiếu bản vẽ"));
            f.act(d10, "2026-04-15T09:00", SUPPLEMENT_RECEIVED, officer());
            f.act(d10, "2026-04-15T10:00", FORWARD, specialist());
            f.act(d10, "2026-04-16T09:00", ActionCommand.of(vn.motcua.engine.DossierAction.SEND_BACK, sxd()).withNote("Cần bản vẽ kết cấu"));
            f.act(d10, "2026-04-16T10:00", ActionCommand.of(REQUEST_SUPPLEMENT, specialist()).withNote("Bổ sung bản vẽ kết cấu theo Sở Xây dựng"));
            f.clock.set(NOW);
            f.rollUp.run();
            assertEquals(List.of(d10), behind(f, ReportFigure.SUPPLEMENT_TWICE));
            assertEquals(1, f.reports.figures(WARD_APRIL_MAY, ReportGrouping.TOTAL, NOW).get(0).count(ReportFigure.SUPPLEMENT_REQUESTED));
        }
    }

    @Test
    void theDossierThroughThreeUnitsHandsOverAtEachUnitAndCountsForTheOfficers() {
        try (ReportFixture f = new ReportFixture(TestDatabases.H2, dir)) {
            Map<String, String> d = load(f);
            f.rollUp.run();
            List<HandoverFactRecord> h = f.store.inTransaction(tx -> tx.dossier(d.get("D1"))).map(x -> {
                FactFolder.Folded folded = f.store.inTransaction(tx -> f.folder.fold(x, tx.events(x.code())));
                return folded.handovers();
            }).orElseThrow();
            assertEquals(List.of(WARD, "SXD", "TNMT", WARD), h.stream().map(HandoverFactRecord::unitCode).toList());
            assertTrue(h.stream().allMatch(x -> x.timing().equals("EARLY")));
            List<OfficerFigures> tnmt = f.reports.officers(new ReportFilter(List.of("TNMT"), null, 202604, 202605), 10);
            assertEquals(List.of(new OfficerFigures("tnmt01", "TNMT", 1, 0, 0)), tnmt);
            List<HandoverFactRecord> late = f.reports.lateHandovers(WARD_APRIL_MAY, 10);
            // D2's appraisal (40 h from 6/4, handed over 24/4) and signature (16 h from 24/4, signed 6/5) were late
            assertEquals(List.of(d.get("D2"), d.get("D2")), late.stream().map(HandoverFactRecord::dossierCode).toList());
            assertEquals(List.of("lanhdao01", "chuyenvien01"), late.stream().map(HandoverFactRecord::actor).toList());
            assertEquals(2, f.reports.fact(d.get("D2")).orElseThrow().lateHandovers());
        }
    }

    @Test
    void aStopForASupplementOverTheHolidaysCountsNoWorkingTime() {
        try (ReportFixture f = new ReportFixture(TestDatabases.H2, dir)) {
            Map<String, String> d = load(f);
            f.rollUp.run();
            DossierFactRecord d3 = f.reports.fact(d.get("D3")).orElseThrow();
            // Mon 27/4/2026 is the day off for Giỗ Tổ (Sun 26/4), so the clock runs from Tue 28/4 08:00: 8 h + 1 h until
            // the stop on Wed 29/4 09:00; stopped until Mon 4/5 09:00 (30/4 – 3/5 are holidays and a weekend anyway);
            // Mon 09:00 → Tue 09:00 is 8 more: 17 working hours used.
            assertEquals(17 * 60, d3.usedMinutes());
            // restart policy (Decree 297/2025): 15 working days from the completion, plus the 9 h before the stop
            assertEquals(9 * 60 + 15 * 8 * 60, d3.limitMinutes());
            assertEquals("EARLY", d3.timing());
            DossierFactRecord d2 = f.reports.fact(d.get("D2")).orElseThrow();
            assertEquals("LATE", d2.timing());
            assertEquals(1, d2.apologies());
            assertEquals(at("2026-05-20T17:00"), d2.newDueAt());
            assertTrue(d2.usedMinutes() > d2.limitMinutes(), "late means more working time used than allowed");
        }
    }

    private static List<String> codes(Map<String, String> d, String... names) {
        return java.util.Arrays.stream(names).map(d::get).sorted().toList();
    }

    private static List<String> behind(ReportFixture f, ReportFigure figure) {
        return f.reports.dossiers(WARD_APRIL_MAY, figure, NOW, 0, 100).stream().map(DossierFactRecord::dossierCode).sorted().toList();
    }
}
