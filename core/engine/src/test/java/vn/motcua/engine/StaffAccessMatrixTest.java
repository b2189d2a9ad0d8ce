package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.engine.DossierAction.*;
import static vn.motcua.engine.EngineFixture.SXD;
import static vn.motcua.engine.EngineFixture.WARD;
import static vn.motcua.engine.StaffPrincipal.Duty.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.procedure.Role;
import vn.motcua.engine.StaffPrincipal.Duty;
import vn.motcua.storage.TestDatabases;

/**
 * The access matrix against the engine itself (decision 1310): every action of every state of the building-permit
 * procedure × every staff duty × own unit, the inter-agency unit and another unit. The expected need of each action is
 * written out here, from the rule (domain.md §2: reception, supplements and results at the one-stop section; a step's
 * role at its unit; the apology by a leader), not derived from the engine's code. The HTTP side of the same matrix is
 * {@code AccessControlIT}.
 */
class StaffAccessMatrixTest {

    private static final String OTHER = "00082";

    @TempDir
    Path dir;

    /** Every kind of member: each duty at the ward, the inter-agency unit, another unit, and the city. */
    private static final List<StaffPrincipal> MEMBERS = List.of(
            StaffPrincipal.of("mc.ward", ONE_STOP_OFFICER, WARD), StaffPrincipal.of("cv.ward", SPECIALIST, WARD),
            StaffPrincipal.of("ld.ward", LEADER, WARD), StaffPrincipal.of("ks.ward", CONTROL_OFFICER, WARD),
            StaffPrincipal.of("qt.ward", UNIT_ADMIN, WARD),
            StaffPrincipal.of("cv.sxd", SPECIALIST, SXD), StaffPrincipal.of("ld.sxd", LEADER, SXD),
            StaffPrincipal.of("ks.sxd", CONTROL_OFFICER, SXD),
            StaffPrincipal.of("mc.other", ONE_STOP_OFFICER, OTHER), StaffPrincipal.of("cv.other", SPECIALIST, OTHER),
            StaffPrincipal.of("ld.other", LEADER, OTHER), StaffPrincipal.of("ks.other", CONTROL_OFFICER, OTHER),
            StaffPrincipal.of("qt.city", CITY_ADMIN, "01"));

    /** Where a dossier stands, how to get one there, and who sees it there. */
    private record Stage(String name, Function<EngineFixture, String> prepare, Set<String> seenBy,
                         Map<DossierAction, Need> needs) {
    }

    private record Need(Duty duty, Set<String> units) {
        boolean heldBy(StaffPrincipal who) {
            return units.stream().anyMatch(u -> who.holds(duty, u));
        }
    }

    private static Need need(Duty duty, String... units) {
        return new Need(duty, Set.of(units));
    }

    private static List<Stage> stages() {
        Need counter = need(ONE_STOP_OFFICER, WARD);
        Need wardLeaderOnly = need(LEADER, WARD);
        List<Stage> stages = new ArrayList<>();
        stages.add(new Stage("submitted online", f -> f.submitOnline(null).code(), Set.of(WARD),
                needs(ACCEPT, counter, REQUEST_SUPPLEMENT, counter, REFUSE, counter, WITHDRAW, counter)));
        stages.add(new Stage("appraisal at the ward", f -> f.submitAtCounter().code(), Set.of(WARD),
                needs(FORWARD, need(SPECIALIST, WARD), REQUEST_SUPPLEMENT, need(SPECIALIST, WARD), REJECT, need(SPECIALIST, WARD),
                        ISSUE_APOLOGY, wardLeaderOnly, WITHDRAW, counter)));
        stages.add(new Stage("verification at SXD (inter-agency)", StaffAccessMatrixTest::atSxd, Set.of(WARD, SXD),
                needs(FORWARD, need(SPECIALIST, SXD), SEND_BACK, need(SPECIALIST, SXD), REQUEST_SUPPLEMENT, need(SPECIALIST, SXD),
                        ISSUE_APOLOGY, need(LEADER, SXD, WARD), WITHDRAW, counter)));
        stages.add(new Stage("approval at the ward, after SXD", StaffAccessMatrixTest::atApproval, Set.of(WARD, SXD),
                needs(APPROVE, wardLeaderOnly, REJECT, wardLeaderOnly, SEND_BACK, wardLeaderOnly, ISSUE_APOLOGY, wardLeaderOnly,
                        WITHDRAW, counter)));
        stages.add(new Stage("decided", f -> {
            String code = atApproval(f);
            f.act(code, APPROVE, EngineFixture.leader());
            return code;
        }, Set.of(WARD, SXD), needs(RESULT_READY, counter)));
        stages.add(new Stage("result ready", f -> {
            String code = atApproval(f);
            f.act(code, APPROVE, EngineFixture.leader());
            f.act(code, RESULT_READY, EngineFixture.officer());
            return code;
        }, Set.of(WARD, SXD), needs(RETURN_RESULT, counter)));
        return stages;
    }

