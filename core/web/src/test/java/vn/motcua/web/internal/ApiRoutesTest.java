package vn.motcua.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The route table and the published contract say the same thing, without starting the platform (issue 15). */
class ApiRoutesTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head");

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(OpenApiDocument.text());
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) {
                    documented.add(m.toUpperCase() + " " + path.getKey());
                }
            });
        }
        Set<String> routed = new TreeSet<>();
        ApiRoutes.TABLE.forEach(row -> routed.add(row.method() + " /api/v1" + row.template()));

        Set<String> undocumented = new TreeSet<>(routed);
        undocumented.removeAll(documented);
        Set<String> unrouted = new TreeSet<>(documented);
        unrouted.removeAll(routed);
        assertTrue(undocumented.isEmpty(), "routed but not in openapi.json: " + undocumented);
        assertTrue(unrouted.isEmpty(), "in openapi.json but not routed: " + unrouted);
        assertEquals(ApiRoutes.TABLE.size(), routed.size(), "a method and path routed twice");
    }
}
