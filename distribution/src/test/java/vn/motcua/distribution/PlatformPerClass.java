package vn.motcua.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real platform for all tests of a class, in a fresh folder: started before the first test, stopped and its folder
 * removed after the last. Replaces the {@code @BeforeAll}/{@code @AfterAll} pair each IT used to copy:
 * <pre>{@code
 * @RegisterExtension
 * static final PlatformPerClass running = new PlatformPerClass();
 * ... running.platform().get("/api/v1/health") ...
 * }</pre>
 */
final class PlatformPerClass implements BeforeAllCallback, AfterAllCallback {

    private Path folder;
    private RunningPlatform platform;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("motcua-" + context.getRequiredTestClass().getSimpleName() + "-");
        platform = new RunningPlatform(folder.resolve("data"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            platform = null;
            delete(folder);
        }
    }

    /** The running platform. */
    RunningPlatform platform() {
        if (platform == null) {
            throw new IllegalStateException("the platform runs only between beforeAll and afterAll; register this with"
                    + " @RegisterExtension on a static field");
        }
        return platform;
    }

    /** A folder beside the platform's data for the test's own files; removed with it. */
    Path folder() {
        return folder;
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
