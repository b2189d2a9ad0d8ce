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
import vn.motcua.storage.TestDatabases;

/** Two officers at once, and many submissions at once, against H2 and PostgreSQL. */
class ConcurrencyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void twoOfficersActingAtOnceExactlyOneWins(TestDatabases db) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (EngineFixture f = new EngineFixture(db, dir)) {
            for (int round = 0; round < 10; round++) {
                SubmitResult s = f.submitOnline(null);
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<ActionResult> accept = () -> {
                    start.await();
                    return f.engine.act(s.code(), ActionCommand.of(DossierAction.ACCEPT, officer()).withExpectedVersion(s.version()));
                };
                Callable<ActionResult> refuse = () -> {
                    start.await();
                    return f.engine.act(s.code(), ActionCommand.of(DossierAction.REFUSE, officer()).withNote("Sai thẩm quyền")
                            .withExpectedVersion(s.version()));
                };
                List<Future<ActionResult>> results = List.of(pool.submit(accept), pool.submit(refuse));
                int won = 0;
                int conflicts = 0;
                for (Future<ActionResult> r : results) {
                    try {
                        r.get();
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertInstanceOf(ConcurrentChangeException.class, e.getCause(), e.getCause().toString());
                        conflicts++;
                    }
                }
                assertEquals(1, won, "round " + round);
                assertEquals(1, conflicts, "round " + round);
                DossierView v = f.engine.find(s.code(), EngineFixture.CITY).orElseThrow();
                assertEquals(2, v.events().size(), "exactly one action recorded");
                assertTrue(f.engine.verifyHistory(s.code(), EngineFixture.CITY).intact());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void concurrentSubmissionsGetUniqueGaplessCodes(TestDatabases db) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (EngineFixture f = new EngineFixture(db, dir)) {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                futures.add(pool.submit(() -> f.submitOnline(null).code()));
            }
            Set<String> codes = new HashSet<>();
            for (Future<String> c : futures) {
                codes.add(c.get());
            }
            assertEquals(60, codes.size());
            for (int i = 1; i <= 60; i++) {
                assertTrue(codes.contains(String.format("H26.00004-261130-%04d", i)), "missing sequence " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
