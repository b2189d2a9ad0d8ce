package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.statement.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.EvaluationRecord;
import vn.motcua.storage.EventRecord;
import vn.motcua.storage.StaffEvaluationStore;

/**
 * {@link StaffEvaluationStore} on the dossiers' pool; lists of codes are read in chunks of {@value #CHUNK}. An officer's
 * events are found through {@code officer_actions}, which {@link OfficerActions} brings up to date before each read
 * (decision 1011): the engine's transactions write no index for it.
 */
@Component(service = StaffEvaluationStore.class)
public final class JdbiStaffEvaluationStore implements StaffEvaluationStore {

    static final int CHUNK = 500;

    private final JdbiDossierStore db;
    private final OfficerActions actions;

    public JdbiStaffEvaluationStore(JdbiDossierStore db, Clock clock) {
        this.db = db;
        this.actions = new OfficerActions(db, clock);
    }

    public JdbiStaffEvaluationStore(JdbiDossierStore db) {
        this(db, Clock.systemUTC());
    }

    @Activate
    public JdbiStaffEvaluationStore(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this(((StorageComponent) storage).database());
    }

    @Override
    public List<EventRecord> eventsBy(String actor, Instant from, Instant to) {
        actions.catchUp();
        return db.inHandle(h -> h.createQuery("SELECT e.* FROM officer_actions a JOIN events e ON e.dossier_code = a.dossier_code"
                        + " AND e.seq = a.seq WHERE a.actor = :actor AND a.acted_at >= :from AND a.acted_at < :to"
                        + " ORDER BY a.acted_at, a.dossier_code, a.seq")
                .bind("actor", actor).bind("from", ts(from)).bind("to", ts(to))
                .map((rs, ctx) -> new EventRecord(rs.getString("dossier_code"), rs.getInt("seq"), instant(rs, "occurred_at"),
                        rs.getString("actor"), rs.getString("actor_role"), rs.getString("unit_code"), rs.getString("action"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("note"), rs.getBoolean("internal"),
                        rs.getString("payload_json"), rs.getString("payload_hash"), rs.getString("prev_hash"), rs.getString("hash")))
                .list());
    }

    @Override
    public List<EvaluationRecord> evaluationsOf(Collection<String> dossierCodes) {
        List<EvaluationRecord> out = new ArrayList<>();
        for (List<String> chunk : chunks(dossierCodes)) {
            out.addAll(db.inHandle(h -> h.createQuery("SELECT * FROM evaluations WHERE dossier_code IN (<codes>)")
                    .bindList("codes", chunk).map((rs, ctx) -> evaluation(rs)).list()));
        }
        return out;
    }

    @Override
    public List<EvaluationRecord> evaluations(Collection<String> unitCodes, Instant from, Instant to) {
        if (unitCodes != null && unitCodes.isEmpty()) {
            return List.of();
        }
        return db.inHandle(h -> {
            Query q = h.createQuery("SELECT * FROM evaluations WHERE evaluated_at >= :from AND evaluated_at < :to"
                    + (unitCodes == null ? "" : " AND unit_code IN (<units>)") + " ORDER BY evaluated_at, dossier_code");
            if (unitCodes != null) {
                q.bindList("units", List.copyOf(unitCodes));
            }
            return q.bind("from", ts(from)).bind("to", ts(to)).map((rs, ctx) -> evaluation(rs)).list();
        });
    }

    @Override
    public Set<String> apologised(Collection<String> dossierCodes) {
        Set<String> out = new HashSet<>();
        for (List<String> chunk : chunks(dossierCodes)) {
            out.addAll(db.inHandle(h -> h.createQuery("SELECT DISTINCT dossier_code FROM events WHERE action = 'issue-apology'"
                    + " AND dossier_code IN (<codes>)").bindList("codes", chunk).mapTo(String.class).list()));
        }
        return out;
    }

    private static EvaluationRecord evaluation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EvaluationRecord(rs.getString("dossier_code"), rs.getString("unit_code"), rs.getString("procedure_code"),
                rs.getInt("overall"), rs.getString("answers_json"), rs.getString("comment"), instant(rs, "evaluated_at"));
    }

    private static List<List<String>> chunks(Collection<String> codes) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(codes));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
