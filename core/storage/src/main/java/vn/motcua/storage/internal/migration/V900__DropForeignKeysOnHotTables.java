package vn.motcua.storage.internal.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys of the tables every dossier action writes: {@code dossiers → procedure_versions},
 * {@code events}, {@code clock_stops} and {@code attachments → dossiers} (decision 0904).
 *
 * <p>Why: H2 backs every foreign key with an index of its own, even when the primary key starts with the same column,
 * and an H2 {@code UPDATE} removes and re-adds a row in every index of its table. Each such index therefore cost a
 * rewritten B-tree leaf and path in every durable commit; together they were about a third of the bytes H2 wrote per
 * commit. The rows these keys guarded are written only by the engine, in the transaction that also moves the dossier's
 * version, and the event hash chain detects a missing or altered event.
 *
 * <p>A Java migration because the constraints were declared without names: H2 and PostgreSQL named them differently.
 */
public final class V900__DropForeignKeysOnHotTables extends BaseJavaMigration {

    private static final List<String> TABLES = List.of("dossiers", "events", "clock_stops", "attachments");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : TABLES) {
            String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            List<String> names = new ArrayList<>();
            try (ResultSet keys = meta.getImportedKeys(c.getCatalog(), c.getSchema(), stored)) {
                while (keys.next()) {
                    String name = keys.getString("FK_NAME");
                    if (name != null && !names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        }
    }
}
