package vn.motcua.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the framework's platform bundles equal to the jars of this start's folders (the distribution's
 * {@code bundles/}, and {@code demo/} with {@code --demo}): installs new ones, updates changed ones, uninstalls those
 * not in the folders (no longer shipped, or the demo bundle of an earlier {@code --demo} start), and starts them all.
 * Procedure bundles are not touched here: the runtime's deploy folder owns them.
 */
final class PlatformBundles {

    static final String LOCATION_PREFIX = "motcua:platform/";
    private static final Logger LOG = LoggerFactory.getLogger(PlatformBundles.class);

    private final List<Path> folders;

    PlatformBundles(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    void reconcile(BundleContext context) throws IOException, BundleException {
        List<Path> jars = new ArrayList<>();
        for (Path folder : folders) {
            jars.addAll(jars(folder));
        }
        Map<String, Bundle> installed = Stream.of(context.getBundles())
                .filter(b -> b.getLocation().startsWith(LOCATION_PREFIX))
                .collect(Collectors.toMap(Bundle::getLocation, Function.identity()));
        List<Bundle> toStart = new ArrayList<>();
        for (Path jar : jars) {
            String location = LOCATION_PREFIX + jar.getFileName();
            Bundle bundle = installed.remove(location);
            // One broken jar must not keep the rest of the platform (and /api/v1/health) down: log it and go on.
            try {
                if (bundle == null) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        bundle = context.installBundle(location, in);
                    }
                } else if (Files.getLastModifiedTime(jar).toMillis() > bundle.getLastModified()) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        bundle.update(in);
                    }
                    LOG.info("updated platform bundle {}", jar.getFileName());
                }
                toStart.add(bundle);
            } catch (BundleException e) {
                LOG.error("platform bundle {} cannot be installed: {}", jar.getFileName(), e.getMessage());
            }
        }
        for (Bundle gone : installed.values()) {
            LOG.info("uninstalling platform bundle {}: not in this start's folders {}", gone.getSymbolicName(), folders);
            gone.uninstall();
        }
        for (Bundle bundle : toStart) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException e) {
                    LOG.error("platform bundle {} cannot start: {}", bundle.getSymbolicName(), e.getMessage());
                }
            }
        }
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new PlatformStartException("platform bundles folder " + folder
                    + " is missing: run bin/motcua from the built distribution (mvn install)", null);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
