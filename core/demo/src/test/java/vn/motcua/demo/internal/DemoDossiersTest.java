package vn.motcua.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;

class DemoDossiersTest {

    /**
     * An engine that keeps the one promise the demo relies on: a submission or action with a key it has seen is a replay
     * and creates nothing. It records what was new.
     */
    static final class RememberingEngine {
        final Map<String, String> codeByKey = new HashMap<>();
        final Set<String> actionKeys = new HashSet<>();
        final List<SubmitCommand> submissions = new ArrayList<>();
        final List<ActionCommand> actions = new ArrayList<>();
        int unavailableAnswers;

        DossierEngine engine() {
            return (DossierEngine) Proxy.newProxyInstance(DossierEngine.class.getClassLoader(), new Class<?>[] {DossierEngine.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "submit" -> submit((SubmitCommand) args[0]);
                        case "act" -> {
                            ActionCommand c = (ActionCommand) args[1];
                            if (actionKeys.add(c.idempotencyKey())) {
                                actions.add(c);
                            }
                            yield null;
                        }
                        case "proposeNewAppointment" -> Optional.of(Instant.parse("2026-12-21T01:00:00Z"));
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private SubmitResult submit(SubmitCommand c) {
            if (unavailableAnswers > 0) {
                unavailableAnswers--;
                throw new ProcedureUnavailableException(c.procedureCode(), c.unitCode(), ProcedureUnavailableException.Reason.NOT_OFFERED);
            }
            boolean replay = codeByKey.containsKey(c.idempotencyKey());
            if (!replay) {
                submissions.add(c);
                codeByKey.put(c.idempotencyKey(), "H26.70-261130-" + String.format("%04d", codeByKey.size() + 1));
            }
            return new SubmitResult(codeByKey.get(c.idempotencyKey()), DossierStatus.SUBMITTED, Instant.EPOCH, Instant.EPOCH, 1, replay);
        }
    }

    private final RememberingEngine engine = new RememberingEngine();

    @Test
    void elevenBuildingPermitDossiersAtTheWardEveryCallWithItsOwnFixedKey() {
        List<String> codes = new DemoDossiers(engine.engine()).create();
        assertEquals(11, codes.size());
        assertEquals(11, Set.copyOf(codes).size(), "one dossier per journey");
        assertEquals(11, engine.submissions.size());
        assertTrue(engine.submissions.stream().allMatch(s -> s.procedureCode().equals("1.013225") && s.unitCode().equals("00070")));
        assertEquals(1, engine.submissions.stream().filter(s -> s.resultChannel() == Channel.POSTAL).count(), "one result by post");
        assertEquals(3, engine.submissions.stream().filter(s -> s.channel() == Channel.ONLINE).count());
        engine.actions.forEach(a -> assertNotNull(a.idempotencyKey(), a.action().name()));
        assertTrue(engine.actions.stream().anyMatch(a -> a.action() == DossierAction.ISSUE_APOLOGY && a.newAppointment() != null));
        assertTrue(engine.actions.stream().anyMatch(a -> a.action() == DossierAction.RETURN_RESULT));
        assertTrue(engine.actions.stream().anyMatch(a -> a.action() == DossierAction.WITHDRAW));
    }

    @Test
    void aRestartReplaysTheRememberedAnswersAndCreatesNothingTwice() {
        List<String> first = new DemoDossiers(engine.engine()).create();
        int submissions = engine.submissions.size();
        int actions = engine.actions.size();

        List<String> again = new DemoDossiers(engine.engine()).create();
        assertEquals(first, again);
        assertEquals(submissions, engine.submissions.size(), "no new dossier");
        assertEquals(actions, engine.actions.size(), "no new action");
    }

    @Test
    void waitsUntilTheSampleProcedureIsOffered() {
        engine.unavailableAnswers = 2;
        new DemoDossiers(engine.engine()).createWhenOffered();
        assertEquals(0, engine.unavailableAnswers, "asked again after each refusal");
        assertEquals(11, engine.submissions.size());
    }
}
