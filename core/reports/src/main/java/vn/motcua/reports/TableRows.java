package vn.motcua.reports;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table for export whose rows are handed over one at a time, as they are read from the database, instead of held in a
 * list: an export of 100,000 dossiers writes each row and forgets it (decision 1012). Cells as in {@link Table}.
 *
 * @param rows calls its argument once per row, in order
 * @since 1.1
 */
public record TableRows(String title, List<String> columns, Consumer<Consumer<List<Object>>> rows) {
    public TableRows {
        columns = List.copyOf(columns);
    }

    /** The rows of a table already in memory. */
    public static TableRows of(Table table) {
        return new TableRows(table.title(), table.columns(), row -> table.rows().forEach(row));
    }
}
