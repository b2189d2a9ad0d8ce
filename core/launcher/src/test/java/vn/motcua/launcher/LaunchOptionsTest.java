package vn.motcua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsArePort8080AndDataFolderInWorkingDirectory() {
        LaunchOptions o = LaunchOptions.parse(new String[0], Map.of());
        assertEquals(8080, o.port());
        assertEquals(Path.of("data").toAbsolutePath().normalize(), o.dataDir());
    }

    @Test
    void optionsWinOverEnvironment() {
        LaunchOptions o = LaunchOptions.parse(new String[] {"--port", "9090", "--data-dir", "/tmp/x", "--demo"},
                Map.of("MOTCUA_PORT", "7070", "MOTCUA_DATA_DIR", "/tmp/y", "MOTCUA_HOME", "/opt/motcua"));
        assertEquals(9090, o.port());
        assertEquals(Path.of("/tmp/x"), o.dataDir());
        assertEquals(Path.of("/opt/motcua/config"), o.configDir());
        assertTrue(o.demo());
    }

    @Test
    void environmentWinsOverDefaults() {
        LaunchOptions o = LaunchOptions.parse(new String[0], Map.of("MOTCUA_PORT", "7070", "MOTCUA_DATA_DIR", "/tmp/y"));
        assertEquals(7070, o.port());
        assertEquals(Path.of("/tmp/y"), o.dataDir());
    }

    @Test
    void badPortIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(new String[] {"--port", "abc"}, Map.of()));
        assertTrue(e.getMessage().contains("--port"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(new String[] {"--port", "70000"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(new String[] {"--nope"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(new String[] {"--port"}, Map.of()));
    }

    /** Decision 1502: the demo data bundle's folder is a platform bundle folder only with --demo. */
    @Test
    void demoFolderOnlyWithDemo() {
        Map<String, String> env = Map.of("MOTCUA_HOME", "/opt/motcua");
        assertEquals(List.of(Path.of("/opt/motcua/bundles")), LaunchOptions.parse(new String[0], env).platformBundleFolders());
        assertEquals(List.of(Path.of("/opt/motcua/bundles"), Path.of("/opt/motcua/demo")),
                LaunchOptions.parse(new String[] {"--demo"}, env).platformBundleFolders());
    }
}
