package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.hook.FieldError;
import vn.motcua.engine.DossierSummary.Urgency;
import vn.motcua.engine.feedback.FeedbackItem;
import vn.motcua.engine.feedback.FeedbackOfficer;
import vn.motcua.engine.feedback.FeedbackRefusedException;
import vn.motcua.engine.feedback.FeedbackRefusedException.Reason;
import vn.motcua.engine.feedback.FeedbackStep;
import vn.motcua.engine.internal.StoredFeedbackDesk;
import vn.motcua.storage.FeedbackDeskStore;
import vn.motcua.storage.FeedbackEventRecord;
import vn.motcua.storage.FeedbackRecord;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.JdbiFeedbackDeskStore;

/** The staff side of feedback over the real store and the shipped calendar (2026 holidays). */
class FeedbackDeskTest {

    /** Thursday 27 August 2026, 09:00 in Hanoi: the long weekend of Quốc khánh 29/08 – 02/09 follows. */
    static final Instant THURSDAY_BEFORE_NATIONAL_DAY = Instant.parse("2026-08-27T02:00:00Z");

    static final FeedbackOfficer WARD_OFFICER = new FeedbackOfficer("chuyenvien.00070", Set.of("00070"), Set.of(), false);
    static final FeedbackOfficer WARD_LEADER = new FeedbackOfficer("lanhdao.00070", Set.of("00070"), Set.of("00070"), false);
    static final FeedbackOfficer SXD_OFFICER = new FeedbackOfficer("chuyenvien.sxd", Set.of("SXD"), Set.of(), false);
    static final FeedbackOfficer SXD_LEADER = new FeedbackOfficer("lanhdao.sxd", Set.of("SXD"), Set.of("SXD"), false);
    static final FeedbackOfficer OTHER_WARD = new FeedbackOfficer("motcua.00082", Set.of("00082"), Set.of("00082"), false);
    static final FeedbackOfficer CITY = new FeedbackOfficer("admin", Set.of(), Set.of(), true);

    @TempDir
    Path dir;

    private StoredFeedbackDesk desk(EngineFixture f, int days) {
        return new StoredFeedbackDesk(new JdbiFeedbackDeskStore(f.store), f.calendar, code -> Set.of("00070", "00082", "SXD").contains(code), days, f.clock);
    }

    /** Feedback as the citizen desk stores it: with its deadline and RECEIVED event. */
    private static void received(EngineFixture f, String ref, Instant at) {
        FeedbackDeskStore store = new JdbiFeedbackDeskStore(f.store);
        store.receive(new FeedbackRecord(ref, "PROCEDURE", "00070", "1.013225", null, "Nguyễn Văn A", "h".repeat(64),
                "Hồ sơ cấp phép xây dựng chậm", "OPEN", at, null, null, null),
                dueOf(f, 3, at), new FeedbackEventRecord("RECEIVED", "citizen", "00070", null, null, at));
    }

    private static Instant dueOf(EngineFixture f, int days, Instant at) {
        return f.calendar.deadline(vn.motcua.calendar.DeadlineRequest.of("00070", at, vn.motcua.api.procedure.TimeLimit.workingDays(days))).due();
    }

