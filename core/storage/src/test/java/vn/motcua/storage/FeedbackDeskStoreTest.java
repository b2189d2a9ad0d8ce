package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.JdbiDossierStore;
import vn.motcua.storage.internal.JdbiFeedbackDeskStore;

/** Routing, assignment, forwarding, answer, publication and rating of feedback, on H2 and PostgreSQL. */
class FeedbackDeskStoreTest {

    static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void feedbackIsAssignedForwardedAnsweredPublishedAndRatedOnceWithItsHistory(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            FeedbackDeskStore desk = new JdbiFeedbackDeskStore(store);
            desk.receive(feedback("PA-1", "00070", T0), T0.plusSeconds(86_400 * 14), event("RECEIVED", "citizen", "00070", null, T0));
            desk.receive(feedback("PA-2", "00070", T0.plusSeconds(60)), T0.plusSeconds(86_400 * 7), event("RECEIVED", "citizen", "00070", null, T0));
            desk.receive(feedback("PA-3", "00082", T0), null, event("RECEIVED", "citizen", "00082", null, T0));

            assertEquals(List.of("PA-2", "PA-1"), refs(desk.inbox(Set.of("00070"), true, 10)), "open feedback by deadline");
            assertTrue(desk.assign("PA-1", "00070", "chuyenvien.00070", event("ASSIGNED", "lanhdao.00070", "00070", null, T0.plusSeconds(10))));
            assertFalse(desk.assign("PA-1", "00082", "x", event("ASSIGNED", "x", "00082", null, T0)), "held by another unit");
            assertEquals("chuyenvien.00070", desk.find("PA-1").orElseThrow().assignedTo());

            assertTrue(desk.forward("PA-1", event("FORWARDED", "lanhdao.00070", "00070", "SXD", T0.plusSeconds(20))));
            FeedbackCase moved = desk.find("PA-1").orElseThrow();
            assertEquals("SXD", moved.feedback().unitCode());
            assertNull(moved.assignedTo(), "a forward leaves the new unit to assign");
            assertEquals(T0.plusSeconds(86_400 * 14), moved.dueAt(), "the deadline stays");
            assertFalse(desk.answer("PA-1", "x", false, event("ANSWERED", "canbo.00070", "00070", null, T0)), "no longer 00070's");

            assertTrue(desk.answer("PA-1", "Đã kiểm tra, cấp phép trong tuần", true, event("ANSWERED", "chuyenvien.sxd", "SXD", null, T0.plusSeconds(30))));
            assertFalse(desk.answer("PA-1", "again", false, event("ANSWERED", "chuyenvien.sxd", "SXD", null, T0.plusSeconds(40))));
            assertEquals(List.of("PA-1"), refs(desk.published("1.013225", 10)));
            assertTrue(desk.publish("PA-1", false, event("UNPUBLISHED", "lanhdao.sxd", "SXD", null, T0.plusSeconds(50))));
            assertFalse(desk.publish("PA-1", false, event("UNPUBLISHED", "lanhdao.sxd", "SXD", null, T0.plusSeconds(50))), "already withdrawn");
            assertEquals(List.of(), desk.published("1.013225", 10));

            assertTrue(desk.rate("PA-1", 3, event("RATED", "citizen", "SXD", null, T0.plusSeconds(60))));
            assertFalse(desk.rate("PA-1", 1, event("RATED", "citizen", "SXD", null, T0.plusSeconds(70))), "rated once");
            assertFalse(desk.rate("PA-2", 1, event("RATED", "citizen", "00070", null, T0.plusSeconds(70))), "not answered yet");
            FeedbackCase done = desk.find("PA-1").orElseThrow();
            assertEquals(3, done.answerRating());
            assertEquals("ANSWERED", done.feedback().status());
            assertEquals("chuyenvien.sxd", done.feedback().answeredBy());

            assertEquals(List.of("RECEIVED", "ASSIGNED", "FORWARDED", "ANSWERED", "UNPUBLISHED", "RATED"),
                    desk.events("PA-1").stream().map(FeedbackEventRecord::action).toList());
            assertEquals("SXD", desk.events("PA-1").get(2).toUnit());
            assertEquals(List.of("PA-2"), refs(desk.inbox(Set.of("00070"), false, 10)));
            assertEquals(List.of("PA-3", "PA-1"), refs(desk.inbox(Set.of("00082", "SXD"), false, 10)), "open first, then answered");
            assertEquals(List.of("PA-2", "PA-3", "PA-1"), refs(desk.inbox(null, false, 10)), "every unit for the city");
        }
    }

    private static List<String> refs(List<FeedbackCase> cases) {
        return cases.stream().map(c -> c.feedback().reference()).toList();
    }

    private static FeedbackRecord feedback(String ref, String unit, Instant at) {
        return new FeedbackRecord(ref, "PROCEDURE", unit, "1.013225", null, "Nguyễn Văn A", "h".repeat(64),
                "Hồ sơ cấp phép chậm", "OPEN", at, null, null, null);
    }

    private static FeedbackEventRecord event(String action, String actor, String unit, String to, Instant at) {
        return new FeedbackEventRecord(action, actor, unit, to, null, at);
    }
}
