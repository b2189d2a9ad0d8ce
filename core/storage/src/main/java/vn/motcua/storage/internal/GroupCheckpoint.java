package vn.motcua.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import vn.motcua.storage.StorageException;

/**
 * Group commit for H2: makes committed transactions durable with as few {@code CHECKPOINT}s as possible.
 *
 * <p>H2 has no group commit of its own, and a {@code CHECKPOINT} writes every change committed so far, by any
 * session. So a thread that has committed registers a ticket and waits: if a checkpoint that started after its
 * commit finishes, its changes are on disk; if none is running, it becomes the leader and runs one for everybody who
 * registered before it started. Nothing is acknowledged before its changes are in the file (decisions 0301, 0903).
 *
 * <p>Before it starts, the leader lingers until the transactions that were running when it took the lead have
 * ended, for at most {@code maxLinger}: they end within a fraction of a millisecond, and each one the same checkpoint
 * covers saves a chunk write, which costs H2 about as much CPU as the transaction itself (decision 0905). A
 * transaction that runs alone never lingers.
 *
 * <p>Thread-safe. The checkpoint runs on one dedicated connection, used only by the current leader.
 */
final class GroupCheckpoint {

    /** The ticket of a transaction that was not announced with {@link #begin()}. */
    static final long UNANNOUNCED = 0;

    private final Connection connection;
    private final long maxLingerNanos;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a checkpoint ends: waiting transactions check whether it covered them. */
    private final Condition durableChanged = lock.newCondition();
    /** Signalled when a running transaction ends: only a lingering leader waits for it. */
    private final Condition transactionEnded = lock.newCondition();
    private final TreeSet<Long> running = new TreeSet<>();
    private long started;
    private long registered;
    private long durable;
    private boolean checkpointing;
    private long checkpoints;

    GroupCheckpoint(Connection connection, long maxLinger, TimeUnit unit) {
        this.connection = connection;
        this.maxLingerNanos = unit.toNanos(maxLinger);
    }

    /** Announces a transaction that has its connection and is about to run; returns its ticket for {@link #end}. */
    long begin() {
        lock.lock();
        try {
            long ticket = ++started;
            running.add(ticket);
            return ticket;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends a transaction (committed or rolled back).
     *
     * @param ticket from {@link #begin()}, or {@link #UNANNOUNCED}
     * @param wrote  whether it committed changes that must reach the file
     * @return the ticket to pass to {@link #awaitDurable}, or 0 when there is nothing to wait for
     */
    long end(long ticket, boolean wrote) {
        lock.lock();
        try {
            if (ticket != UNANNOUNCED && running.remove(ticket)) {
                transactionEnded.signal();
            }
            return wrote ? ++registered : 0;
        } finally {
            lock.unlock();
        }
    }

    /** Returns once the transaction that got {@code ticket} from {@link #end} is in the database file. */
    void awaitDurable(long ticket) {
        if (ticket == 0) {
            return;
        }
        long target;
        lock.lock();
        try {
            while (true) {
                if (durable >= ticket) {
                    return;
                }
                if (!checkpointing) {
                    checkpointing = true;
                    break;
                }
                durableChanged.awaitUninterruptibly();
            }
            lingerForRunningTransactions();
            target = registered; // all of these committed before this checkpoint starts
        } finally {
            lock.unlock();
        }
        boolean done = false;
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
            done = true;
        } catch (SQLException e) {
            throw new StorageException("cannot write the database file (CHECKPOINT): " + e.getMessage(), e);
        } finally {
            lock.lock();
            try {
                if (done) {
                    durable = Math.max(durable, target);
                    checkpoints++;
                }
                checkpointing = false;
                durableChanged.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** How many checkpoints ran: for tests and diagnostics. */
    long checkpoints() {
        lock.lock();
        try {
            return checkpoints;
        } finally {
            lock.unlock();
        }
    }

    /** Called with the lock held by the leader: waits for the transactions running now, not for later ones. */
    private void lingerForRunningTransactions() {
        long snapshot = started;
        long deadline = System.nanoTime() + maxLingerNanos;
        while (!running.isEmpty() && running.first() <= snapshot) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                transactionEnded.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
