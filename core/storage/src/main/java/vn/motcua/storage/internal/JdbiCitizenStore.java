package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import vn.motcua.storage.CitizenStore;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.EvaluationRecord;
import vn.motcua.storage.FeedbackRecord;

/** {@link CitizenStore} on the same database and durability rules as the dossier store. Thread-safe. */
final class JdbiCitizenStore implements CitizenStore {

    /** Runs one transaction with the dossier store's durability rules (H2 checkpoint after commit). */
    interface Transactions {
        <T> T inHandle(HandleCallback<T, RuntimeException> work);
    }

    private final Transactions db;

    JdbiCitizenStore(Transactions db) {
        this.db = db;
    }

    @Override
    public boolean insertEvaluation(EvaluationRecord e) {
        try {
            return db.inHandle(h -> h.createUpdate("INSERT INTO evaluations (dossier_code, unit_code, procedure_code, overall,"
                            + " answers_json, comment, evaluated_at) VALUES (:code, :unit, :procedure, :overall, :answers, :comment, :at)")
                    .bind("code", e.dossierCode()).bind("unit", e.unitCode()).bind("procedure", e.procedureCode())
                    .bind("overall", e.overall()).bind("answers", e.answersJson()).bind("comment", e.comment())
                    .bind("at", ts(e.evaluatedAt())).execute() == 1);
        } catch (DuplicateKeyException alreadyEvaluated) {
            // Rate once: the primary key decides between two concurrent first evaluations.
            return false;
        }
    }

    @Override
    public Optional<EvaluationRecord> evaluation(String dossierCode) {
        return db.inHandle(h -> h.createQuery("SELECT * FROM evaluations WHERE dossier_code = :code")
                .bind("code", dossierCode)
                .map((rs, ctx) -> new EvaluationRecord(rs.getString("dossier_code"), rs.getString("unit_code"),
                        rs.getString("procedure_code"), rs.getInt("overall"), rs.getString("answers_json"),
                        rs.getString("comment"), instant(rs, "evaluated_at")))
                .findOne());
    }

    @Override
    public void insertFeedback(FeedbackRecord f) {
        db.inHandle(h -> h.createUpdate("INSERT INTO feedback (reference, subject_kind, unit_code, procedure_code, dossier_code,"
                        + " sender_name, contact_hash, content, status, submitted_at, answer, answered_by, answered_at) VALUES"
                        + " (:reference, :kind, :unit, :procedure, :dossier, :sender, :contact, :content, :status, :at,"
                        + " :answer, :answeredBy, :answeredAt)")
                .bind("reference", f.reference()).bind("kind", f.subjectKind()).bind("unit", f.unitCode())
                .bind("procedure", f.procedureCode()).bind("dossier", f.dossierCode()).bind("sender", f.senderName())
                .bind("contact", f.contactHash()).bind("content", f.content()).bind("status", f.status())
                .bind("at", ts(f.submittedAt())).bind("answer", f.answer()).bind("answeredBy", f.answeredBy())
                .bind("answeredAt", ts(f.answeredAt())).execute());
    }

    @Override
    public Optional<FeedbackRecord> feedback(String reference) {
        return db.inHandle(h -> h.createQuery("SELECT * FROM feedback WHERE reference = :reference")
                .bind("reference", reference).map((rs, ctx) -> feedback(rs)).findOne());
    }

    @Override
    public boolean answerFeedback(String reference, String answer, String answeredBy, Instant answeredAt) {
        return db.inHandle(h -> h.createUpdate("UPDATE feedback SET answer = :answer, answered_by = :by, answered_at = :at,"
                        + " status = 'ANSWERED' WHERE reference = :reference AND status = 'OPEN'")
                .bind("answer", answer).bind("by", answeredBy).bind("at", ts(answeredAt)).bind("reference", reference)
                .execute() == 1);
    }

    @Override
    public List<FeedbackRecord> feedbackOfUnit(String unitCode, boolean openOnly, int limit) {
        return db.inHandle(h -> h.createQuery("SELECT * FROM feedback WHERE unit_code = :unit"
                        + (openOnly ? " AND status = 'OPEN'" : "") + " ORDER BY submitted_at, reference LIMIT :limit")
                .bind("unit", unitCode).bind("limit", limit).map((rs, ctx) -> feedback(rs)).list());
    }

    static FeedbackRecord feedback(ResultSet rs) throws SQLException {
        return new FeedbackRecord(rs.getString("reference"), rs.getString("subject_kind"), rs.getString("unit_code"),
                rs.getString("procedure_code"), rs.getString("dossier_code"), rs.getString("sender_name"),
                rs.getString("contact_hash"), rs.getString("content"), rs.getString("status"), instant(rs, "submitted_at"),
                rs.getString("answer"), rs.getString("answered_by"), instant(rs, "answered_at"));
    }



}
