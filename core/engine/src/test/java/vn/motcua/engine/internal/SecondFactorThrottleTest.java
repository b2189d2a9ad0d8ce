package vn.motcua.engine.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SecondFactorThrottleTest {

    private static final String DOSSIER = "dossier:H26.00004-261130-0001";

    /** Issue 16: lookup counters per dossier code let a stranger lock the applicant out of their own dossier. */
    @Test
    void aStrangerGuessingExhaustsOnlyTheirOwnBudgetNotTheApplicants() {
        SecondFactorThrottle t = new SecondFactorThrottle(SecondFactorThrottle.Limits.DEFAULTS, fixed());
        for (int i = 0; i < 5; i++) {
            assertTrue(t.tryAcquire("203.0.113.66", DOSSIER));
        }
        for (int i = 0; i < 50; i++) {
            assertFalse(t.tryAcquire("203.0.113.66", DOSSIER), "the stranger is refused");
        }
        assertTrue(t.tryAcquire("10.0.0.1", DOSSIER), "the applicant, from their own address, still gets in");
    }

    @Test
    void oneClientIsLimitedAcrossDossiersAndManyClientsByTheDossiersCeiling() {
        SecondFactorThrottle t = new SecondFactorThrottle(SecondFactorThrottle.Limits.DEFAULTS, fixed());
        for (int i = 0; i < 20; i++) {
            assertTrue(t.tryAcquire("203.0.113.66", "dossier:H26.00004-261130-" + (1000 + i)));
        }
        assertFalse(t.tryAcquire("203.0.113.66", "dossier:H26.00004-261130-2000"), "20 dossiers a minute from one client");

        SecondFactorThrottle shared = new SecondFactorThrottle(SecondFactorThrottle.Limits.DEFAULTS, fixed());
        for (int i = 0; i < 60; i++) {
            assertTrue(shared.tryAcquire("198.51.100." + i, DOSSIER));
        }
        assertFalse(shared.tryAcquire("198.51.100.200", DOSSIER), "60 attempts a minute at one dossier from all addresses");
    }

    @Test
    void theWindowResetsAfterAMinuteAndCodesCompareWithoutCase() {
        MovingClock clock = new MovingClock();
        SecondFactorThrottle t = new SecondFactorThrottle(new SecondFactorThrottle.Limits(1, 20, 60), clock);
        assertTrue(t.tryAcquire("c", DOSSIER));
        assertFalse(t.tryAcquire("c", DOSSIER.toLowerCase()));
        assertTrue(t.retryAfter().compareTo(Duration.ofSeconds(61)) <= 0);
        clock.now = clock.now.plusSeconds(60);
        assertTrue(t.tryAcquire("c", DOSSIER));
    }

    private static Clock fixed() {
        return Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-30T02:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
