package vn.motcua.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolSettingsTest {

    @Test
    void unsetPropertiesKeepTheDocumentedDefaults() {
        PoolSettings s = PoolSettings.from(name -> null);
        assertEquals(new PoolSettings(16, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofMinutes(1)), s);
    }

    @Test
    void eachPropertyOverridesItsValue() {
        Map<String, String> p = Map.of("motcua.db.pool.maxSize", "40", "motcua.db.pool.leakDetectionSeconds", "0",
                "motcua.db.pool.maxLifetimeSeconds", " 600 ");
        PoolSettings s = PoolSettings.from(p::get);
        assertEquals(40, s.maxSize());
        assertEquals(Duration.ZERO, s.leakDetection());
        assertEquals(Duration.ofMinutes(10), s.maxLifetime());
    }

    @Test
    void aWrongValueNamesThePropertyAndWhatIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PoolSettings.from(Map.of("motcua.db.pool.keepaliveSeconds", "2m")::get));
        assertTrue(e.getMessage().contains("motcua.db.pool.keepaliveSeconds") && e.getMessage().contains("'2m'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PoolSettings.from(Map.of("motcua.db.pool.maxSize", "0")::get));
    }
}
