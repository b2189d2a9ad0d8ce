package vn.motcua.engine;

import java.util.List;

/**
 * An officer's work list: the queues of every unit and role they hold, merged into one order (decision 1323).
 *
 * @param items  the lines, earliest obligation first, each dossier once
 * @param capped a queue had more lines than were read (the 1,000-line bound): the list may be incomplete and a page
 *               showing it must say so
 * @since 2.1
 */
public record WorkList(List<WorkItem> items, boolean capped) {
    public WorkList {
        items = List.copyOf(items);
    }
}
