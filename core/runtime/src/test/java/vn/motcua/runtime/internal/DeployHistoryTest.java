package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployHistoryTest {

    @TempDir
    Path temp;

    @Test
    void previousIsTheJarBeforeTheNewestAndRollbackCanRepeat() {
        DeployHistory h = new DeployHistory(temp, 3);
        assertTrue(h.previous("a.jar").isEmpty());
        h.remember("a.jar", new byte[] {1});
        h.remember("a.jar", new byte[] {1}); // same content: not a new version
        assertTrue(h.previous("a.jar").isEmpty());
        h.remember("a.jar", new byte[] {2});
        h.remember("a.jar", new byte[] {3});
        assertArrayEquals(new byte[] {2}, h.previous("a.jar").orElseThrow());
        h.forgetNewest("a.jar");
        assertArrayEquals(new byte[] {1}, h.previous("a.jar").orElseThrow());
    }

    @Test
    void onlyTheLastFewVersionsAreKept() {
        DeployHistory h = new DeployHistory(temp, 2);
        for (byte b = 1; b <= 5; b++) {
            h.remember("a.jar", new byte[] {b});
        }
        assertArrayEquals(new byte[] {4}, h.previous("a.jar").orElseThrow());
        h.forgetNewest("a.jar");
        assertTrue(h.previous("a.jar").isEmpty());
    }
}
