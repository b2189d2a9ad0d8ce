package vn.motcua.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.internal.JdbiDossierStore;

/** Evaluations and feedback on H2 and PostgreSQL. */
class CitizenStoreTest {

    static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aDossierIsEvaluatedOnceAndTheFirstEvaluationStays(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            store.inTransaction(tx -> {
                tx.saveProcedureVersion(new ProcedureVersionRecord("a".repeat(64), "1.001193", "2025.1", "code: 1.001193", "{}", T0));
                tx.insertDossier(JdbiDossierStoreTest.dossier("H26-261127-0001", "00070"));
                return null;
            });
            CitizenStore citizen = store.citizenStore();
            assertTrue(citizen.insertEvaluation(new EvaluationRecord("H26-261127-0001", "00070", "1.001193", 3,
                    "{\"overall\":3}", "Cán bộ nhiệt tình", T0)));
            assertFalse(citizen.insertEvaluation(new EvaluationRecord("H26-261127-0001", "00070", "1.001193", 1,
                    "{\"overall\":1}", null, T0.plusSeconds(60))));
            EvaluationRecord stored = citizen.evaluation("H26-261127-0001").orElseThrow();
            assertEquals(3, stored.overall());
            assertEquals("Cán bộ nhiệt tình", stored.comment());
            assertEquals(T0, stored.evaluatedAt());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void feedbackIsAnsweredOnceAndListedPerUnit(TestDatabases db) {
        try (JdbiDossierStore store = db.open(dir)) {
            CitizenStore citizen = store.citizenStore();
            citizen.insertFeedback(new FeedbackRecord("PA-0001", "UNIT", "00070", null, null, "Trần Thị B", "h".repeat(64),
                    "Phòng chờ thiếu ghế", "OPEN", T0, null, null, null));
            assertThrows(DuplicateKeyException.class, () -> citizen.insertFeedback(new FeedbackRecord("PA-0001", "UNIT",
                    "00070", null, null, "X", "h", "Y", "OPEN", T0, null, null, null)));
            assertEquals(1, citizen.feedbackOfUnit("00070", true, 10).size());
            assertTrue(citizen.answerFeedback("PA-0001", "Đã bổ sung 20 ghế", "canbo1", T0.plusSeconds(3600)));
            assertFalse(citizen.answerFeedback("PA-0001", "again", "canbo2", T0.plusSeconds(7200)));
            FeedbackRecord f = citizen.feedback("PA-0001").orElseThrow();
            assertEquals("ANSWERED", f.status());
            assertEquals("Đã bổ sung 20 ghế", f.answer());
            assertEquals("canbo1", f.answeredBy());
            assertEquals(0, citizen.feedbackOfUnit("00070", true, 10).size());
            assertEquals(1, citizen.feedbackOfUnit("00070", false, 10).size());
        }
    }
}
