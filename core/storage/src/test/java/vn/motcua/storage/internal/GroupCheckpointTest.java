package vn.motcua.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCheckpointTest {

    /** Far above anything the assertions allow, so a test passes only if the leader stopped lingering by itself. */
    private static final long LINGER_SECONDS = 20;

    @TempDir
    Path dir;

    private Connection h2() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("gc"), "sa", "");
    }

    @Test
    void aTransactionRunningAloneIsMadeDurableWithoutLingering() throws Exception {
        try (Connection c = h2()) {
            GroupCheckpoint group = new GroupCheckpoint(c, LINGER_SECONDS, TimeUnit.SECONDS);
            long ticket = group.end(group.begin(), true);
            long t0 = System.nanoTime();
            group.awaitDurable(ticket);
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "nobody else was running: no linger");
            assertEquals(1, group.checkpoints());
            assertEquals(0, group.end(group.begin(), false), "a transaction that wrote nothing needs no checkpoint");
        }
    }

    @Test
    void theLeaderWaitsForTheTransactionsAlreadyRunningAndOneCheckpointCoversThemAll() throws Exception {
        try (Connection c = h2()) {
            GroupCheckpoint group = new GroupCheckpoint(c, LINGER_SECONDS, TimeUnit.SECONDS);
            long first = group.begin();
            long second = group.begin();
            long readOnly = group.begin();
            long leaderTicket = group.end(first, true);
            CompletableFuture<Void> leader = CompletableFuture.runAsync(() -> group.awaitDurable(leaderTicket));
            Thread.sleep(200);
            assertTrue(!leader.isDone(), "the leader lingers while transactions that started before it run");
            long secondTicket = group.end(second, true);
            group.end(readOnly, false);
            long t0 = System.nanoTime();
            leader.get(10, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "the leader went on once they had ended");
            group.awaitDurable(secondTicket); // already covered: returns without a checkpoint of its own
            assertEquals(1, group.checkpoints());
        }
    }

    @Test
    void theLeaderDoesNotWaitForTransactionsThatStartAfterIt() throws Exception {
        try (Connection c = h2()) {
            GroupCheckpoint group = new GroupCheckpoint(c, LINGER_SECONDS, TimeUnit.SECONDS);
            long ticket = group.end(group.begin(), true);
            CompletableFuture<Void> leader = CompletableFuture.runAsync(() -> group.awaitDurable(ticket));
            leader.get(5, TimeUnit.SECONDS); // returns although the transaction below never ends
            long stillRunning = group.begin();
            long late = group.end(group.begin(), true);
            CompletableFuture<Void> next = CompletableFuture.runAsync(() -> group.awaitDurable(late));
            Thread.sleep(200);
            assertTrue(!next.isDone(), "a transaction running when the next leader took the lead is waited for");
            assertEquals(1, group.checkpoints());
            group.end(stillRunning, false);
            next.get(5, TimeUnit.SECONDS);
            assertEquals(2, group.checkpoints());
        }
    }
}
