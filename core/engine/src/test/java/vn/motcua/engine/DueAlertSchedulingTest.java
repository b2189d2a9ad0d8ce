package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.EngineFixture.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Role;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/** The due-soon/overdue scheduler on several nodes: two engines, each with its own pool, on one database. */
class DueAlertSchedulingTest {

    private static final int DOSSIERS = 40;

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void twoNodesClaimEachAlertExactlyOnceAndRecordItInTheHistory(TestDatabases db) throws Exception {
        DatabaseSettings settings = db.settings(dir);
        MutableClock clock = new MutableClock(MONDAY_9AM);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try (EngineFixture one = new EngineFixture(JdbiDossierStore.open(settings, dir), clock);
             EngineFixture two = new EngineFixture(JdbiDossierStore.open(settings, dir), clock)) {
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                codes.add(one.submitAtCounter().code());
            }
            DossierView first = one.engine.find(codes.get(0), EngineFixture.CITY).orElseThrow();

            clock.set(one.calendar.dueSoonFrom(WARD, first.stepDueAt()));
            List<DueAlert> soon = claimOnBothNodes(nodes, one.engine, two.engine);
            assertEquals(Set.copyOf(codes), codes(soon), "every dossier flagged");
            assertEquals(DOSSIERS, soon.size(), "and none twice");
            assertTrue(soon.stream().allMatch(a -> a.kind() == DueAlert.Kind.DUE_SOON && WARD.equals(a.unitCode())));

            clock.set(first.stepDueAt().plusSeconds(1));
            List<DueAlert> overdue = claimOnBothNodes(nodes, one.engine, two.engine);
            assertEquals(Set.copyOf(codes), codes(overdue));
            assertEquals(DOSSIERS, overdue.size());
            assertTrue(overdue.stream().allMatch(a -> a.kind() == DueAlert.Kind.OVERDUE));
            assertTrue(one.engine.claimDueAlerts(100).isEmpty(), "nothing left after overdue");

            for (String code : codes) {
                DossierView v = two.engine.find(code, EngineFixture.CITY).orElseThrow();
                List<EventView> alerts = v.events().stream().filter(e -> e.role() == ActorRole.SYSTEM).toList();
                assertEquals(List.of("due-soon", "overdue"), alerts.stream().map(EventView::action).toList(), code);
                assertTrue(alerts.stream().allMatch(e -> e.internal() && e.from() == DossierStatus.PROCESSING
                        && e.to() == DossierStatus.PROCESSING && WARD.equals(e.unitCode())), code);
                assertTrue(alerts.get(0).note().startsWith("Sắp đến hạn"), alerts.get(0).note());
                assertTrue(alerts.get(1).note().startsWith("Quá hạn"), alerts.get(1).note());
                assertEquals(2, v.version(), "alerts leave the version an officer decides on alone");
                assertTrue(one.engine.verifyHistory(code, EngineFixture.CITY).intact(), code);
                CitizenView citizen = one.engine.lookup(code, "0912345678").orElseThrow();
                assertTrue(citizen.timeline().stream().noneMatch(t -> t.action().equals("due-soon") || t.action().equals("overdue")),
                        "the alerts are for the unit, not the applicant");
            }
            assertEquals(DossierSummary.Urgency.OVERDUE,
                    one.engine.queue(WARD, Role.SPECIALIST, QueueFilter.all(), EngineFixture.member(WARD, Role.SPECIALIST)).get(0).urgency());
            // The officer acts on the version shown before the alerts: still valid, and the chain goes on.
            ActionResult forwarded = one.engine.act(codes.get(0), ActionCommand.of(DossierAction.FORWARD, specialist())
                    .withExpectedVersion(2L));
            assertEquals(5, forwarded.eventSeq());
            assertTrue(two.engine.verifyHistory(codes.get(0), EngineFixture.CITY).intact());
        } finally {
            nodes.shutdownNow();
        }
    }

    /** Both nodes poll at the same moment in small batches until neither finds anything; returns every claim. */
    private static List<DueAlert> claimOnBothNodes(ExecutorService nodes, DossierEngine a, DossierEngine b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<List<DueAlert>>> runs = new ArrayList<>();
        for (DossierEngine engine : List.of(a, b)) {
            Callable<List<DueAlert>> node = () -> {
                start.await();
                List<DueAlert> mine = new ArrayList<>();
                for (List<DueAlert> batch; !(batch = engine.claimDueAlerts(7)).isEmpty(); ) {
                    mine.addAll(batch);
                }
                return mine;
            };
            runs.add(nodes.submit(node));
        }
        List<DueAlert> all = new ArrayList<>();
        for (Future<List<DueAlert>> run : runs) {
            all.addAll(run.get());
        }
        return all;
    }

    private static Set<String> codes(List<DueAlert> alerts) {
        Set<String> codes = new HashSet<>();
        alerts.forEach(a -> codes.add(a.code()));
        return codes;
    }
}
