package vn.motcua.reports;

import java.util.List;

/**
 * A report table as shown on a page, for export: a title, column headings and rows of cells (text, whole numbers,
 * decimals or null). A row may carry more cells than there are columns (e.g. what a page links to); exports leave
 * them out.
 */
public record Table(String title, List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
