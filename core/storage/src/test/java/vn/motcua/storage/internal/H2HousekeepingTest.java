package vn.motcua.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2HousekeepingTest {

    @TempDir
    Path dir;

    @Test
    void smallStepCompactionReachesTheStoreOfThisH2VersionAndRewritesWithoutLosingARow() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("hk") + ";RETENTION_TIME=1000";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            H2Housekeeping housekeeping = H2Housekeeping.start(c, 20, 90, 512 * 1024);
            assertNotNull(housekeeping, "the MVStore must be reachable, else H2's long compaction pauses come back");
            try (housekeeping; Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(500))");
                s.execute("INSERT INTO t SELECT x, REPEAT('a', 400) FROM SYSTEM_RANGE(1, 2000)");
                PreparedStatement update = c.prepareStatement("UPDATE t SET v = ? WHERE id = ?");
                // Every commit made durable on its own, as the dossier store does: thousands of small chunks.
                for (int i = 0; i < 3000; i++) {
                    update.setString(1, "v" + i + "a".repeat(390));
                    update.setInt(2, 1 + (i * 7) % 2000);
                    update.executeUpdate();
                    s.execute("CHECKPOINT");
                }
                Thread.sleep(1500); // retention time, then a few compaction steps
                s.execute("CHECKPOINT");
                assertTrue(housekeeping.rewritingSteps() > 0, "thousands of small chunks must have been compacted");
            }
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN v LIKE 'v2999a%' THEN 1 ELSE 0 END) FROM t")) {
            rs.next();
            assertEquals(2000, rs.getInt(1));
            assertEquals(1, rs.getInt(2), "the last update is there after compaction and reopening");
        }
    }
}
