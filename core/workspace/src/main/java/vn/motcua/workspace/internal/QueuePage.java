package vn.motcua.workspace.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One page of an officer's work list, merged from the queues of every unit and role the officer holds (decision
 * 1323). Each queue comes from the engine in its own order (the time by which the unit owes the next move); the
 * merge keeps that order and, between queues, puts the earlier obligation first. A line without a step deadline (an
 * online dossier waiting for the counter's check) is owed since it arrived, so it counts as due now: never last.
 *
 * @param rows    the lines of the page, at most the page size
 * @param hasNext more lines follow
 * @param capped  a queue reached the engine's limit per request: the list may be incomplete and must say so
 */
record QueuePage<T>(List<T> rows, boolean hasNext, boolean capped) {

    /** Lines per page: a day's work at a ward counter fits on two or three pages at 1366×768. */
    static final int SIZE = 50;
    /** The most a single queue request may return (the engine's {@code QueueFilter} bound). */
    static final int MAX_FETCH = 1000;

    /** How many lines to ask each queue for, to fill page {@code page} (from 1) and know whether another follows. */
    static int fetchSize(int page, boolean filteredHere) {
        return filteredHere ? MAX_FETCH : (int) Math.min(MAX_FETCH, (long) (Math.max(1, page) - 1) * SIZE + SIZE + 1);
    }

    static <T> QueuePage<T> of(List<List<T>> queues, Function<T, Instant> due, Instant now, Predicate<T> shown, int page,
                               int fetched) {
        boolean capped = queues.stream().anyMatch(q -> q.size() >= fetched && fetched >= MAX_FETCH);
        List<T> merged = new ArrayList<>();
        int[] next = new int[queues.size()];
        while (true) {
            int best = -1;
            Instant bestDue = null;
            for (int i = 0; i < queues.size(); i++) {
                if (next[i] < queues.get(i).size()) {
                    Instant d = key(due.apply(queues.get(i).get(next[i])), now);
                    if (best < 0 || d.isBefore(bestDue)) {
                        best = i;
                        bestDue = d;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            T row = queues.get(best).get(next[best]++);
            if (shown.test(row)) {
                merged.add(row);
            }
        }
        int from = (Math.max(1, page) - 1) * SIZE;
        if (from >= merged.size()) {
            return new QueuePage<>(List.of(), false, capped);
        }
        int to = Math.min(merged.size(), from + SIZE);
        return new QueuePage<>(List.copyOf(merged.subList(from, to)), merged.size() > to, capped);
    }

    private static Instant key(Instant due, Instant now) {
        return due == null ? now : due;
    }
}
