package vn.motcua.workspace.internal;

import java.util.List;
import java.util.function.Predicate;

/**
 * One page of an officer's work list. The engine merges the queues of every unit and role the officer holds
 * ({@code DossierEngine.workList}, decision 1323); the page filters (name, procedure, channel) and cuts pages.
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

    /**
     * Page {@code page} (from 1) of the lines that pass {@code shown}, from a work list the engine merged
     * ({@code DossierEngine.workList}).
     */
    static <T> QueuePage<T> of(List<T> merged, Predicate<T> shown, int page, boolean capped) {
        List<T> kept = merged.stream().filter(shown).toList();
        int from = (Math.max(1, page) - 1) * SIZE;
        if (from >= kept.size()) {
            return new QueuePage<>(List.of(), false, capped);
        }
        int to = Math.min(kept.size(), from + SIZE);
        return new QueuePage<>(List.copyOf(kept.subList(from, to)), kept.size() > to, capped);
    }
}
