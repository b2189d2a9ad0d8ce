package vn.motcua.storage.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The pooled connections of the store: HikariCP on PostgreSQL, the store's own small pool on an embedded H2 database
 * (decision 1400 says why they differ).
 *
 * @param dataSource where transactions get their connections
 * @param hikari     the HikariCP pool when there is one, for its figures; empty on H2
 */
record Pool(DataSource dataSource, Optional<HikariDataSource> hikari) implements AutoCloseable {

    static Pool open(DataSource physical, boolean network, PoolSettings settings) {
        // -Dmotcua.db.pool.hikariOnH2=true: HikariCP on H2 as well, only to compare the two pools (decision 1400).
        if (!network && !Boolean.getBoolean("motcua.db.pool.hikariOnH2")) {
            return new Pool(new ConnectionPool(physical, settings.maxSize()), Optional.empty());
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("motcua");
        config.setDataSource(physical);
        config.setMaximumPoolSize(settings.maxSize());
        // A fixed-size pool: HikariCP's own advice; a node that can serve a peak keeps the connections for it.
        config.setMinimumIdle(settings.maxSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setKeepaliveTime(settings.keepalive().toMillis());
        // On H2 (the comparison switch) the store keeps one connection for its life (the checkpoint keeper): not a leak.
        config.setLeakDetectionThreshold(network ? settings.leakDetection().toMillis() : 0);
        // Validation: JDBC 4 Connection.isValid (no test query) before a connection idle for >500 ms is handed out.
        config.setValidationTimeout(Math.min(5000, settings.connectionTimeout().toMillis()));
        // Fails the start at once with the driver's reason when the database is unreachable or the password wrong.
        config.setInitializationFailTimeout(1);
        config.setRegisterMbeans(false);
        HikariDataSource hikari = new HikariDataSource(config);
        return new Pool(hikari, Optional.of(hikari));
    }

    /** Connections in use, idle, and requests waiting for one; empty on H2. */
    Optional<Figures> figures() {
        return hikari.map(HikariDataSource::getHikariPoolMXBean)
                .map(b -> new Figures(b.getActiveConnections(), b.getIdleConnections(), b.getThreadsAwaitingConnection()));
    }

    record Figures(int active, int idle, int waiting) {
    }

    @Override
    public void close() {
        if (dataSource instanceof ConnectionPool own) {
            own.close();
        } else {
            hikari.ifPresent(HikariDataSource::close);
        }
    }
}
