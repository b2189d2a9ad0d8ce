package vn.motcua.storage;

/**
 * The connection pool at one moment (HikariCP on PostgreSQL, decision 1400).
 *
 * @param active  connections in use
 * @param idle    connections open and free
 * @param waiting requests waiting for a connection: above zero for long, the pool is too small or a query too slow
 * @since 2.1
 */
public record PoolFigures(int active, int idle, int waiting) {
}
