package vn.motcua.runtime.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleStorage;
import vn.motcua.runtime.deploy.BundleSync;
import vn.motcua.runtime.deploy.BundleCheck;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.deploy.DeploymentRefusedException;
import vn.motcua.runtime.deploy.NoSuchBundleException;
import vn.motcua.runtime.registry.BundleReport;

/**
 * The deploy folder and the administration of procedure bundles. Dropping a jar installs it, replacing it
 * updates, deleting it uninstalls; the HTTP operations go through the same code. Every jar is inspected before
 * it touches the framework, so a broken update leaves the running version serving.
 *
 * <p>Why polling and not a file-system watch: a copy in progress looks like a finished file to a watch event; a
 * poll every {@value #POLL_MILLIS} ms that waits for the size and time to stay unchanged once is simple, portable
 * and still well under a second.
 *
 * <p>Thread-safety: every operation is {@code synchronized}; the poller and HTTP calls are serialised.
 */
final class DeployFolder implements BundleAdministration, AutoCloseable {

    static final String LOCATION_PREFIX = "motcua:deploy/";
    static final long POLL_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);

    /** A file's size and modification time, to see that it changed and that it stopped changing. */
    private record Stamp(long size, long modified) {
    }

    private final BundleContext context;
    private final Path folder;
    private final ProcedureCatalogue catalogue;
    private final BundleDescriptors descriptors;
    private final Map<String, Stamp> applied = new HashMap<>();
    private final Map<String, Stamp> observed = new HashMap<>();
    private final Map<String, List<String>> fileProblems = new HashMap<>();
    private final DeployHistory history;
    /** Markers of starts that never finished, written by the launcher (decision 1621); read here for the listing. */
    private final Path quarantine;
    /** The bundles shared by all nodes (PostgreSQL, decision 1413), or null: this folder alone. */
    private volatile BundleStorage shared;
    /** What the reconciler of the shared bundles says of this node, while there is one. */
    private volatile Supplier<BundleSync> sync = () -> BundleSync.ALONE;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "motcua-deploy-folder");
        t.setDaemon(true);
        return t;
    });

    DeployFolder(BundleContext context, Path folder, ProcedureCatalogue catalogue, BundleDescriptors descriptors,
                 DeployHistory history) {
        this.context = context;
        this.folder = folder;
        this.history = history;
        this.catalogue = catalogue;
        this.descriptors = descriptors;
        this.quarantine = folder.resolveSibling("quarantine");
    }

    /** Brings the framework in line with the folder as it is now, then watches it. */
    void start() throws IOException {
        Files.createDirectories(folder);
        synchronized (this) {
            Map<String, Stamp> files = listJars();
            for (Bundle b : deployBundles()) {
                String file = fileOf(b);
                Stamp stamp = files.get(file);
                if (stamp == null) {
                    LOG.info("{} is no longer in {}: uninstalling bundle {}", file, folder, b.getSymbolicName());
                    uninstallQuietly(b);
                } else if (b.getLastModified() >= stamp.modified()) {
                    applied.put(file, stamp);
                }
            }
            files.forEach((file, stamp) -> {
                if (!applied.containsKey(file)) {
                    apply(file, stamp);
                }
            });
        }
        poller.scheduleWithFixedDelay(this::scanSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException | IOException e) {
            LOG.error("deploy folder scan failed; will retry: {}", e.toString());
        }
    }

    synchronized void scan() throws IOException {
        Map<String, Stamp> files = listJars();
        for (Map.Entry<String, Stamp> e : files.entrySet()) {
            String file = e.getKey();
            Stamp stamp = e.getValue();
            if (stamp.equals(applied.get(file))) {
                continue;
            }
            if (!stamp.equals(observed.put(file, stamp))) {
                continue; // changed since the last look: wait until it stays the same once
            }
            apply(file, stamp);
        }
        for (String file : new ArrayList<>(applied.keySet())) {
            if (!files.containsKey(file)) {
                applied.remove(file);
                observed.remove(file);
                fileProblems.remove(file);
                bundleAt(file).ifPresent(b -> {
                    LOG.info("{} deleted: uninstalling bundle {}", file, b.getSymbolicName());
                    catalogue.forget(b.getBundleId());
                    uninstallQuietly(b);
                });
                share(file, null, BundleStorage.State.REMOVED, false);
            }
        }
        observed.keySet().retainAll(files.keySet());
        fileProblems.keySet().retainAll(files.keySet());
    }

    /** Installs or updates from one file; problems are recorded against the file and logged, never thrown. */
    private void apply(String file, Stamp stamp) {
        applied.put(file, stamp);
        byte[] jar;
        try {
            jar = Files.readAllBytes(folder.resolve(file));
        } catch (IOException e) {
            record(file, List.of(file + ": cannot be read: " + e.getMessage()));
            return;
        }
        List<String> problems = installOrUpdate(file, jar, false);
        if (problems.isEmpty()) {
            history.remember(file, jar);
            // a jar copied into this node's folder is the cluster's too; a refused one is never stored (decision 1413)
            share(file, jar, stateOf(file), false);
        }
        record(file, problems);
    }

    /**
     * Tells the other nodes (through the shared storage, if any) what this node accepted. A failure is logged and
     * rethrown: the change holds on this node and is stored again by the next change or a repeat of the request.
     */
    private void share(String file, byte[] jar, BundleStorage.State state, boolean rolledBack) {
        BundleStorage s = shared;
        if (s == null) {
            return;
        }
        try {
            if (jar == null) {
                s.state(file, state);
            } else {
                s.store(file, jar, state, rolledBack);
            }
        } catch (RuntimeException e) {
            LOG.error("{}: applied on this node but not stored for the other nodes: {}", file, e.toString());
            throw e;
        }
    }

    private BundleStorage.State stateOf(String file) {
        return bundleAt(file).filter(b -> b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING)
                .map(b -> BundleStorage.State.ACTIVE).orElse(BundleStorage.State.STOPPED);
    }

    /** From now on, what this node accepts is stored in {@code storage} for the other nodes; null: this folder alone. */
    void share(BundleStorage storage) {
        this.shared = storage;
    }

    /** Who tells whether this node keeps up with the shared bundles; null when it shares none. */
    void syncReportedBy(Supplier<BundleSync> reporter) {
        this.sync = reporter == null ? () -> BundleSync.ALONE : reporter;
    }

    @Override
    public BundleSync sync() {
        return sync.get();
    }

    /** Jars in this folder, for the first node that shares a cluster's empty storage. */
    synchronized Map<String, byte[]> accepted() throws IOException {
        Map<String, byte[]> jars = new HashMap<>();
        for (String file : listJars().keySet()) {
            if (bundleAt(file).isPresent() && !fileProblems.containsKey(file)) {
                jars.put(file, Files.readAllBytes(folder.resolve(file)));
            }
        }
        return jars;
    }

    /** Whether the bundle of a file runs, as stored for the other nodes. */
    synchronized BundleStorage.State state(String file) {
        return stateOf(file);
    }

    /**
     * Brings this node in line with a bundle as the cluster wants it (decision 1413): writes the jar into this folder
     * and installs or updates it when its SHA-256 differs from the local file's (a rollback's older jar is allowed to
     * downgrade), uninstalls a removed one, and starts or stops it. Nothing is stored back: the row came from there.
     */
    synchronized void reconcile(BundleStorage.Desired d, Supplier<Optional<byte[]>> jarOf) throws IOException {
        String file = d.file();
        Path target = folder.resolve(file);
        if (!file.endsWith(".jar") || !target.normalize().getParent().equals(folder.normalize())) {
            LOG.error("shared bundle {} ignored: not a jar file name", file);
            return;
        }
        if (d.state() == BundleStorage.State.REMOVED) {
            Files.deleteIfExists(target);
            applied.remove(file);
            observed.remove(file);
            fileProblems.remove(file);
            bundleAt(file).ifPresent(b -> {
                LOG.info("{} removed on another node: uninstalling bundle {}", file, b.getSymbolicName());
                catalogue.forget(b.getBundleId());
                uninstallQuietly(b);
            });
            return;
        }
        String local = Files.isRegularFile(target) ? sha256(Files.readAllBytes(target)) : null;
        if (!d.sha256().equals(local) || bundleAt(file).isEmpty()) {
            Optional<byte[]> jar = jarOf.get();
            if (jar.isEmpty()) {
                return;
            }
            Path tmp = folder.resolve(".shared-" + UUID.randomUUID() + ".tmp");
            Files.write(tmp, jar.get());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Stamp stamp = stampOf(target);
            observed.put(file, stamp);
            applied.put(file, stamp);
            List<String> problems = installOrUpdate(file, jar.get(), d.rolledBack());
            if (problems.isEmpty()) {
                if (d.rolledBack()) {
                    history.forgetNewest(file);
                } else {
                    history.remember(file, jar.get());
                }
                LOG.info("{} applied from the shared storage (revision {})", file, d.revision());
            }
            record(file, problems);
        }
        Optional<Bundle> b = bundleAt(file);
        if (b.isEmpty()) {
            return;
        }
        try {
            boolean active = b.get().getState() == Bundle.ACTIVE || b.get().getState() == Bundle.STARTING;
            if (d.state() == BundleStorage.State.STOPPED && active) {
                b.get().stop();
                LOG.info("{} stopped on another node: stopped here", file);
            } else if (d.state() == BundleStorage.State.ACTIVE && !active) {
                b.get().start();
                LOG.info("{} started on another node: started here", file);
            }
        } catch (BundleException e) {
            record(file, List.of(file + ": " + whyNotStarted(file, e)));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void record(String file, List<String> problems) {
        if (problems.isEmpty()) {
            fileProblems.remove(file);
        } else {
            fileProblems.put(file, problems);
            problems.forEach(p -> LOG.error("{} refused: {}", file, p));
        }
    }

    /** Why a jar may not be installed: its descriptors' problems, then the version rules against what runs now. */
    private List<String> refusals(BundleDescriptors.JarSummary summary, boolean rollback) {
        if (!summary.declared().problems().isEmpty()) {
            return summary.declared().problems();
        }
        return VersionRules.check(summary.declared().procedures(), catalogue.all(), rollback);
    }

    private List<String> installOrUpdate(String file, byte[] jar, boolean rollback) {
        BundleDescriptors.JarSummary summary = descriptors.inspect(file, jar);
        List<String> refused = refusals(summary, rollback);
        if (!refused.isEmpty()) {
            return refused;
        }
        Optional<Bundle> existing = bundleAt(file);
        if (existing.isEmpty()) {
            Optional<Bundle> sameName = deployBundles().stream()
                    .filter(b -> summary.symbolicName().equals(b.getSymbolicName())).findFirst();
            if (sameName.isPresent()) {
                return List.of(file + ": bundle " + summary.symbolicName() + " is already installed from "
                        + fileOf(sameName.get()) + "; replace that file instead of adding a second one");
            }
        }
        try {
            if (existing.isPresent()) {
                Bundle bundle = existing.get();
                catalogue.beginSwap(bundle.getBundleId());
                try {
                    bundle.update(new ByteArrayInputStream(jar));
                    // The refresh restarts the bundle once more; it belongs inside the swap window too.
                    refreshAndWait(bundle);
                } finally {
                    catalogue.endSwap(bundle.getBundleId());
                }
                LOG.info("updated {} to {} {}", file, bundle.getSymbolicName(), bundle.getVersion());
            } else {
                Bundle bundle = context.installBundle(LOCATION_PREFIX + file, new ByteArrayInputStream(jar));
                try {
                    bundle.start();
                } catch (BundleException e) {
                    if (e.getType() == BundleException.RESOLVE_ERROR) {
                        // Nothing of it ever ran: take it out again, as if refused before install.
                        uninstallQuietly(bundle);
                        return List.of(file + ": refused: " + e.getMessage() + ". " + CONFINEMENT);
                    }
                    throw e;
                }
                LOG.info("installed {} as {} {}", file, bundle.getSymbolicName(), bundle.getVersion());
            }
            return List.of();
        } catch (BundleException | IllegalStateException e) {
            return List.of(file + ": installed but cannot start: " + whyNotStarted(file, e));
        }
    }

    /** The framework's reason, with what the platform made of it: a quarantine (decision 1621) or the confinement. */
    private String whyNotStarted(String file, Exception e) {
        return e.getMessage() + (quarantineReason(file).isPresent()
                ? " (its start overran the platform's time limit and was interrupted; it is quarantined)"
                : e instanceof BundleException b && b.getType() == BundleException.RESOLVE_ERROR ? ". " + CONFINEMENT : "");
    }

    /** Why a procedure bundle that imports a platform package does not resolve (the rule: the launcher's resolver hook). */
    static final String CONFINEMENT = "A procedure bundle may import only the plugin API (vn.motcua.api.*), the OSGi "
            + "framework and Declarative Services API and packages of other procedure bundles; the platform's internal "
            + "packages (storage, security, engine, web, libraries) are not offered to it (decision 1620)";

    /** Drops the old revision now, so that no class of the previous version lingers; waits until it is done. */
    private void refreshAndWait(Bundle bundle) {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        wiring.refreshBundles(List.of(bundle), event -> done.countDown());
        try {
            if (!done.await(10, TimeUnit.SECONDS)) {
                LOG.warn("refresh of {} did not finish within 10 s", bundle.getSymbolicName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refresh(Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        wiring.refreshBundles(List.of(bundle));
    }

    @Override
    public synchronized List<BundleInfo> list() {
        List<BundleInfo> infos = new ArrayList<>();
        Map<Long, BundleReport> reports = new HashMap<>();
        catalogue.reports().forEach(r -> reports.put(r.bundleId(), r));
        for (Bundle b : context.getBundles()) {
            infos.add(info(b, reports.get(b.getBundleId())));
        }
        fileProblems.forEach((file, problems) -> {
            if (bundleAt(file).isEmpty()) {
                infos.add(new BundleInfo(-1, file, "", "REFUSED", "deploy", file, List.of(), problems));
            }
        });
        infos.sort(Comparator.comparing((BundleInfo i) -> !"deploy".equals(i.origin())).thenComparing(BundleInfo::id));
        return infos;
    }

    @Override
    public synchronized BundleInfo deploy(String fileName, byte[] jar) {
        BundleDescriptors.JarSummary summary = descriptors.inspect(fileName, jar);
        List<String> refused = refusals(summary, false);
        if (!refused.isEmpty()) {
            throw new DeploymentRefusedException(fileName + " was refused; the running version, if any, stays active", refused);
        }
        String file = deployBundles().stream()
                .filter(b -> summary.symbolicName().equals(b.getSymbolicName()))
                .map(DeployFolder::fileOf)
                .findFirst()
                .orElse(summary.symbolicName() + ".jar");
        Path target = folder.resolve(file);
        try {
            Path tmp = folder.resolve(".upload-" + UUID.randomUUID() + ".tmp");
            Files.write(tmp, jar);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Stamp stamp = stampOf(target);
            observed.put(file, stamp);
            List<String> problems = installOrUpdate(file, jar, false);
            applied.put(file, stamp);
            if (problems.isEmpty()) {
                history.remember(file, jar);
            }
            record(file, problems);
            if (!problems.isEmpty()) {
                throw new DeploymentRefusedException(fileName + " could not be started", problems);
            }
            share(file, jar, stateOf(file), false); // only what this node accepted and started (decision 1413)
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return bundleAt(file).map(b -> info(b, reportOf(b))).orElseThrow();
    }

    @Override
    public BundleCheck check(String fileName, byte[] jar) {
        return new DryRun(descriptors, catalogue).check(fileName, jar);
    }

    @Override
    public synchronized BundleInfo start(long id) {
        Bundle b = deployBundle(id);
        try {
            b.start();
        } catch (BundleException e) {
            throw new DeploymentRefusedException("bundle " + b.getSymbolicName() + " cannot start",
                    List.of(whyNotStarted(fileOf(b), e)));
        }
        share(fileOf(b), null, BundleStorage.State.ACTIVE, false);
        return info(b, reportOf(b));
    }

    @Override
    public synchronized BundleInfo stop(long id) {
        Bundle b = deployBundle(id);
        try {
            b.stop();
        } catch (BundleException e) {
            throw new DeploymentRefusedException("bundle " + b.getSymbolicName() + " cannot stop", List.of(e.getMessage()));
        }
        share(fileOf(b), null, BundleStorage.State.STOPPED, false);
        return info(b, reportOf(b));
    }

    @Override
    public synchronized BundleInfo rollback(long id) {
        Bundle b = deployBundle(id);
        String file = fileOf(b);
        byte[] previous = history.previous(file).orElseThrow(() -> new DeploymentRefusedException(
                "bundle " + b.getSymbolicName() + " has no earlier version to roll back to",
                List.of(file + ": only one version was ever installed from this file")));
        Path target = folder.resolve(file);
        try {
            Path tmp = folder.resolve(".rollback-" + UUID.randomUUID() + ".tmp");
            Files.write(tmp, previous);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Stamp stamp = stampOf(target);
            observed.put(file, stamp);
            applied.put(file, stamp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        List<String> problems = installOrUpdate(file, previous, true);
        record(file, problems);
        if (!problems.isEmpty()) {
            throw new DeploymentRefusedException("rollback of " + b.getSymbolicName() + " failed", problems);
        }
        history.forgetNewest(file);
        LOG.info("rolled back {} to {}", b.getSymbolicName(), b.getVersion());
        share(file, previous, stateOf(file), true);
        return info(b, reportOf(b));
    }

    @Override
    public synchronized void uninstall(long id) {
        Bundle b = deployBundle(id);
        String file = fileOf(b);
        try {
            Files.deleteIfExists(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder.resolve(file), e);
        }
        applied.remove(file);
        observed.remove(file);
        fileProblems.remove(file);
        catalogue.forget(id);
        uninstallQuietly(b);
        share(file, null, BundleStorage.State.REMOVED, false);
    }

    private BundleReport reportOf(Bundle b) {
        return catalogue.reports().stream().filter(r -> r.bundleId() == b.getBundleId()).findFirst().orElse(null);
    }

    private BundleInfo info(Bundle b, BundleReport report) {
        String origin = b.getBundleId() == 0 ? "system" : b.getLocation().startsWith(LOCATION_PREFIX) ? "deploy" : "platform";
        String file = "deploy".equals(origin) ? fileOf(b) : null;
        List<String> problems = new ArrayList<>();
        if (report != null) {
            problems.addAll(report.problems());
        }
        if (file != null) {
            problems.addAll(fileProblems.getOrDefault(file, List.of()));
        }
        String state = stateName(b.getState());
        List<String> warnings = new ArrayList<>();
        if (file != null) {
            Optional<String> quarantined = quarantineReason(file);
            if (quarantined.isPresent() && b.getState() != Bundle.ACTIVE && b.getState() != Bundle.STARTING) {
                state = "QUARANTINED";
                problems.add(file + ": quarantined, not started: " + quarantined.get() + ". Fix or remove the bundle; "
                        + "starting it again (POST /api/v1/admin/bundles/" + b.getBundleId() + "/start) lifts the quarantine");
            }
            if (b.getHeaders().get(org.osgi.framework.Constants.BUNDLE_ACTIVATOR) != null) {
                warnings.add(file + ": has a Bundle-Activator, which runs with the platform's privileges at every start; "
                        + "a procedure bundle needs none: declare procedures in its descriptor and write hooks as "
                        + "Declarative Services components (decision 1620)");
            }
        }
        return new BundleInfo(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), state, origin,
                file, report == null ? List.of() : report.procedures(), problems, warnings,
                report == null ? List.of() : report.waiting());
    }

    private Optional<String> quarantineReason(String file) {
        Path marker = quarantine.resolve(file);
        try {
            return Files.isRegularFile(marker) ? Optional.of(Files.readString(marker).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.of("its start marker cannot be read: " + e.getMessage());
        }
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    private Bundle deployBundle(long id) {
        Bundle b = context.getBundle(id);
        if (b == null || !b.getLocation().startsWith(LOCATION_PREFIX)) {
            throw new NoSuchBundleException(id);
        }
        return b;
    }

    private List<Bundle> deployBundles() {
        return Stream.of(context.getBundles()).filter(b -> b.getLocation().startsWith(LOCATION_PREFIX)).toList();
    }

    private Optional<Bundle> bundleAt(String file) {
        return Optional.ofNullable(context.getBundle(LOCATION_PREFIX + file));
    }

    private static String fileOf(Bundle b) {
        return b.getLocation().substring(LOCATION_PREFIX.length());
    }

    private void uninstallQuietly(Bundle b) {
        Set<String> classes = LingeringThreads.classesOf(b);
        try {
            b.uninstall();
            refresh(b);
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("could not uninstall {}: {}", b.getSymbolicName(), e.getMessage());
        }
        List<String> lingering = LingeringThreads.interrupt(classes);
        if (!lingering.isEmpty()) {
            LOG.warn("bundle {} left threads running after it was uninstalled; interrupted {}. A thread that ignores the "
                    + "interrupt keeps running until the platform restarts", b.getSymbolicName(), lingering);
        }
    }

    private Map<String, Stamp> listJars() throws IOException {
        Map<String, Stamp> files = new HashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).toList()) {
                files.put(p.getFileName().toString(), stampOf(p));
            }
        }
        return files;
    }

    private static Stamp stampOf(Path p) throws IOException {
        return new Stamp(Files.size(p), Files.getLastModifiedTime(p).toMillis());
    }
}
