package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LingeringThreadsTest {

    /** Stands for a class of an uninstalled bundle whose thread sleeps forever. */
    static final class Sleeper implements Runnable {
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public void run() {
            started.countDown();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                // the bundle's code ends when told to
            }
        }
    }

    @Test
    void aThreadRunningAClassOfTheUninstalledBundleIsInterruptedAndNamed() throws Exception {
        Sleeper sleeper = new Sleeper();
        Thread t = new Thread(sleeper, "bundle-leftover");
        t.setDaemon(true);
        t.start();
        assertTrue(sleeper.started.await(5, TimeUnit.SECONDS));
        Thread.sleep(50); // let it reach sleep()

        List<String> found = LingeringThreads.interrupt(Set.of(Sleeper.class.getName()));

        assertEquals(List.of("bundle-leftover"), found);
        t.join(5_000);
        assertFalse(t.isAlive(), "the interrupted thread ended");
    }

    @Test
    void threadsOfOtherCodeAreLeftAlone() {
        assertTrue(LingeringThreads.interrupt(Set.of("vn.test.NoSuchClass")).isEmpty());
        assertTrue(LingeringThreads.interrupt(Set.of()).isEmpty());
    }
}
