package vn.motcua.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DueAlert;

class DueAlertPassTest {

    @Test
    void aPassClaimsBatchesUntilAShortOneAndCountsWhatThisNodeClaimed() {
        Deque<List<DueAlert>> answers = new ArrayDeque<>(List.of(alerts(3), alerts(3), alerts(1)));
        int[] calls = {0};
        DossierEngine engine = (DossierEngine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DossierEngine.class}, (proxy, method, args) -> {
                    assertEquals("claimDueAlerts", method.getName());
                    assertEquals(3, args[0]);
                    calls[0]++;
                    return answers.isEmpty() ? List.of() : answers.pop();
                });
        assertEquals(7, new DueAlertPass(engine, 3).run());
        assertEquals(3, calls[0], "a short batch ends the pass");
    }

    private static List<DueAlert> alerts(int n) {
        return IntStream.range(0, n).mapToObj(i -> new DueAlert("H26.00004-261130-000" + i, DueAlert.Kind.DUE_SOON, "00004",
                "SPECIALIST", Instant.parse("2026-12-01T02:00:00Z"))).toList();
    }
}
