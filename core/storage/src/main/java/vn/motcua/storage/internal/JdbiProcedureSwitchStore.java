package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.ts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import vn.motcua.storage.ProcedureSwitchRecord;
import vn.motcua.storage.ProcedureSwitchStore;

/**
 * {@link ProcedureSwitchStore} on the dossier store's database (decision 1411). Every writer first raises the change
 * number: that row's lock orders all switch writers of all nodes, so "delete then insert" needs no upsert. Thread-safe.
 */
final class JdbiProcedureSwitchStore implements ProcedureSwitchStore {

    static final String NAME = "procedure_switches";

    /** Transactions on the shared pool: durable ones for writes, light ones (no H2 checkpoint wait) for reads. */
    interface Transactions {
        <T> T durable(HandleCallback<T, RuntimeException> work);

        <T> T light(HandleCallback<T, RuntimeException> work);
    }

    private final Transactions db;

    JdbiProcedureSwitchStore(Transactions db) {
        this.db = db;
    }

    @Override
    public long changeNumber() {
        return db.light(h -> SharedChanges.number(h, NAME));
    }

    @Override
    public Switches switches() {
        return db.light(h -> {
            long n = SharedChanges.number(h, NAME);
            List<ProcedureSwitchRecord> paused = h.createQuery("SELECT procedure_code, unit_code, reason, until_date"
                            + " FROM procedure_switches ORDER BY procedure_code, unit_code")
                    .map((rs, ctx) -> new ProcedureSwitchRecord(rs.getString("procedure_code"), rs.getString("unit_code"),
                            rs.getString("reason"), rs.getObject("until_date", LocalDate.class)))
                    .list();
            return new Switches(n, paused);
        });
    }

    @Override
    public void pause(ProcedureSwitchRecord p, Instant at) {
        db.durable(h -> {
            SharedChanges.raise(h, NAME);
            delete(h, p.procedureCode(), p.unitCode());
            insert(h, p, at);
            return null;
        });
    }

    private static int delete(Handle h, String code, String unit) {
        return h.createUpdate("DELETE FROM procedure_switches WHERE procedure_code = :code AND unit_code = :unit")
                .bind("code", code).bind("unit", unit).execute();
    }

    private static void insert(Handle h, ProcedureSwitchRecord p, Instant at) {
        h.createUpdate("INSERT INTO procedure_switches (procedure_code, unit_code, reason, until_date, changed_at)"
                        + " VALUES (:code, :unit, :reason, :until, :at)")
                .bind("code", p.procedureCode()).bind("unit", p.unitCode()).bind("reason", p.reason())
                .bind("until", p.until()).bind("at", ts(at)).execute();
    }

    @Override
    public boolean resume(String procedureCode, String unitCode) {
        return db.durable(h -> {
            SharedChanges.raise(h, NAME);
            return delete(h, procedureCode, unitCode) == 1;
        });
    }

    @Override
    public boolean importIfEmpty(List<ProcedureSwitchRecord> pauses, Instant at) {
        if (pauses.isEmpty()) {
            return false;
        }
        return db.durable(h -> {
            // Takes the row lock: of several nodes starting together, one finds 0 and imports, the others wait and find 1.
            if (h.createUpdate("UPDATE shared_changes SET change_number = 1 WHERE name = :name AND change_number = 0")
                    .bind("name", NAME).execute() != 1) {
                return false;
            }
            for (ProcedureSwitchRecord p : pauses) {
                delete(h, p.procedureCode(), p.unitCode());
                insert(h, p, at);
            }
            return true;
        });
    }
}
