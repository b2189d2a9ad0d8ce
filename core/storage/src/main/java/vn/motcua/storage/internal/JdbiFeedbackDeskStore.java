package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.FeedbackCase;
import vn.motcua.storage.FeedbackDeskStore;
import vn.motcua.storage.FeedbackEventRecord;
import vn.motcua.storage.FeedbackRecord;

/**
 * {@link FeedbackDeskStore} on the dossiers' pool and durability rules. Each guarded change updates the feedback row
 * first: the row lock orders concurrent changes of one feedback, so the history's sequence numbers never clash.
 */
@Component(service = FeedbackDeskStore.class)
public final class JdbiFeedbackDeskStore implements FeedbackDeskStore {

    private final JdbiDossierStore db;

    public JdbiFeedbackDeskStore(JdbiDossierStore db) {
        this.db = db;
    }

    @Activate
    public JdbiFeedbackDeskStore(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this(((StorageComponent) storage).database());
    }

    @Override
    public void receive(FeedbackRecord f, Instant dueAt, FeedbackEventRecord received, String notifyTo) {
        db.inHandle(h -> {
            h.createUpdate("INSERT INTO feedback (reference, subject_kind, unit_code, procedure_code, dossier_code,"
                            + " sender_name, contact_hash, content, status, submitted_at, due_at, notify_to) VALUES"
                            + " (:reference, :kind, :unit, :procedure, :dossier, :sender, :contact, :content, :status, :at, :due,"
                            + " :notify)")
                    .bind("notify", notifyTo)
                    .bind("reference", f.reference()).bind("kind", f.subjectKind()).bind("unit", f.unitCode())
                    .bind("procedure", f.procedureCode()).bind("dossier", f.dossierCode()).bind("sender", f.senderName())
                    .bind("contact", f.contactHash()).bind("content", f.content()).bind("status", f.status())
                    .bind("at", ts(f.submittedAt())).bind("due", ts(dueAt)).execute();
            append(h, f.reference(), received);
            return null;
        });
    }

    @Override
    public Optional<FeedbackCase> find(String reference) {
        return db.inHandle(h -> h.createQuery("SELECT * FROM feedback WHERE reference = :reference")
                .bind("reference", reference).map((rs, ctx) -> desk(rs)).findOne());
    }

    @Override
    public List<FeedbackCase> inbox(Collection<String> unitCodes, boolean openOnly, int limit) {
        if (unitCodes != null && unitCodes.isEmpty()) {
            return List.of();
        }
        String units = unitCodes == null ? "" : " AND unit_code IN (<units>)";
        return db.inHandle(h -> {
            Query open = h.createQuery("SELECT * FROM feedback WHERE status = 'OPEN'" + units
                    + " ORDER BY CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, submitted_at LIMIT :limit");
            List<FeedbackCase> out = new ArrayList<>(scoped(open, unitCodes).bind("limit", limit).map((rs, ctx) -> desk(rs)).list());
            if (!openOnly && out.size() < limit) {
                Query answered = h.createQuery("SELECT * FROM feedback WHERE status <> 'OPEN'" + units
                        + " ORDER BY answered_at DESC, reference LIMIT :limit");
                out.addAll(scoped(answered, unitCodes).bind("limit", limit - out.size()).map((rs, ctx) -> desk(rs)).list());
            }
            return out;
        });
    }

    private static Query scoped(Query q, Collection<String> unitCodes) {
        return unitCodes == null ? q : q.bindList("units", List.copyOf(unitCodes));
    }

    @Override
    public List<FeedbackEventRecord> events(String reference) {
        return db.inHandle(h -> h.createQuery("SELECT * FROM feedback_events WHERE reference = :reference ORDER BY seq")
                .bind("reference", reference)
                .map((rs, ctx) -> new FeedbackEventRecord(rs.getString("action"), rs.getString("actor"), rs.getString("unit_code"),
                        rs.getString("to_unit"), rs.getString("note"), instant(rs, "at")))
                .list());
    }

    @Override
    public boolean assign(String reference, String unitCode, String officer, FeedbackEventRecord event) {
        return guarded(reference, event, h -> h.createUpdate("UPDATE feedback SET assigned_to = :officer"
                        + " WHERE reference = :reference AND unit_code = :unit AND status = 'OPEN'")
                .bind("officer", officer).bind("reference", reference).bind("unit", unitCode).execute());
    }

