package vn.motcua.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.storage.CitizenAccessStore;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * Issue 14: a citizen's lookup grant and second-factor budget hold whichever node answers. Two stores on one database
 * stand for two nodes; H2 and PostgreSQL.
 */
class SharedCitizenAccessTest {

    private static final String CODE = "H26.00070-261205-0001";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aGrantOpenedOnOneNodeOpensTheDossierOnAnotherAndTheDatabaseHoldsNeitherTokenNorFactor(TestDatabases db) throws Exception {
        DatabaseSettings settings = db.settings(dir);
        MovingClock clock = new MovingClock();
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            LookupGrants nodeA = new LookupGrants(a.citizenAccessStore(), "LOOKUP", clock);
            LookupGrants nodeB = new LookupGrants(b.citizenAccessStore(), "LOOKUP", clock);
            Grant g = nodeA.open(CODE, "0912345678");

            LookupGrants.Held held = nodeB.find(g.token(), CODE).orElseThrow(() -> new AssertionError("node B must know A's grant"));
            assertEquals("0912345678", held.factor(), "the factor comes back only with the token");
            assertEquals(g.expiresAt(), held.grant().expiresAt());
            assertTrue(nodeB.find(g.token(), "H26.00070-261205-0002").isEmpty(), "a grant opens its own dossier only");
            assertTrue(new LookupGrants(b.citizenAccessStore(), "COUNTER", clock).find(g.token()).isEmpty(),
                    "a lookup grant is not a counter link");

            try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM citizen_grants")) {
                assertTrue(rs.next());
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String value = rs.getString(i);
                    if (value != null) {
                        assertFalse(value.contains(g.token()), "no column holds the token");
                        assertFalse(value.contains("0912345678"), "no column holds the phone number");
                    }
                }
            }

            nodeA.close(g.token());
            assertTrue(nodeB.find(g.token(), CODE).isEmpty(), "closed on A, gone on B");

            Grant late = nodeA.open(CODE, "0912345678");
            clock.now = clock.now.plus(LookupGrants.LIFETIME);
            assertTrue(nodeB.find(late.token(), CODE).isEmpty(), "expired on every node");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aCounterLinkIsUsedOnceAcrossNodes(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            LookupGrants nodeA = new LookupGrants(a.citizenAccessStore(), "COUNTER", clock, Duration.ofMinutes(30));
            LookupGrants nodeB = new LookupGrants(b.citizenAccessStore(), "COUNTER", clock, Duration.ofMinutes(30));
            Grant link = nodeA.open(CODE, null);
            assertNull(nodeB.find(link.token()).orElseThrow().factor());
            assertTrue(nodeB.consume(link.token()));
            assertFalse(nodeA.consume(link.token()), "the second use, on the other node, is refused");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theSecondFactorBudgetIsSharedByAllNodes(TestDatabases db) {
        DatabaseSettings settings = db.settings(dir);
        MovingClock clock = new MovingClock();
        try (JdbiDossierStore a = JdbiDossierStore.open(settings, dir); JdbiDossierStore b = JdbiDossierStore.open(settings, dir)) {
            SecondFactorThrottle.Limits limits = SecondFactorThrottle.Limits.DEFAULTS;
            SecondFactorThrottle nodeA = new SecondFactorThrottle(limits, clock, new SharedAttemptWindows(a.citizenAccessStore()));
            SecondFactorThrottle nodeB = new SecondFactorThrottle(limits, clock, new SharedAttemptWindows(b.citizenAccessStore()));
            String dossier = "dossier:" + CODE;
            for (int i = 0; i < 5; i++) {
                assertTrue((i % 2 == 0 ? nodeA : nodeB).tryAcquire("203.0.113.66", dossier), "attempt " + (i + 1));
            }
            assertFalse(nodeA.tryAcquire("203.0.113.66", dossier), "the 6th attempt is refused, whichever node counted the 5");
            assertFalse(nodeB.tryAcquire("203.0.113.66", dossier));
            assertTrue(nodeB.tryAcquire("10.0.0.1", dossier), "the applicant from another address still gets in");

            clock.now = clock.now.plusSeconds(60);
            assertTrue(nodeA.tryAcquire("203.0.113.66", dossier), "a new minute, a new budget");
        }
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-05T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
