package vn.motcua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;

class StartQuarantineTest {

    @TempDir
    Path folder;

    static Bundle bundle(String location, AtomicBoolean stopped) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (p, m, a) -> switch (m.getName()) {
            case "getBundleId" -> 42L;
            case "getLocation" -> location;
            case "getSymbolicName" -> "vn.test.exit";
            case "stop" -> {
                stopped.set(true);
                yield null;
            }
            case "hashCode" -> 42;
            case "equals" -> p == a[0];
            default -> null;
        });
    }

    @Test
    void aFinishedStartLeavesNoMarker() {
        StartQuarantine q = new StartQuarantine(folder, Duration.ofSeconds(10));
        Bundle b = bundle("motcua:deploy/ok.jar", new AtomicBoolean());
        q.bundleChanged(new BundleEvent(BundleEvent.STARTING, b));
        assertTrue(Files.exists(folder.resolve("ok.jar")), "marked while its activator runs");
        q.bundleChanged(new BundleEvent(BundleEvent.STARTED, b));
        assertFalse(Files.exists(folder.resolve("ok.jar")));
        q.close();
    }

    @Test
    void aStartThatNeverFinishedQuarantinesTheBundleAtTheNextBoot() throws Exception {
        StartQuarantine before = new StartQuarantine(folder, Duration.ofSeconds(10));
        AtomicBoolean stopped = new AtomicBoolean();
        Bundle b = bundle("motcua:deploy/exit.jar", stopped);
        before.bundleChanged(new BundleEvent(BundleEvent.STARTING, b)); // ... and the JVM exits here
        before.close();

        BundleContext context = (BundleContext) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, a) -> "getBundle".equals(m.getName()) && "motcua:deploy/exit.jar".equals(a[0]) ? b : null);
        new StartQuarantine(folder, Duration.ofSeconds(10)).quarantineUnfinishedStarts(context);

        assertTrue(stopped.get(), "not started by the framework");
        String reason = Files.readString(folder.resolve("exit.jar"));
        assertTrue(reason.contains("stopped or hung while this bundle was starting"), reason);
    }

    @Test
    void aStartOverTheLimitIsInterruptedAndStaysQuarantined() throws Exception {
        StartQuarantine q = new StartQuarantine(folder, Duration.ofSeconds(1));
        Bundle b = bundle("motcua:deploy/block.jar", new AtomicBoolean());
        q.bundleChanged(new BundleEvent(BundleEvent.STARTING, b));
        boolean interrupted = false;
        try {
            Thread.sleep(10_000); // the "activator"
        } catch (InterruptedException e) {
            interrupted = true;
        }
        assertTrue(interrupted, "the watchdog interrupted the starting thread");
        q.bundleChanged(new BundleEvent(BundleEvent.STOPPED, b)); // the framework: activator failed
        assertFalse(Thread.currentThread().isInterrupted(), "the starting thread goes on without a stale interrupt");
        assertEquals("its start did not finish within 1 s and was interrupted", Files.readString(folder.resolve("block.jar")).strip());
        q.close();
    }
}
