package vn.motcua.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Table} as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese correctly) or as
 * XLSX through fastexcel, which streams rows to the output: 100,000 rows need no more memory than a few.
 */
public final class TableExport {

    /** Worksheets hold at most 1,048,576 rows; a longer export is cut there with a last row saying so. */
    private static final int MAX_SHEET_ROWS = 1_048_575;

    public void csv(Table table, OutputStream out) throws IOException {
        csv(TableRows.of(table), out);
    }

    /** @since 1.1 */
    public void csv(TableRows table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, table.columns());
        int width = table.columns().size();
        eachRow(table, row -> line(w, row.subList(0, Math.min(row.size(), width))));
        w.flush();
    }

    /** A row writer that may fail on the output. */
    private interface RowWriter {
        void write(java.util.List<Object> row) throws IOException;
    }

    /** Hands every row to {@code writer}; an output failure inside the rows' callback comes out as itself. */
    private static void eachRow(TableRows table, RowWriter writer) throws IOException {
        try {
            table.rows().accept(row -> {
                try {
                    writer.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void line(Writer w, java.util.List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object c = cells.get(i);
            String s = c == null ? "" : String.valueOf(c);
            // Leading = + - @ would run as a formula in a spreadsheet (CSV injection): quote them as text.
            if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(c instanceof Number)) {
                s = "'" + s;
            }
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            w.write(s);
        }
        w.write("\r\n");
    }

    public void xlsx(Table table, OutputStream out) throws IOException {
        xlsx(TableRows.of(table), out);
    }

    /** @since 1.1 */
    public void xlsx(TableRows table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "motcua", "1.0");
        String name = table.title().replaceAll("[\\[\\]*?/\\\\:]", " ");
        Worksheet ws = wb.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        int width = table.columns().size();
        for (int c = 0; c < width; c++) {
            ws.value(0, c, table.columns().get(c));
        }
        ws.range(0, 0, 0, Math.max(0, width - 1)).style().bold().set();
        int[] r = {1};
        eachRow(table, row -> {
            if (r[0] > MAX_SHEET_ROWS) {
                if (r[0] == MAX_SHEET_ROWS + 1) {
                    ws.value(r[0]++, 0, "… cắt bớt: quá số dòng tối đa của một trang tính");
                }
                return; // the rows past the sheet's end are read and dropped
            }
            for (int c = 0; c < Math.min(row.size(), width); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r[0], c, n);
                } else if (v != null) {
                    ws.value(r[0], c, String.valueOf(v));
                }
            }
            if (r[0] % 10_000 == 0) {
                ws.flush(); // stream finished rows: memory stays flat for 100,000 rows
            }
            r[0]++;
        });
        wb.finish();
    }
}
