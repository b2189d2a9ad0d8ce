package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import vn.motcua.runtime.deploy.BundleStorage;
import vn.motcua.runtime.deploy.BundleSync;

/** Decision 1414: a node whose reconciliation with the shared bundles keeps failing says it is out of step. */
class BundleReconcilerSyncTest {

    /** A shared storage with nothing in it, whose database can be made to fail. */
    static final class Storage implements BundleStorage {
        volatile boolean down;

        @Override
        public long changeNumber() {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
            return 7;
        }

        @Override
        public List<Desired> desired() {
            return List.of();
        }

        @Override
        public Optional<byte[]> jar(String file) {
            return Optional.empty();
        }

        @Override
        public void store(String file, byte[] jar, State state, boolean rolledBack) {
        }

        @Override
        public void state(String file, State state) {
        }
    }

    @Test
    void aNodeThatCannotReconcileForTenIntervalsIsOutOfStepUntilItCatchesUp() throws Exception {
        Storage storage = new Storage();
        // empty storage and nothing desired: the deploy folder is never asked, so none is needed here
        try (BundleReconciler r = new BundleReconciler(storage, null, 100)) {
            awaitTrue(() -> r.sync().lastSuccessAt() != null);
            BundleSync ok = r.sync();
            assertTrue(ok.shared());
            assertEquals(Duration.ofSeconds(10), ok.staleAfter(), "ten intervals, at least 10 s");
            assertTrue(ok.inStep(ok.lastSuccessAt()));

            storage.down = true;
            awaitTrue(() -> r.sync().lastError() != null);
            BundleSync failing = r.sync();
            Instant lastGood = failing.lastSuccessAt();
            assertTrue(failing.inStep(lastGood.plusSeconds(9)), "a short outage is tolerated");
            assertFalse(failing.inStep(lastGood.plusSeconds(11)), "no successful pass for 11 s: out of step");
            assertTrue(failing.lastError().contains("database unreachable"), failing.lastError());

            storage.down = false;
            awaitTrue(() -> r.sync().lastError() == null);
            BundleSync recovered = r.sync();
            assertTrue(recovered.lastSuccessAt().isAfter(lastGood), "a new successful pass");
            assertTrue(recovered.inStep(recovered.lastSuccessAt()), "back in step at the first successful pass");
        }
    }

    @Test
    void aNodeAloneIsAlwaysInStep() {
        assertFalse(BundleSync.ALONE.shared());
        assertTrue(BundleSync.ALONE.inStep(Instant.MAX));
        assertNull(BundleSync.ALONE.lastError());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
