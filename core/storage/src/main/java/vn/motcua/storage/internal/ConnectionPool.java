package vn.motcua.storage.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A fixed-size pool of physical connections. Thread-safe.
 *
 * <p>Why not H2's {@code JdbcConnectionPool} (decision 0901): it rolls back every connection handed back, and an H2 rollback
 * empties the session's cache of parsed statements, so each transaction parsed all its SQL again (13 % of the CPU of
 * the engine benchmark). This pool rolls back only a connection left inside a transaction; the transactions of this
 * bundle always end in a commit or a rollback, so their sessions keep their parsed statements (H2) and server-side
 * prepared statements (PostgreSQL).
 */
final class ConnectionPool implements DataSource, AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    private final DataSource physical;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    ConnectionPool(DataSource physical, int maxConnections) {
        this.physical = physical;
        this.permits = new Semaphore(maxConnections, true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("no database connection free within " + WAIT_SECONDS + " s", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", "08001", e);
        }
        try {
            if (closed) {
                throw new SQLException("the connection pool is closed", "08003");
            }
            // Most recently used first: its session is warm.
            Connection c = idle.pollFirst();
            return lease(c != null ? c : physical.getConnection());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** A handle on {@code c} whose {@code close()} hands the connection back instead of closing it. */
    private Connection lease(Connection c) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(c);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return returned[0] || c.isClosed();
                        }
                        case "unwrap", "isWrapperFor" -> {
                            // fall through to the physical connection
                        }
                        default -> {
                            if (returned[0]) {
                                throw new SQLException("connection already handed back to the pool", "08003");
                            }
                        }
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection c) {
        try {
            if (c.isClosed()) {
                return;
            }
            if (!c.getAutoCommit()) {
                // Left inside a transaction (only after a failure): end it the safe way before anybody else uses it.
                c.rollback();
                c.setAutoCommit(true);
            }
            if (closed) {
                c.close();
            } else {
                idle.offerFirst(c);
            }
        } catch (SQLException e) {
            closeQuietly(c); // a broken connection is dropped; the next caller opens a new one
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that cannot even close
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's credentials are fixed");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no driver logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the wait for a free connection is fixed (WAIT_SECONDS)
    }

    @Override
    public int getLoginTimeout() {
        return (int) WAIT_SECONDS;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
