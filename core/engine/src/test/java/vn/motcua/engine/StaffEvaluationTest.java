package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.engine.DossierAction.APPROVE;
import static vn.motcua.engine.DossierAction.FORWARD;
import static vn.motcua.engine.DossierAction.RESULT_READY;
import static vn.motcua.engine.DossierAction.RETURN_RESULT;
import static vn.motcua.engine.EngineFixture.leader;
import static vn.motcua.engine.EngineFixture.officer;
import static vn.motcua.engine.EngineFixture.specialist;
import static vn.motcua.engine.EngineFixture.sxdSpecialist;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.engine.evaluation.OfficerEvaluation;
import vn.motcua.engine.evaluation.Satisfaction;
import vn.motcua.engine.evaluation.SatisfactionReport;
import vn.motcua.engine.evaluation.StepTimeliness;
import vn.motcua.engine.internal.StoredStaffEvaluation;
import vn.motcua.storage.EvaluationRecord;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.JdbiStaffEvaluationStore;

/**
 * Staff evaluation and ratings against figures computed by hand on three building-permit dossiers (ward 00004,
 * appraisal at SXD): A handled early by everyone and rated 3; B appraised late by chuyenvien01 (a week and a day
 * after the 40-hour step deadline), apologised for by the leader, rated 1; C appraised early, not rated.
 */
class StaffEvaluationTest {

    @TempDir
    Path dir;

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void officerFiguresAndRatingsMatchTheHandCount(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String a = f.submitAtCounter().code();
            String b = f.submitAtCounter().code();
            f.clock.advance(Duration.ofHours(1));
            f.act(a, FORWARD, specialist());      // tham-dinh due Mon 07/12 09:00: EARLY
            f.act(a, FORWARD, sxdSpecialist());   // xac-minh: EARLY
            f.act(a, APPROVE, leader());          // phe-duyet: EARLY
            f.act(a, RESULT_READY, officer());
            f.act(a, RETURN_RESULT, officer());

            f.clock.set(Instant.parse("2026-12-08T03:00:00Z")); // Tuesday 08/12 10:00, after B's step deadline
            f.act(b, FORWARD, specialist());      // tham-dinh: LATE
            Instant appointment = f.engine.find(b, EngineFixture.CITY).orElseThrow().appointmentAt();
            f.engine.act(b, ActionCommand.of(DossierAction.ISSUE_APOLOGY, leader()).withNote("Thẩm định chậm")
                    .withNewAppointment(appointment.plus(Duration.ofDays(7))));
            f.act(b, FORWARD, sxdSpecialist());   // xac-minh, same day: EARLY
            String c = f.submitAtCounter().code();
            f.act(c, FORWARD, specialist());      // tham-dinh, same day: EARLY

            f.store.citizenStore().insertEvaluation(new EvaluationRecord(a, EngineFixture.WARD, EngineFixture.PROCEDURE, 3,
                    "{\"overall\":3}", null, Instant.parse("2026-12-09T03:00:00Z")));
            f.store.citizenStore().insertEvaluation(new EvaluationRecord(b, EngineFixture.WARD, EngineFixture.PROCEDURE, 1,
                    "{\"overall\":1}", null, Instant.parse("2026-12-20T03:00:00Z")));

            StoredStaffEvaluation evaluation = new StoredStaffEvaluation(new JdbiStaffEvaluationStore(f.store));
            OfficerEvaluation cv = evaluation.officer("chuyenvien01", NOV_30, DEC_31);
            assertEquals(3, cv.dossiersHandled());
            assertEquals(List.of(a, b, c).stream().sorted().toList(), cv.dossierCodes());
            assertEquals(List.of(new StepTimeliness("tham-dinh", 2, 0, 1)), cv.steps());
            assertEquals(new BigDecimal("66.67"), cv.total().onTimePercent());
            assertEquals(1, cv.apologiesCaused(), "B: late hand-over, then an apology slip");
            assertEquals(new Satisfaction("chuyenvien01", 2, 1, 0, 1), cv.satisfaction());
            assertEquals(new BigDecimal("50.00"), cv.satisfaction().satisfiedPercent());
            assertEquals(new BigDecimal("2.00"), cv.satisfaction().average());

            OfficerEvaluation sxd = evaluation.officer("sxd01", NOV_30, DEC_31);
            assertEquals(2, sxd.dossiersHandled());
            assertEquals(List.of(new StepTimeliness("xac-minh", 2, 0, 0)), sxd.steps());
            assertEquals(0, sxd.apologiesCaused());

            OfficerEvaluation lead = evaluation.officer("lanhdao01", NOV_30, DEC_31);
            assertEquals(2, lead.dossiersHandled(), "A approved, B apologised for");
            assertEquals(List.of(new StepTimeliness("phe-duyet", 1, 0, 0)), lead.steps());
            assertEquals(0, lead.apologiesCaused(), "issuing the apology is not causing it");

            OfficerEvaluation firstDay = evaluation.officer("chuyenvien01", NOV_30, NOV_30);
            assertEquals(1, firstDay.dossiersHandled());
            assertEquals(List.of(new StepTimeliness("tham-dinh", 1, 0, 0)), firstDay.steps());
            assertEquals(0, firstDay.apologiesCaused());

            SatisfactionReport r = evaluation.satisfaction(List.of(EngineFixture.WARD), List.of("sxd01", "chuyenvien01"), NOV_30, DEC_31);
            assertEquals(List.of(new Satisfaction(EngineFixture.WARD, 2, 1, 0, 1)), r.byUnit());
            assertEquals(List.of(new Satisfaction(EngineFixture.PROCEDURE, 2, 1, 0, 1)), r.byProcedure());
            assertEquals(List.of("chuyenvien01", "sxd01"), r.byOfficer().stream().map(Satisfaction::key).toList());
            SatisfactionReport beforeB = evaluation.satisfaction(null, List.of(), NOV_30, LocalDate.of(2026, 12, 15));
            assertEquals(List.of(new Satisfaction(EngineFixture.WARD, 1, 1, 0, 0)), beforeB.byUnit(), "B was rated on 20/12");
            assertEquals(List.of(), evaluation.satisfaction(List.of("00082"), List.of(), NOV_30, DEC_31).byUnit());

            assertThrows(IllegalArgumentException.class, () -> evaluation.officer("chuyenvien01", DEC_31, NOV_30));
        }
    }
}
