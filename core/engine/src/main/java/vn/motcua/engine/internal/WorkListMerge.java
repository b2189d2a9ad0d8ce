package vn.motcua.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges queues that are each already in order (decision 1323): between queues the earlier obligation first; a line
 * without a step deadline (an online dossier waiting for the counter's check) is owed since it arrived, so it counts
 * as due now, never last. A key seen before is dropped (a dossier in two of an officer's queues is listed once).
 */
final class WorkListMerge {
    private WorkListMerge() {
    }

    static <T> List<T> merge(List<List<T>> queues, Function<T, Instant> due, Function<T, String> key, Instant now) {
        List<T> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] next = new int[queues.size()];
        while (true) {
            int best = -1;
            Instant bestDue = null;
            for (int i = 0; i < queues.size(); i++) {
                if (next[i] < queues.get(i).size()) {
                    Instant d = due.apply(queues.get(i).get(next[i]));
                    d = d == null ? now : d;
                    if (best < 0 || d.isBefore(bestDue)) {
                        best = i;
                        bestDue = d;
                    }
                }
            }
            if (best < 0) {
                return merged;
            }
            T row = queues.get(best).get(next[best]++);
            if (seen.add(key.apply(row))) {
                merged.add(row);
            }
        }
    }
}
