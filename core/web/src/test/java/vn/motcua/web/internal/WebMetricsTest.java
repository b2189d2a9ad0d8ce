package vn.motcua.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MultiGauge;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebMetricsTest {

    @Test
    void requestsAreLatencyHistogramsPerAreaAndRouteInThePrometheusFormat() {
        WebMetrics m = new WebMetrics();
        try {
            m.request("api", "GET", "/dossiers/{code}", 200, 30_000_000L);   // 30 ms
            m.request("api", "GET", "/dossiers/{code}", 200, 300_000_000L);  // 300 ms
            m.request("portal", "GET", "/ho-so", 200, 5_000_000L);
            String text = m.scrape();

            String labels = "area=\"api\",method=\"GET\",route=\"/dossiers/{code}\",status=\"200\"";
            assertTrue(text.contains("motcua_http_server_requests_seconds_count{" + labels + "} 2"), text);
            assertTrue(text.contains("motcua_http_server_requests_seconds_bucket{" + labels + ",le=\"0.05\"} 1"), text);
            assertTrue(text.contains("motcua_http_server_requests_seconds_bucket{" + labels + ",le=\"0.5\"} 2"), text);
            assertTrue(text.contains("area=\"portal\""), text);
            for (String jvm : new String[] {"jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage", "process_uptime_seconds"}) {
                assertTrue(text.contains(jvm), jvm + " in\n" + text);
            }
        } finally {
            m.close();
        }
    }

    @Test
    void aFamilyReportsOnlyTheRowsOfItsLastRefresh() {
        WebMetrics m = new WebMetrics();
        try {
            MultiGauge dossiers = m.family("motcua.dossiers", "Dossiers by status");
            WebMetrics.refresh(dossiers, "status", Map.of("SUBMITTED", 3L, "RECEIVED", 1L));
            assertTrue(m.scrape().contains("motcua_dossiers{status=\"SUBMITTED\"} 3"));
            WebMetrics.refresh(dossiers, "status", Map.of("RECEIVED", 2L));
            String text = m.scrape();
            assertFalse(text.contains("status=\"SUBMITTED\""), text);
            assertTrue(text.contains("motcua_dossiers{status=\"RECEIVED\"} 2"), text);
            m.gauge("motcua.broken", "A supplier that fails", () -> {
                throw new IllegalStateException("not ready");
            });
            assertTrue(m.scrape().contains("motcua_broken NaN"), "a failing gauge reads NaN, the scrape still works");
        } finally {
            m.close();
        }
    }

    @Test
    void routeLabelsStayBounded() {
        assertEquals("api", AccessLogFilter.area("/api/v1/units"));
        assertEquals("workspace", AccessLogFilter.area("/can-bo/ho-so/X"));
        assertEquals("workspace", AccessLogFilter.area("/quan-tri/goi"));
        assertEquals("static", AccessLogFilter.area("/static/abc/portal.css"));
        assertEquals("portal", AccessLogFilter.area("/ho-so/H26.00070-261205-0001"));
    }
}
