package vn.motcua.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import vn.motcua.storage.StorageException;

/**
 * Group commit for H2: makes committed transactions durable with as few {@code CHECKPOINT}s as possible.
 *
 * <p>H2 has no group commit of its own, and a {@code CHECKPOINT} writes every change committed so far, by any
 * session. So a thread that has committed registers a ticket and waits: if a checkpoint that started after its
 * commit finishes, its changes are on disk; if none is running, it becomes the leader and runs one for everybody who
 * registered before it started. Under concurrency one checkpoint covers several transactions; alone, a transaction
 * pays exactly one, as before. Nothing is acknowledged before its changes are in the file (decision 0301, 0903).
 *
 * <p>Thread-safe. The checkpoint runs on one dedicated connection, used only by the current leader.
 */
final class GroupCheckpoint {

    private final Connection connection;
    private long registered;
    private long durable;
    private boolean running;

    GroupCheckpoint(Connection connection) {
        this.connection = connection;
    }

    /** Returns once every transaction this thread committed before the call is in the database file. */
    void awaitDurable() {
        long ticket;
        long target;
        synchronized (this) {
            ticket = ++registered;
            while (true) {
                if (durable >= ticket) {
                    return;
                }
                if (!running) {
                    running = true;
                    target = registered; // all of these committed before this checkpoint starts
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StorageException("interrupted while waiting for the database to be written", e);
                }
            }
        }
        boolean done = false;
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
            done = true;
        } catch (SQLException e) {
            throw new StorageException("cannot write the database file (CHECKPOINT): " + e.getMessage(), e);
        } finally {
            synchronized (this) {
                if (done) {
                    durable = Math.max(durable, target);
                }
                running = false;
                notifyAll();
            }
        }
    }
}
