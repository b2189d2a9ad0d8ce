package vn.motcua.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of a data folder, puts the sample procedure bundles into its deploy folder, so they are
 * managed like any bundle an administrator deploys (stop, update, remove) and never come back once removed.
 */
final class SampleBundles {

    private static final Logger LOG = LoggerFactory.getLogger(SampleBundles.class);
    private final Path samples;

    SampleBundles(Path samples) {
        this.samples = samples;
    }

    void copyInto(Path deploy) throws IOException {
        if (!Files.isDirectory(samples)) {
            return;
        }
        try (Stream<Path> jars = Files.list(samples)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Files.copy(jar, deploy.resolve(jar.getFileName()));
                LOG.info("sample procedure bundle {} placed in {}", jar.getFileName(), deploy);
            }
        }
    }
}
