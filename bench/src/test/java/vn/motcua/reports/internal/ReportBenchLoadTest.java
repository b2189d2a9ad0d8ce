package vn.motcua.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.ConfiguredWorkingCalendar;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;
import vn.motcua.storage.ReportStore;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * ReportBench's load on both databases: the monthly rows it rebuilds equal a recount from the facts, the roll-up's
 * mark starts after the last generated event, PostgreSQL has statistics when the timing starts, and both databases
 * receive the same dossiers.
 */
class ReportBenchLoadTest {

    private static final int DOSSIERS = 300;
    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private final WorkingCalendar calendar = ConfiguredWorkingCalendar.shipped(Clock.systemUTC());

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theLoadedFiguresEqualARecountAndTheRollUpStartsAfterTheLastEvent(TestDatabases database) throws Exception {
        BenchDatabase db = load(database, dir.resolve("db"));
        try (JdbiDossierStore store = JdbiDossierStore.open(db.settings(), db.dataDir())) {
            ReportStore reports = store.reportStore();
            ReportFilter twoYears = new ReportFilter(List.of(), null, 202412, 202611);
            for (ReportGrouping g : ReportGrouping.values()) {
                assertEquals(reports.recount(twoYears, g, NOW), reports.figures(twoYears, g, NOW), "by " + g);
            }
            assertTrue(reports.figures(twoYears, ReportGrouping.MONTH, NOW).size() >= 20, "two years of months");
            assertEquals(DOSSIERS, count(db, "SELECT COUNT(*) FROM report_dossiers"));
            long lastEvent = db.lastEventId();
            assertTrue(lastEvent > DOSSIERS, "several events per dossier: " + lastEvent);
            assertEquals(lastEvent, reports.eventMark(RollUp.WATERMARK));
        }
    }

    @Test
    void postgresqlHasStatisticsOnTheLoadedTables() throws Exception {
        BenchDatabase db = load(TestDatabases.POSTGRESQL, dir);
        // a table never analysed has reltuples -1 (or 0 from its empty index builds)
        for (String table : List.of("dossiers", "report_dossiers")) {
            assertEquals(DOSSIERS, count(db, "SELECT reltuples::bigint FROM pg_class WHERE relname = '" + table + "'"), table);
        }
    }

    @Test
    void bothDatabasesReceiveTheSameDossiers() throws Exception {
        String rows = "SELECT code, unit_code, procedure_code, channel, status, submitted_at, event_count FROM dossiers ORDER BY code";
        assertEquals(lines(load(TestDatabases.H2, dir.resolve("h2")), rows),
                lines(load(TestDatabases.POSTGRESQL, dir.resolve("pg")), rows));
    }

    private BenchDatabase load(TestDatabases database, Path dataDir) throws Exception {
        BenchDatabase db = new BenchDatabase(database.settings(dataDir), dataDir);
        ReportBench.load(DOSSIERS, db, ReportBench.wards(), calendar);
        return db;
    }

    private static long count(BenchDatabase db, String sql) throws SQLException {
        try (Connection c = db.openForLoading(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> lines(BenchDatabase db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.openForLoading(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant().toString(), rs.getString(7)));
            }
        }
        assertEquals(DOSSIERS, out.size());
        return out;
    }
}
