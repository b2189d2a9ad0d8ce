package vn.motcua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.testkit.ProcedureTestKit.data;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Role;

/** Issue 12: the kit runs a dossier through the step graph with actions and actors, automated steps included. */
class DossierRunTest {
    private static final String CODE = "1.000894";

    private static ProcedureTestKit kit() throws URISyntaxException {
        return ProcedureTestKit.loadBundle(Path.of(DossierRunTest.class.getResource("/bundles/ket-hon").toURI()),
                DossierRunTest.class.getClassLoader()).today(LocalDate.of(2026, 12, 4));
    }

    @Test
    void theAutomatedCheckForwardsAndTheLeaderApproves() throws Exception {
        DossierRun run = kit().startDossier(CODE, data("ngaySinhVo", "2000-06-01")).assertAt("ky");
        run.act(Role.LEADER, "approve").assertFinishedWith("approve");
        assertEquals(List.of("tra-cuu: system forward -> ky", "ky: leader approve (processing ends)"), run.history());
        assertEquals(Optional.empty(), run.currentStep());
    }

    @Test
    void anAutomatedAnswerTheStepDoesNotAllowLeavesItToTheOfficer() throws Exception {
        DossierRun run = kit().startDossier(CODE, data("ngaySinhVo", "1940-06-01")).assertAt("tra-cuu");
        assertTrue(run.history().get(0).contains("left the step to the officer"), run.history().toString());
        run.act(Role.SPECIALIST, "forward").act(Role.LEADER, "reject").assertFinishedWith("reject");
    }

    @Test
    void theWrongRoleOrAnActionTheStepLacksFails() throws Exception {
        DossierRun run = kit().startDossier(CODE, data("ngaySinhVo", "2000-06-01"));
        AssertionError role = assertThrows(AssertionError.class, () -> run.act(Role.SPECIALIST, "approve"));
        assertTrue(role.getMessage().contains("leader"), role.getMessage());
        AssertionError action = assertThrows(AssertionError.class, () -> run.act(Role.LEADER, "forward"));
        assertTrue(action.getMessage().contains("[approve, reject]"), action.getMessage());
        run.act(Role.LEADER, "approve");
        assertThrows(AssertionError.class, () -> run.act(Role.LEADER, "approve"));
    }

    @Test
    void aDossierTheFormRefusesCannotStart() throws Exception {
        assertThrows(AssertionError.class, () -> kit().startDossier(CODE, data("ngaySinhVo", "2009-06-01")));
    }
}
