package vn.motcua.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Felix framework with motcua's bundles in it.
 *
 * <p>The framework cache lives in the data folder and is kept across restarts, so procedure bundles an
 * administrator installed or stopped stay that way; platform bundles are reconciled with the distribution's
 * {@code bundles/} folder (and {@code demo/} with {@code --demo}) at every start.
 */
final class Platform {

    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    /** Packages of the launcher's class path that bundles import: logging is set up once, outside the framework. */
    private static final String SYSTEM_PACKAGES_EXTRA = String.join(",",
            "org.slf4j;version=2.0.17", "org.slf4j.event;version=2.0.17",
            "org.slf4j.spi;version=2.0.17", "org.slf4j.helpers;version=2.0.17");

    private final LaunchOptions options;
    private final long startNanos = System.nanoTime();
    private volatile Framework framework;
    private volatile StartQuarantine startWatch;

    Platform(LaunchOptions options) {
        this.options = options;
    }

    void start() {
        try {
            Path deploy = options.dataDir().resolve("deploy");
            boolean firstStart = !Files.exists(deploy);
            Files.createDirectories(deploy);
            Files.createDirectories(options.dataDir().resolve("attachments"));
            PrivateFolder.tighten(options.dataDir());
            if (firstStart) {
                new SampleBundles(options.home().resolve("samples")).copyInto(deploy);
            }
            if (!Files.isDirectory(options.configDir())) {
                throw new PlatformStartException("configuration folder " + options.configDir()
                        + " does not exist: pass --config-dir or set MOTCUA_HOME to the distribution folder", null);
            }
            Framework fw = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(frameworkProperties());
            fw.init();
            framework = fw;
            confineProcedureBundles(fw.getBundleContext());
            new PlatformBundles(options.platformBundleFolders()).reconcile(fw.getBundleContext());
            fw.start();
            LOG.info("motcua framework started in {} ms; data folder {}", elapsedMillis(), options.dataDir());
            Thread ready = new Thread(this::announceWhenServing, "motcua-ready");
            ready.setDaemon(true);
            ready.start();
        } catch (IOException | BundleException e) {
            throw new PlatformStartException("could not start the platform: " + e.getMessage(), e);
        }
    }

    /**
     * Before any bundle resolves or starts: procedure bundles see only the plugin API (packages and services), a
     * bundle whose last start never finished is kept stopped, every start is watched, and the bootstrap secret is
     * offered once to the platform (decisions 1620 and 1621).
     */
    private void confineProcedureBundles(BundleContext context) throws IOException {
        context.registerService(ResolverHookFactory.class, new ProcedureBundleConfinement(), null);
        PlatformServiceVisibility visibility = new PlatformServiceVisibility();
        context.registerService(new String[] {FindHook.class.getName(), EventListenerHook.class.getName()}, visibility, null);
        StartQuarantine quarantine = new StartQuarantine(options.dataDir().resolve("quarantine"), startLimit());
        quarantine.quarantineUnfinishedStarts(context);
        context.addBundleListener(quarantine);
        startWatch = quarantine;
        BootstrapSecret secret = BootstrapSecret.fromLaunch(System.getenv());
        if (secret.present()) {
            context.registerService(Supplier.class, secret,
                    new Hashtable<>(Map.of(BootstrapSecret.SERVICE_PROPERTY, BootstrapSecret.ADMIN_PASSWORD)));
        }
    }

    /** How long a procedure bundle's activator may take ({@code -Dmotcua.bundle.start.timeout.seconds}, default 10). */
    private static Duration startLimit() {
        String seconds = System.getProperty("motcua.bundle.start.timeout.seconds", "10");
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(seconds.trim())));
        } catch (NumberFormatException e) {
            throw new PlatformStartException("motcua.bundle.start.timeout.seconds must be a whole number of seconds, was '"
                    + seconds + "'", e);
        }
    }

    private Map<String, String> frameworkProperties() {
        Map<String, String> props = new HashMap<>();
        props.put("org.osgi.framework.storage", options.dataDir().resolve("framework").toString());
        props.put("org.osgi.framework.system.packages.extra", SYSTEM_PACKAGES_EXTRA);
        // jdk.jfr.*: libraries emit flight-recorder events (JDBI does) whose handler classes the JVM generates at run
        // time in jdk.jfr.internal.handlers; no bundle can import them, so without this every such statement failed
        // while an operator's recording ran (FlightRecordingIT).
        props.put("org.osgi.framework.bootdelegation", "sun.*,com.sun.*,jdk.internal.*,jdk.jfr.*");
        props.put("org.osgi.service.http.port", Integer.toString(options.port()));
        props.put("org.apache.felix.http.host", "0.0.0.0");
        // A connection silent for 30 s is closed (Jetty's default 60 s let slow clients hold threads twice as long);
        // minimum body data rate and the connection cap: SlowClientLimits in core/web (decision 1622).
        props.put("org.apache.felix.http.timeout", System.getProperty("motcua.http.idleTimeoutMillis", "30000"));
        props.put("felix.log.level", "1");
        props.put("motcua.http.port", Integer.toString(options.port()));
        props.put("motcua.data.dir", options.dataDir().toString());
        props.put("motcua.config.dir", options.configDir().toString());
        props.put("motcua.demo", Boolean.toString(options.demo()));
        // The admin password is no framework property (every bundle could read it): see BootstrapSecret.
        if (!options.dbUrl().isBlank()) {
            props.put("motcua.db.url", options.dbUrl());
        }
        // Database credentials also come from the environment only, like the admin password.
        copyEnv(props, "MOTCUA_DB_USER", "motcua.db.user");
        copyEnv(props, "MOTCUA_DB_PASSWORD", "motcua.db.password");
        return props;
    }

    private static void copyEnv(Map<String, String> props, String env, String property) {
        String value = System.getenv(env);
        if (value != null && !value.isBlank()) {
            props.put(property, value);
        }
    }

    /** Logs one line when the health endpoint first answers, so operators and benchmarks see when it really serves. */
    private void announceWhenServing() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        URI health = URI.create("http://127.0.0.1:" + options.port() + "/api/v1/health");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && framework != null) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofMillis(500)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    LOG.info("motcua serving on http://localhost:{}/ ({} ms after start)", options.port(), elapsedMillis());
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(20);
        }
        LOG.warn("motcua did not answer on /api/v1/health within 60 s; see the log above for the bundle that failed");
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    void stop() {
        Framework fw = framework;
        if (fw == null) {
            return;
        }
        try {
            fw.stop();
            fw.waitForStop(20_000);
            StartQuarantine watch = startWatch;
            if (watch != null) {
                watch.close();
            }
        } catch (BundleException e) {
            LOG.warn("framework did not stop cleanly: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitStop() throws InterruptedException {
        Framework fw = framework;
        if (fw != null) {
            fw.waitForStop(0);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