    private static Map<DossierAction, Need> needs(Object... pairs) {
        Map<DossierAction, Need> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((DossierAction) pairs[i], (Need) pairs[i + 1]);
        }
        return m;
    }

    private static String atSxd(EngineFixture f) {
        String code = f.submitAtCounter().code();
        f.act(code, FORWARD, EngineFixture.specialist());
        return code;
    }

    private static String atApproval(EngineFixture f) {
        String code = atSxd(f);
        f.act(code, FORWARD, EngineFixture.sxdSpecialist());
        return code;
    }

    private static ActionCommand command(EngineFixture f, String code, DossierAction action, StaffPrincipal who) {
        ActionCommand c = ActionCommand.of(action, Actor.of(who)).withNote("Ghi chú của " + who.accountId());
        if (action == ISSUE_APOLOGY) {
            c = c.withNewAppointment(f.engine.proposeNewAppointment(code, EngineFixture.CITY).orElseThrow());
        }
        return c;
    }

    @Test
    void everyActionTimesEveryDutyTimesOwnInterAgencyAndOtherUnit() {
        try (EngineFixture f = new EngineFixture(TestDatabases.H2, dir)) {
            int performed = 0;
            for (Stage stage : stages()) {
                String code = stage.prepare().apply(f);
                DossierView asCity = f.engine.find(code, EngineFixture.CITY).orElseThrow();
                assertEquals(stage.needs().keySet(), asCity.allowedActions(), stage.name() + ": the matrix covers every allowed action");
                for (StaffPrincipal who : MEMBERS) {
                    String where = stage.name() + ", " + who.accountId();
                    boolean sees = who.cityWide() || who.units().stream().anyMatch(stage.seenBy()::contains);
                    assertEquals(sees, f.engine.find(code, who).isPresent(), where + ": sees");
                    if (!sees) {
                        assertNotThere(f, code, who, where);
                    }
                    Set<DossierAction> expected = java.util.EnumSet.noneOf(DossierAction.class);
                    stage.needs().forEach((a, n) -> {
                        if (n.heldBy(who)) {
                            expected.add(a);
                        }
                    });
                    if (sees) {
                        assertEquals(expected, f.engine.find(code, who).orElseThrow().permittedActions(), where + ": offered");
                    }
                    for (Map.Entry<DossierAction, Need> e : stage.needs().entrySet()) {
                        DossierAction action = e.getKey();
                        if (e.getValue().heldBy(who)) {
                            // Performed on a fresh dossier at the same stage, so the matrix's own dossier stays put.
                            String fresh = stage.prepare().apply(f);
                            ActionResult r = f.engine.act(fresh, command(f, fresh, action, who));
                            assertEquals(action, r.action(), where);
                            EventView last = f.engine.find(fresh, EngineFixture.CITY).orElseThrow().events().stream().reduce((a, b) -> b).orElseThrow();
                            assertEquals(who.accountId(), last.actor(), where + ": the history names the member");
                            assertEquals(ActorRole.valueOf(e.getValue().duty().name()), last.role(),
                                    where + ": and the role the engine resolved, never STAFF");
                            performed++;
                            continue;
                        }
                        RuntimeException refused = assertThrows(RuntimeException.class,
                                () -> f.engine.act(code, command(f, code, action, who)), where + " " + action);
                        if (sees) {
                            StaffAccessRefusedException x = assertInstanceOf(StaffAccessRefusedException.class, refused, where + " " + action);
                            assertEquals(e.getValue().duty(), x.neededDuty(), where + " " + action + ": names the role");
                            assertEquals(e.getValue().units(), x.units(), where + " " + action + ": and the units");
                        } else {
                            assertSame(DossierNotFoundException.class, refused.getClass(), where + " " + action
                                    + ": another unit's dossier is exactly an unknown code");
                        }
                    }
                }
                assertEquals(asCity.version(), f.engine.find(code, EngineFixture.CITY).orElseThrow().version(),
                        stage.name() + ": no refusal changed the dossier");
            }
            assertTrue(performed >= 20, "every action was performed by every member who holds its role: " + performed);
        }
    }

    /** Every staff-facing read answers as for an unknown code. */
    private static void assertNotThere(EngineFixture f, String code, StaffPrincipal who, String where) {
        assertTrue(f.engine.find(code, who).isEmpty(), where);
        assertSame(DossierNotFoundException.class, assertThrows(RuntimeException.class,
                () -> f.engine.explainDeadline(code, who)).getClass(), where + ": deadline");
        assertSame(DossierNotFoundException.class, assertThrows(RuntimeException.class,
                () -> f.engine.verifyHistory(code, who)).getClass(), where + ": history");
        assertTrue(f.engine.proposeNewAppointment(code, who).isEmpty(), where + ": apology proposal");
    }

    @Test
    void theInterAgencyUnitSeesTheDossierFromItsStepOnAndKeepsSeeingItAfterHandingItBack() {
        try (EngineFixture f = new EngineFixture(TestDatabases.H2, dir)) {
            StaffPrincipal sxd = StaffPrincipal.of("cv.sxd", SPECIALIST, SXD);
            String code = f.submitAtCounter().code();
            assertTrue(f.engine.find(code, sxd).isEmpty(), "not before the step reaches SXD");
            f.act(code, FORWARD, EngineFixture.specialist());
            assertEquals(Set.of(FORWARD, SEND_BACK, REQUEST_SUPPLEMENT), f.engine.find(code, sxd).orElseThrow().permittedActions());
            f.engine.act(code, ActionCommand.of(SEND_BACK, Actor.of(sxd)).withNote("Thiếu thuyết minh"));
            DossierView back = f.engine.find(code, sxd).orElseThrow(() -> new AssertionError("SXD acted on it: still visible"));
            assertTrue(back.permittedActions().isEmpty(), "but nothing to do: the step is the ward's again");
            assertInstanceOf(StaffAccessRefusedException.class, assertThrows(RuntimeException.class,
                    () -> f.engine.act(code, ActionCommand.of(FORWARD, Actor.of(sxd)))));
        }
    }

    @Test
    void anAccountWithSeveralRolesActsInTheOneTheStepNeeds() {
        try (EngineFixture f = new EngineFixture(TestDatabases.H2, dir)) {
            StaffPrincipal both = new StaffPrincipal("hai-vai", Set.of(new StaffPrincipal.Grant(WARD, ONE_STOP_OFFICER),
                    new StaffPrincipal.Grant(SXD, SPECIALIST)));
            String code = f.submitAtCounter().code();
            f.act(code, FORWARD, EngineFixture.specialist());
            f.engine.act(code, ActionCommand.of(FORWARD, Actor.of(both)));
            EventView forward = f.engine.find(code, both).orElseThrow().events().stream().reduce((a, b) -> b).orElseThrow();
            assertEquals(ActorRole.SPECIALIST, forward.role());
            assertEquals(SXD, forward.unitCode(), "acted for SXD, where it holds the step's role");
        }
    }

    @Test
    void theQueueOfARoleIsOnlyForWhoHoldsItInThatUnit() {
        try (EngineFixture f = new EngineFixture(TestDatabases.H2, dir)) {
            String code = f.submitOnline(null).code();
            StaffPrincipal counter = StaffPrincipal.of("mc.ward", ONE_STOP_OFFICER, WARD);
            assertEquals(List.of(code), f.engine.queue(WARD, Role.ONE_STOP_OFFICER, QueueFilter.all(), counter).stream()
                    .map(DossierSummary::code).toList());
            StaffAccessRefusedException x = assertThrows(StaffAccessRefusedException.class, () -> f.engine.queue(WARD,
                    Role.ONE_STOP_OFFICER, QueueFilter.all(), StaffPrincipal.of("mc.other", ONE_STOP_OFFICER, OTHER)));
            assertEquals(Set.of(WARD), x.units());
            assertThrows(StaffAccessRefusedException.class, () -> f.engine.queue(WARD, Role.ONE_STOP_OFFICER,
                    QueueFilter.all(), StaffPrincipal.of("ks.ward", CONTROL_OFFICER, WARD)), "the control officer has no queue");
        }
    }

    // ---- regression tests: these failed before the engine became the authority (decision 1310) -----------------

    /**
     * Before, any caller could name the platform's own role and pass every unit and role check (the HTTP layers were
     * trusted to never build such an actor). Written against the old API too, where it forwarded the dossier.
     */
    @Test
    void aCallerNamingTheSystemRoleIsRefused() {
        try (EngineFixture f = new EngineFixture(TestDatabases.H2, dir)) {
            String code = f.submitAtCounter().code();
            Actor forged = new Actor("forged", ActorRole.SYSTEM, Set.of(OTHER));
            assertThrows(ActorNotPermittedException.class, () -> f.engine.act(code, ActionCommand.of(FORWARD, forged)));
            assertEquals("tham-dinh", f.engine.find(code, EngineFixture.CITY).orElseThrow().currentStep(), "nothing moved");
        }
    }

    /**
     * Before, the engine answered an officer of another unit "not permitted" (403) and only the HTTP layers turned it
     * into the 404 of an unknown code, each by its own algorithm; a page that forgot told that the code exists.
     */
    @Test
    void anOfficerOfAnotherUnitIsToldByTheEngineItselfThatTheDossierDoesNotExist() {
        try (EngineFixture f = new EngineFixture(TestDatabases.H2, dir)) {
            String code = f.submitOnline(null).code();
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> f.engine.act(code, ActionCommand.of(ACCEPT, Actor.staff("mc.other", Role.ONE_STOP_OFFICER, OTHER))));
            assertSame(DossierNotFoundException.class, refused.getClass());
            RuntimeException unknown = assertThrows(RuntimeException.class,
                    () -> f.engine.act("H26.00004-261130-9999", ActionCommand.of(ACCEPT, Actor.staff("mc.other", Role.ONE_STOP_OFFICER, OTHER))));
            assertSame(unknown.getClass(), refused.getClass());
            assertFalse(refused.getMessage().contains("permit"), refused.getMessage());
        }
    }
}
