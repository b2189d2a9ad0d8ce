package vn.motcua.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one procedure bundle from bricking the platform (decision 1621). Before a procedure bundle's activator runs,
 * a marker {@code <data>/quarantine/<file>} is written; it is removed when the start finished, well or badly. If the
 * JVM exits during the start ({@code System.exit} in an activator) or is killed because it hung, the marker is still
 * there at the next boot: that bundle is then not started, and the administrator sees it as {@code QUARANTINED}
 * until they start it again by hand. A start that takes longer than the time limit is interrupted (the usual way a
 * blocking activator waits: sleep, lock, socket) and the bundle is quarantined as well, so the thread starting bundles
 * (the framework's at boot, an administrator's request later) is given back.
 */
final class StartQuarantine implements SynchronousBundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(StartQuarantine.class);

    private final Path folder;
    private final Duration limit;
    private final Map<Long, ScheduledFuture<?>> watches = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> timedOut = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "motcua-bundle-start-watchdog");
        t.setDaemon(true);
        return t;
    });

    StartQuarantine(Path folder, Duration limit) {
        this.folder = folder;
        this.limit = limit;
    }

    /**
     * At boot, before the framework starts any bundle: a procedure bundle whose last start never finished is marked
     * not to be started, so that it cannot take the platform down again.
     */
    void quarantineUnfinishedStarts(BundleContext context) throws IOException {
        Files.createDirectories(folder);
        try (var markers = Files.list(folder)) {
            for (Path marker : markers.filter(Files::isRegularFile).toList()) {
                Bundle bundle = context.getBundle(BundleOrigin.DEPLOY_PREFIX + marker.getFileName());
                if (bundle == null) {
                    Files.deleteIfExists(marker);
                    continue;
                }
                String before = Files.readString(marker, StandardCharsets.UTF_8).strip();
                try {
                    bundle.stop(); // not started: clears its persistent "started" flag, the framework leaves it resolved
                } catch (BundleException | IllegalStateException e) {
                    LOG.warn("could not keep {} from starting: {}", bundle.getSymbolicName(), e.getMessage());
                }
                if (before.startsWith("starting")) {
                    write(marker, "the platform stopped or hung while this bundle was starting (" + before
                            + "); it was not started at the next boot");
                }
                LOG.error("procedure bundle {} ({}) is quarantined: {}. Fix or remove it, then start it again by hand",
                        bundle.getSymbolicName(), marker.getFileName(), Files.readString(marker, StandardCharsets.UTF_8).strip());
            }
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (!BundleOrigin.isProcedureBundle(bundle)) {
            return;
        }
        Path marker = folder.resolve(BundleOrigin.fileOf(bundle));
        switch (event.getType()) {
            case BundleEvent.STARTING -> starting(bundle, marker);
            case BundleEvent.STARTED, BundleEvent.STOPPED -> finished(bundle, marker, event.getType());
            case BundleEvent.UNINSTALLED -> {
                finished(bundle, marker, BundleEvent.UNINSTALLED);
                deleteQuietly(marker);
            }
            default -> {
                // other transitions do not run bundle code on our behalf
            }
        }
    }

    private void starting(Bundle bundle, Path marker) {
        write(marker, "starting since " + Instant.now());
        Thread starter = Thread.currentThread(); // a synchronous listener runs on the thread that calls the activator
        timedOut.remove(bundle.getBundleId());
        watches.put(bundle.getBundleId(), watchdog.schedule(() -> {
            timedOut.put(bundle.getBundleId(), true);
            write(marker, "its start did not finish within " + limit.toSeconds() + " s and was interrupted");
            LOG.error("procedure bundle {} did not finish starting within {} s: interrupting it and quarantining it",
                    bundle.getSymbolicName(), limit.toSeconds());
            starter.interrupt();
        }, limit.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void finished(Bundle bundle, Path marker, int event) {
        ScheduledFuture<?> watch = watches.remove(bundle.getBundleId());
        if (watch != null) {
            watch.cancel(false);
        }
        if (timedOut.remove(bundle.getBundleId()) == null) {
            deleteQuietly(marker);
        } else if (event == BundleEvent.STOPPED) {
            // The interrupt was meant for the activator; the thread that started the bundle (framework, HTTP) goes on.
            Thread.interrupted();
        }
    }

    void close() {
        watchdog.shutdownNow();
    }

    private static void write(Path marker, String text) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot write start marker {}: {}", marker, e.getMessage());
        }
    }

    private static void deleteQuietly(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("cannot delete start marker {}: {}", marker, e.getMessage());
        }
    }
}