    /**
     * 3 working days = 24 working hours from Thursday 27/08 09:00: Thursday 7 h, Friday 28/08 8 h, then Saturday 29/08
     * to Wednesday 02/09 are off (weekend, Monday 31/08 given off, Quốc khánh 01–02/09), Thursday 03/09 8 h, and the
     * last hour on Friday 04/09: due 04/09 09:00. Due soon from one working day before: Thursday 03/09 09:00.
     */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theResponseDeadlineSkipsTheNationalDayHolidayAndTurnsDueSoonThenOverdue(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            f.clock.set(THURSDAY_BEFORE_NATIONAL_DAY);
            StoredFeedbackDesk desk = desk(f, 3);
            received(f, "PA-1", THURSDAY_BEFORE_NATIONAL_DAY);
            Instant expected = Instant.parse("2026-09-04T02:00:00Z");
            assertEquals(expected, dueOf(f, 3, THURSDAY_BEFORE_NATIONAL_DAY), "hand-computed deadline");
            assertEquals(expected, desk.find(WARD_OFFICER, "PA-1").orElseThrow().dueAt());
            assertEquals(Urgency.NORMAL, desk.inbox(WARD_OFFICER, true).get(0).urgency());
            f.clock.set(Instant.parse("2026-09-02T09:00:00Z")); // the holiday itself: still more than a working day left
            assertEquals(Urgency.NORMAL, desk.inbox(WARD_OFFICER, true).get(0).urgency());
            f.clock.set(Instant.parse("2026-09-03T03:00:00Z")); // Thursday 03/09 10:00
            assertEquals(Urgency.DUE_SOON, desk.inbox(WARD_OFFICER, true).get(0).urgency());
            f.clock.set(Instant.parse("2026-09-04T03:00:00Z")); // Friday 04/09 10:00
            assertEquals(Urgency.OVERDUE, desk.inbox(WARD_OFFICER, true).get(0).urgency());
            FeedbackItem late = desk.answer(WARD_OFFICER, "PA-1", "Đã kiểm tra", false);
            assertTrue(late.answeredLate());
            assertEquals(Urgency.NORMAL, late.urgency(), "an answered feedback is no longer urgent");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void onlyTheResponsibleUnitSeesItAndAForwardNeedsAReasonAndMovesItWithItsHistory(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            f.clock.set(THURSDAY_BEFORE_NATIONAL_DAY);
            StoredFeedbackDesk desk = desk(f, 3);
            received(f, "PA-1", THURSDAY_BEFORE_NATIONAL_DAY);
            assertTrue(desk.find(OTHER_WARD, "PA-1").isEmpty(), "another ward does not see it");
            assertEquals(List.of(), desk.inbox(SXD_OFFICER, false));
            assertEquals(1, desk.inbox(CITY, true).size(), "a city administrator sees every unit's");
            assertEquals(Reason.NOT_FOUND, assertThrows(FeedbackRefusedException.class,
                    () -> desk.answer(OTHER_WARD, "PA-1", "không phải việc của tôi", false)).reason());

            assertEquals(Reason.NOT_LEADER, assertThrows(FeedbackRefusedException.class,
                    () -> desk.assign(WARD_OFFICER, "PA-1", "motcua.00070")).reason(), "an officer takes it, a leader gives it");
            assertEquals("chuyenvien.00070", desk.assign(WARD_OFFICER, "PA-1", "chuyenvien.00070").assignedTo());
            assertEquals("motcua.00070", desk.assign(WARD_LEADER, "PA-1", "motcua.00070").assignedTo());

            InvalidSubmissionException bad = assertThrows(InvalidSubmissionException.class,
                    () -> desk.forward(WARD_OFFICER, "pa-1", "00070", " "));
            assertEquals(List.of("toUnit", "reason"), bad.errors().stream().map(FieldError::field).toList());
            assertEquals("not_found", assertThrows(InvalidSubmissionException.class,
                    () -> desk.forward(WARD_OFFICER, "PA-1", "XYZ", "lý do")).errors().get(0).code());

            f.clock.set(Instant.parse("2026-08-28T02:00:00Z"));
            FeedbackItem moved = desk.forward(WARD_OFFICER, "PA-1", "sxd", "Giấy phép do Sở Xây dựng cấp");
            assertEquals("SXD", moved.unitCode());
            assertNull(moved.assignedTo());
            assertEquals(Instant.parse("2026-09-04T02:00:00Z"), moved.dueAt(), "a forward does not restart the deadline");
            assertTrue(desk.find(WARD_OFFICER, "PA-1").isEmpty(), "the ward no longer holds it");
            FeedbackItem atSxd = desk.find(SXD_OFFICER, "PA-1").orElseThrow();
            FeedbackStep forward = atSxd.history().get(3);
            assertEquals(List.of("RECEIVED", "ASSIGNED", "ASSIGNED", "FORWARDED"), atSxd.history().stream().map(FeedbackStep::action).toList());
            assertEquals("00070", forward.unitCode());
            assertEquals("SXD", forward.toUnit());
            assertEquals("Giấy phép do Sở Xây dựng cấp", forward.note());
            assertEquals("chuyenvien.00070", forward.actor());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void onlyALeaderPublishesAnAnswerAndThePortalListsItWithoutTheSender(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            f.clock.set(THURSDAY_BEFORE_NATIONAL_DAY);
            StoredFeedbackDesk desk = desk(f, 3);
            received(f, "PA-1", THURSDAY_BEFORE_NATIONAL_DAY);
            assertEquals("answer", assertThrows(InvalidSubmissionException.class,
                    () -> desk.answer(WARD_OFFICER, "PA-1", "  ", false)).errors().get(0).field());
            assertEquals(Reason.NOT_LEADER, assertThrows(FeedbackRefusedException.class,
                    () -> desk.answer(WARD_OFFICER, "PA-1", "Trả lời", true)).reason());
            assertEquals(Reason.NOT_ANSWERED, assertThrows(FeedbackRefusedException.class,
                    () -> desk.publish(WARD_LEADER, "PA-1", true)).reason());
            FeedbackItem answered = desk.answer(WARD_OFFICER, "PA-1", "Hồ sơ đã được giải quyết ngày 28/8", false);
            assertFalse(answered.published());
            assertFalse(answered.answeredLate());
            assertEquals(Reason.NOT_OPEN, assertThrows(FeedbackRefusedException.class,
                    () -> desk.answer(WARD_LEADER, "PA-1", "lần hai", false)).reason());
            assertEquals(List.of(), desk.published("1.013225", 10));
            assertEquals(Reason.NOT_LEADER, assertThrows(FeedbackRefusedException.class,
                    () -> desk.publish(WARD_OFFICER, "PA-1", true)).reason());
            assertTrue(desk.publish(WARD_LEADER, "PA-1", true).published());
            assertEquals("Hồ sơ đã được giải quyết ngày 28/8", desk.published("1.013225", 10).get(0).answer());
            assertEquals(Reason.CHANGED, assertThrows(FeedbackRefusedException.class,
                    () -> desk.publish(WARD_LEADER, "PA-1", true)).reason(), "already published");
            assertEquals(List.of("RECEIVED", "ANSWERED", "PUBLISHED"),
                    desk.find(WARD_OFFICER, "PA-1").orElseThrow().history().stream().map(FeedbackStep::action).toList());
        }
    }
}