    @Override
    public boolean forward(String reference, FeedbackEventRecord event) {
        return guarded(reference, event, h -> h.createUpdate("UPDATE feedback SET unit_code = :to, assigned_to = NULL"
                        + " WHERE reference = :reference AND unit_code = :from AND status = 'OPEN'")
                .bind("to", event.toUnit()).bind("reference", reference).bind("from", event.unitCode()).execute());
    }

    @Override
    public boolean answer(String reference, String answer, boolean publish, FeedbackEventRecord event,
                          java.util.function.Function<String, List<vn.motcua.storage.OutboxRecord>> notices) {
        return guarded(reference, event, h -> {
            int n = h.createUpdate("UPDATE feedback SET answer = :answer, answered_by = :by,"
                            + " answered_at = :at, status = 'ANSWERED', published = :published"
                            + " WHERE reference = :reference AND unit_code = :unit AND status = 'OPEN'")
                    .bind("answer", answer).bind("by", event.actor()).bind("at", ts(event.at())).bind("published", publish)
                    .bind("reference", reference).bind("unit", event.unitCode()).execute();
            if (n == 1) {
                // In the answer's transaction: the message exists exactly when the answer does (decision 1100).
                java.util.Optional<String> to = h.createQuery("SELECT notify_to FROM feedback WHERE reference = :reference")
                        .bind("reference", reference).mapTo(String.class).findOne();
                if (to.isPresent() && !to.get().isBlank()) {
                    JdbiOutboxTable outbox = new JdbiOutboxTable(h, () -> { });
                    notices.apply(to.get()).forEach(outbox::insert);
                    h.createUpdate("UPDATE feedback SET notify_to = NULL WHERE reference = :reference")
                            .bind("reference", reference).execute();
                }
            }
            return n;
        });
    }

    @Override
    public boolean publish(String reference, boolean published, FeedbackEventRecord event) {
        return guarded(reference, event, h -> h.createUpdate("UPDATE feedback SET published = :published"
                        + " WHERE reference = :reference AND unit_code = :unit AND status = 'ANSWERED' AND published <> :published")
                .bind("published", published).bind("reference", reference).bind("unit", event.unitCode()).execute());
    }

    @Override
    public boolean rate(String reference, int rating, FeedbackEventRecord event) {
        return guarded(reference, event, h -> h.createUpdate("UPDATE feedback SET answer_rating = :rating, answer_rated_at = :at"
                        + " WHERE reference = :reference AND status = 'ANSWERED' AND answer_rating IS NULL")
                .bind("rating", rating).bind("at", ts(event.at())).bind("reference", reference).execute());
    }

    @Override
    public List<FeedbackCase> published(String procedureCode, int limit) {
        return db.inHandle(h -> h.createQuery("SELECT * FROM feedback WHERE procedure_code = :procedure AND published = TRUE"
                        + " AND status = 'ANSWERED' ORDER BY answered_at DESC, reference LIMIT :limit")
                .bind("procedure", procedureCode).bind("limit", limit).map((rs, ctx) -> desk(rs)).list());
    }

    private interface Update {
        int run(Handle h);
    }

    /** The change, then its event, in one transaction; nothing is written when the change found another state. */
    private boolean guarded(String reference, FeedbackEventRecord event, Update change) {
        return db.inHandle(h -> {
            if (change.run(h) != 1) {
                return false;
            }
            append(h, reference, event);
            return true;
        });
    }

    private static void append(Handle h, String reference, FeedbackEventRecord e) {
        int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_events WHERE reference = :reference")
                .bind("reference", reference).mapTo(Integer.class).one();
        h.createUpdate("INSERT INTO feedback_events (reference, seq, action, actor, unit_code, to_unit, note, at)"
                        + " VALUES (:reference, :seq, :action, :actor, :unit, :to, :note, :at)")
                .bind("reference", reference).bind("seq", seq).bind("action", e.action()).bind("actor", e.actor())
                .bind("unit", e.unitCode()).bind("to", e.toUnit()).bind("note", e.note()).bind("at", ts(e.at())).execute();
    }

    private static FeedbackCase desk(ResultSet rs) throws SQLException {
        int rating = rs.getInt("answer_rating");
        Integer answerRating = rs.wasNull() ? null : rating;
        return new FeedbackCase(JdbiCitizenStore.feedback(rs), rs.getString("assigned_to"), instant(rs, "due_at"),
                answerRating, instant(rs, "answer_rated_at"), rs.getBoolean("published"));
    }
}
