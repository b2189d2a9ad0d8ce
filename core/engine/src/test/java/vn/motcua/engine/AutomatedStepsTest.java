package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.engine.internal.AutomatedSteps;
import vn.motcua.storage.TestDatabases;

/**
 * Automated steps a bundle registers are taken by the system actor and recorded; a hook that answers nothing, names a
 * forbidden action, throws, or loops never blocks or corrupts a dossier.
 */
class AutomatedStepsTest {

    @TempDir
    Path dir;

    private static AutomatedSteps automation(EngineFixture f, Map<String, AutomatedStep> byStep) {
        return new AutomatedSteps(f.engine, (procedure, step) -> procedure.equals(EngineFixture.PROCEDURE)
                ? Optional.ofNullable(byStep.get(step)) : Optional.empty());
    }

    private static DossierView view(EngineFixture f, String code) {
        return f.engine.find(code, EngineFixture.CITY).orElseThrow();
    }

    @Test
    void anAutomatedStepForwardsTheDossierAsTheSystemAndTheChainHolds() {
        try (EngineFixture f = new EngineFixture(TestDatabases.all().findFirst().orElseThrow(), dir)) {
            String code = f.submitAtCounter().code();
            String first = view(f, code).currentStep();
            automation(f, Map.of(first, data -> Optional.of("forward"))).runFrom(code);

            DossierView d = view(f, code);
            assertTrue(!first.equals(d.currentStep()), "moved on from " + first + " to " + d.currentStep());
            EventView last = d.events().get(d.events().size() - 1);
            assertEquals("forward", last.action());
            assertEquals(ActorRole.SYSTEM, last.role());
            assertTrue(f.engine.verifyHistory(code, EngineFixture.CITY).intact());
        }
    }

    @Test
    void aHookThatAnswersNothingNamesAForbiddenActionOrThrowsLeavesTheStepToItsOfficer() {
        try (EngineFixture f = new EngineFixture(TestDatabases.all().findFirst().orElseThrow(), dir)) {
            String code = f.submitAtCounter().code();
            DossierView before = view(f, code);
            String step = before.currentStep();
            automation(f, Map.of(step, data -> Optional.empty())).runFrom(code);
            automation(f, Map.of(step, data -> Optional.of("return-result"))).runFrom(code);
            automation(f, Map.of(step, data -> {
                throw new IllegalStateException("register unreachable");
            })).runFrom(code);
            DossierView after = view(f, code);
            assertEquals(step, after.currentStep());
            assertEquals(before.version(), after.version(), "nothing was recorded");
        }
    }

    @Test
    void stepsThatSendADossierBackAndForthForeverStopAfterABoundedChain() {
        try (EngineFixture f = new EngineFixture(TestDatabases.all().findFirst().orElseThrow(), dir)) {
            String code = f.submitAtCounter().code();
            String first = view(f, code).currentStep();
            AutomatedStep forward = data -> Optional.of("forward");
            AutomatedStep back = data -> Optional.of("send_back");
            // the step after the first one sends it back; the first forwards again
            f.engine.act(code, ActionCommand.of(DossierAction.FORWARD, EngineFixture.specialist()));
            String second = view(f, code).currentStep();
            f.engine.act(code, ActionCommand.of(DossierAction.SEND_BACK, EngineFixture.sxdSpecialist()));
            assertEquals(first, view(f, code).currentStep());
            long before = view(f, code).events().size();
            automation(f, Map.of(first, forward, second, back)).runFrom(code);
            assertEquals(before + 10, view(f, code).events().size(), "ten automated actions, then officers take over");
            assertTrue(f.engine.verifyHistory(code, EngineFixture.CITY).intact());
        }
    }
}
