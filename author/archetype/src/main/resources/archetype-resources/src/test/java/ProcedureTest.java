package ${package};

import static vn.motcua.testkit.ProcedureTestKit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Role;
import vn.motcua.testkit.DossierRun;
import vn.motcua.testkit.ProcedureTestKit;

/**
 * The descriptor and the validator, checked as the platform will check them. The kit loads IssueDateValidator from
 * the component description bnd wrote (target/classes/OSGI-INF), so a mistyped procedure code fails here, not in
 * production. Run: mvn verify.
 */
class ProcedureTest {
    private static final String CODE = IssueDateValidator.CODE;
    private final ProcedureTestKit kit = ProcedureTestKit.fromClasspath().today(LocalDate.of(2026, 12, 4));

    private static Map<String, Object> request() {
        return data("hoTen", "Nguyễn Thị Lan", "ngaySinh", "1995-04-12", "soDinhDanh", "001195001122",
                "ngayCap", "2021-05-20", "soDienThoai", "0912 345 678");
    }

    @Test
    void descriptorHooksAndUnitsAreValid() {
        kit.assertNoProblems();
    }

    @Test
    void aRealRequestIsAccepted() {
        kit.assertAccepts(CODE, request());
    }

    @Test
    void theDescriptorsRulesRejectAMissingName() {
        Map<String, Object> noName = request();
        noName.remove("hoTen");
        kit.assertRejects(CODE, noName, "hoTen", "required");
    }

    @Test
    void aDossierRunsThroughTheStepsOnTheWorkingCalendar() {
        // Received Friday 04/12/2026 09:00: 3 working days skip the weekend (the platform's calendar, holidays included).
        DossierRun run = kit.receivedAt(LocalDateTime.of(2026, 12, 4, 9, 0)).startDossier(CODE, request());
        assertEquals(LocalDate.of(2026, 12, 9), run.appointment().toLocalDate());
        run.act(Role.ONE_STOP_OFFICER, "forward")
                .at(LocalDateTime.of(2026, 12, 7, 10, 0)).act(Role.SPECIALIST, "forward")
                .at(LocalDateTime.of(2026, 12, 8, 15, 0)).act(Role.LEADER, "approve")
                .assertFinishedWith("approve")
                .assertFinishedOnTime();
    }

    @Test
    void theValidatorRejectsAnIssueDateBeforeBirth() {
        Map<String, Object> early = request();
        early.put("ngayCap", "1990-01-01");
        kit.assertRejects(CODE, early, "ngayCap", "issued_before_birth");
    }
}
