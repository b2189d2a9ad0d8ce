package vn.motcua.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;

/**
 * The one rule for instants in SQL: stored as {@code TIMESTAMP WITH TIME ZONE} at UTC, read back as instants. The same
 * on H2 and PostgreSQL, and independent of the server's time zone.
 */
final class SqlTime {

    /**
     * The lower bound of every scan of a nullable "due at" column ({@code next_alert_at}, {@code next_attempt_at}). H2 sorts
     * NULLs first in an index, so {@code due_at <= :now} alone starts at the first NULL and reads the entry of every
     * finished dossier or delivered message before the first due one: a city's million closed dossiers on every pass
     * (decision 1010). PostgreSQL sorts NULLs last and is unaffected; the bound costs it nothing.
     */
    static final Instant DUE_FLOOR = Instant.EPOCH;

    private SqlTime() {
    }

    /** An instant as a statement argument; {@code null} becomes SQL NULL. */
    static Argument ts(Instant instant) {
        return (position, statement, ctx) -> set(statement, position, instant);
    }

    /**
     * Sets parameter {@code position} of a plain JDBC statement to an instant; {@code null} becomes SQL NULL. The instant
     * is cut to the microsecond, the precision of every timestamp column on H2 and PostgreSQL: a value bound again is then
     * equal to the one stored (compare-and-set on a lease end, decision 1104), and a time stored as "now" is never after
     * the "now" it came from (both databases would round it up).
     */
    static void set(PreparedStatement statement, int position, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(position, instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        }
    }

    /** The instant of a column, or {@code null}. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
