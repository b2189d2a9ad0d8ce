package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.instant;
import static vn.motcua.storage.internal.SqlTime.ts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import vn.motcua.storage.AlertCandidate;
import vn.motcua.storage.AttachmentRecord;
import vn.motcua.storage.ClockStopRecord;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.EventRecord;
import vn.motcua.storage.IdempotencyRecord;
import vn.motcua.storage.LookupFactors;
import vn.motcua.storage.ProcedureVersionRecord;
import vn.motcua.storage.OutboxTable;
import vn.motcua.storage.QueueQuery;
import vn.motcua.storage.StoreTransaction;

/**
 * One transaction on one JDBI handle. Instants are bound as {@code TIMESTAMP WITH TIME ZONE} at UTC.
 *
 * <p>The five statements every dossier action runs (read the dossier, update it, append its event, insert a dossier,
 * take a daily sequence number) use the handle's JDBC connection with positional parameters: JDBI's named binding and
 * statement set-up cost about 15 % of the engine benchmark's CPU (decision 0905). Everything else stays on JDBI.
 */
final class JdbiStoreTransaction implements StoreTransaction {

    /** Open dossiers whose next alert is due, in a fixed order (claimers lock rows alike); see {@link SqlTime#DUE_FLOOR}. */
    static final String ALERT_CANDIDATES = "SELECT code, next_alert_at, alert_level, queue_unit, queue_role, step_due_at,"
            + " appointment_at, new_appointment_at FROM dossiers WHERE next_alert_at >= :floor AND next_alert_at <= :now"
            + " ORDER BY next_alert_at, code LIMIT :limit";

    private static final String DOSSIER_COLUMNS = "code, unit_code, procedure_code, procedure_version, descriptor_hash,"
            + " applicant_name, applicant_json, phone_hash, citizen_id_hash, form_json, channel, result_channel, status,"
            + " outcome, current_step, queue_unit, queue_role, submitted_at, received_at, appointment_at,"
            + " new_appointment_at, step_started_at, step_due_at, due_soon_at, next_alert_at, alert_level, clock_stopped,"
            + " finished_at, version, event_count, last_event_hash, updated_at";

    private static final String INSERT_DOSSIER = "INSERT INTO dossiers (" + DOSSIER_COLUMNS + ") VALUES ("
            + "?, ".repeat(DOSSIER_COLUMNS.split(",").length - 1) + "?)";
    private static final String SELECT_DOSSIER = "SELECT " + DOSSIER_COLUMNS + " FROM dossiers WHERE code = ?";
    private static final String UPDATE_DOSSIER = "UPDATE dossiers SET "
            + String.join(" = ?, ", DOSSIER_COLUMNS.substring("code, ".length()).split(",\\s*"))
            + " = ? WHERE code = ? AND version = ?";
    private static final String INSERT_EVENT = "INSERT INTO events (dossier_code, seq, occurred_at, actor, actor_role,"
            + " unit_code, action, from_state, to_state, note, internal, payload_json, payload_hash, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Handle h;
    private final Jdbi jdbi;
    /** Set by every statement that changes data, so that read-only transactions skip the durability checkpoint. */
    private boolean wrote;
    private JdbiOutboxTable outbox;
    private JdbiPostalTable postal;
    private JdbiPaymentTable payments;

    JdbiStoreTransaction(Handle h, Jdbi jdbi) {
        this.h = h;
        this.jdbi = jdbi;
    }

    /** Whether this transaction ran a statement that changes data. */
    boolean wrote() {
        return wrote;
    }

    @Override
    public long nextDailySequence(String agencyCode, LocalDate day) {
        wrote = true;
        for (int attempt = 0; attempt < 3; attempt++) {
            // FOR UPDATE: concurrent submissions of one agency queue here until the holder commits, and then read
            // the committed value, on H2 and PostgreSQL alike.
            Optional<Long> last = jdbc("SELECT last_value FROM daily_sequences WHERE agency_code = ? AND seq_day = ?"
                    + " FOR UPDATE", ps -> {
                        ps.setString(1, agencyCode);
                        ps.setObject(2, day);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                        }
                    });
            if (last.isPresent()) {
                long next = last.get() + 1;
                jdbc("UPDATE daily_sequences SET last_value = ? WHERE agency_code = ? AND seq_day = ?", ps -> {
                    ps.setLong(1, next);
                    ps.setString(2, agencyCode);
                    ps.setObject(3, day);
                    return ps.executeUpdate();
                });
                return next;
            }
            createDay(agencyCode, day);
        }
        throw new IllegalStateException("daily sequence row for " + agencyCode + " " + day + " could not be created");
    }

    /**
     * Creates the day's row inside a savepoint of this transaction, so a lost race (a concurrent transaction inserted it
     * first) is undone alone without aborting ours (PostgreSQL would abort the whole transaction). Not on a second pooled
     * connection: when every connection's holder was creating the day's row at once (the first submissions of a day
     * under load), each waited for a second connection that none would free, and all stalled for the pool's timeout.
     */
    private void createDay(String agencyCode, LocalDate day) {
        String savepoint = "create_day";
        h.savepoint(savepoint);
        try {
            h.createUpdate("INSERT INTO daily_sequences (agency_code, seq_day, last_value) VALUES (:a, :d, 0)")
                    .bind("a", agencyCode).bind("d", day).execute();
            h.releaseSavepoint(savepoint);
        } catch (JdbiException e) {
            RuntimeException translated = SqlErrors.translate(e);
            if (!(translated instanceof DuplicateKeyException)) {
                throw translated;
            }
            h.rollbackToSavepoint(savepoint);
        }
    }

    @Override
    public void saveProcedureVersion(ProcedureVersionRecord v) {
        if (procedureVersion(v.descriptorHash()).isPresent()) {
            return;
        }
        wrote = true;
        sql(() -> h.createUpdate("INSERT INTO procedure_versions (descriptor_hash, procedure_code, version, descriptor_text,"
                        + " definition_json, stored_at) VALUES (:hash, :code, :version, :text, :json, :at)")
                .bind("hash", v.descriptorHash()).bind("code", v.procedureCode()).bind("version", v.version())
                .bind("text", v.descriptorText()).bind("json", v.definitionJson()).bind("at", ts(v.storedAt())).execute());
    }

    @Override
    public Optional<ProcedureVersionRecord> procedureVersion(String descriptorHash) {
        return sql(() -> h.createQuery("SELECT * FROM procedure_versions WHERE descriptor_hash = :hash")
                .bind("hash", descriptorHash)
                .map((rs, ctx) -> new ProcedureVersionRecord(rs.getString("descriptor_hash"), rs.getString("procedure_code"),
                        rs.getString("version"), rs.getString("descriptor_text"), rs.getString("definition_json"),
                        instant(rs, "stored_at")))
                .findOne());
    }

    @Override
    public void insertDossier(DossierRecord d) {
        wrote = true;
        jdbc(INSERT_DOSSIER, ps -> {
            ps.setString(1, d.code());
            bindDossierAfterCode(ps, d, 2);
            return ps.executeUpdate();
        });
    }

    @Override
    public Optional<DossierRecord> dossier(String code) {
        return jdbc(SELECT_DOSSIER, ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(dossier(rs)) : Optional.<DossierRecord>empty();
            }
        });
    }

    @Override
    public boolean updateDossier(DossierRecord d, long expectedVersion) {
        wrote = true;
        if (d.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("new version must be " + (expectedVersion + 1) + ", was " + d.version());
        }
        int rows = jdbc(UPDATE_DOSSIER, ps -> {
            int next = bindDossierAfterCode(ps, d, 1);
            ps.setString(next, d.code());
            ps.setLong(next + 1, expectedVersion);
            return ps.executeUpdate();
        });
        return rows == 1;
    }

    /** Binds every column of {@link #DOSSIER_COLUMNS} but the code, in that order; returns the next position. */
    private static int bindDossierAfterCode(PreparedStatement ps, DossierRecord d, int first) throws SQLException {
        int i = first;
        ps.setString(i++, d.unitCode());
        ps.setString(i++, d.procedureCode());
        ps.setString(i++, d.procedureVersion());
        ps.setString(i++, d.descriptorHash());
        ps.setString(i++, d.applicantName());
        ps.setString(i++, d.applicantJson());
        ps.setString(i++, d.phoneHash());
        ps.setString(i++, d.citizenIdHash());
        ps.setString(i++, d.formJson());
        ps.setString(i++, d.channel());
        ps.setString(i++, d.resultChannel());
        ps.setString(i++, d.status());
        ps.setString(i++, d.outcome());
        ps.setString(i++, d.currentStep());
        ps.setString(i++, d.currentUnit());
        ps.setString(i++, d.currentRole());
        SqlTime.set(ps, i++, d.submittedAt());
        SqlTime.set(ps, i++, d.receivedAt());
        SqlTime.set(ps, i++, d.appointmentAt());
        SqlTime.set(ps, i++, d.newAppointmentAt());
        SqlTime.set(ps, i++, d.stepStartedAt());
        SqlTime.set(ps, i++, d.stepDueAt());
        SqlTime.set(ps, i++, d.dueSoonAt());
        SqlTime.set(ps, i++, d.nextAlertAt());
        ps.setInt(i++, d.alertLevel());
        ps.setBoolean(i++, d.clockStopped());
        SqlTime.set(ps, i++, d.finishedAt());
        ps.setLong(i++, d.version());
        ps.setInt(i++, d.eventCount());
        ps.setString(i++, d.lastEventHash());
        SqlTime.set(ps, i++, d.updatedAt());
        return i;
    }

    private static DossierRecord dossier(ResultSet rs) throws SQLException {
        return new DossierRecord(rs.getString("code"), rs.getString("unit_code"), rs.getString("procedure_code"),
                rs.getString("procedure_version"), rs.getString("descriptor_hash"), rs.getString("applicant_name"),
                rs.getString("applicant_json"), rs.getString("phone_hash"), rs.getString("citizen_id_hash"),
                rs.getString("form_json"), rs.getString("channel"), rs.getString("result_channel"), rs.getString("status"),
                rs.getString("outcome"), rs.getString("current_step"), rs.getString("queue_unit"),
                rs.getString("queue_role"), instant(rs, "submitted_at"), instant(rs, "received_at"),
                instant(rs, "appointment_at"), instant(rs, "new_appointment_at"), instant(rs, "step_started_at"),
                instant(rs, "step_due_at"), instant(rs, "due_soon_at"), instant(rs, "next_alert_at"),
                rs.getInt("alert_level"), rs.getBoolean("clock_stopped"), instant(rs, "finished_at"), rs.getLong("version"),
                rs.getInt("event_count"), rs.getString("last_event_hash"), instant(rs, "updated_at"));
    }

    @Override
    public void appendEvent(EventRecord e) {
        wrote = true;
        jdbc(INSERT_EVENT, ps -> {
            ps.setString(1, e.dossierCode());
            ps.setInt(2, e.seq());
            SqlTime.set(ps, 3, e.at());
            ps.setString(4, e.actor());
            ps.setString(5, e.actorRole());
            ps.setString(6, e.unitCode());
            ps.setString(7, e.action());
            ps.setString(8, e.fromState());
            ps.setString(9, e.toState());
            ps.setString(10, e.note());
            ps.setBoolean(11, e.internal());
            ps.setString(12, e.payloadJson());
            ps.setString(13, e.payloadHash());
            ps.setString(14, e.prevHash());
            ps.setString(15, e.hash());
            return ps.executeUpdate();
        });
    }

    @Override
    public List<EventRecord> events(String dossierCode) {
        return sql(() -> h.createQuery("SELECT * FROM events WHERE dossier_code = :code ORDER BY seq")
                .bind("code", dossierCode)
                .map((rs, ctx) -> new EventRecord(rs.getString("dossier_code"), rs.getInt("seq"), instant(rs, "occurred_at"),
                        rs.getString("actor"), rs.getString("actor_role"), rs.getString("unit_code"), rs.getString("action"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("note"), rs.getBoolean("internal"),
                        rs.getString("payload_json"), rs.getString("payload_hash"), rs.getString("prev_hash"),
                        rs.getString("hash")))
                .list());
    }

    @Override
    public void insertClockStop(ClockStopRecord s) {
        wrote = true;
        sql(() -> h.createUpdate("INSERT INTO clock_stops (dossier_code, seq, started_at, ended_at, reason, rule)"
                        + " VALUES (:code, :seq, :start, :end, :reason, :rule)")
                .bind("code", s.dossierCode()).bind("seq", s.seq()).bind("start", ts(s.start())).bind("end", ts(s.end()))
                .bind("reason", s.reason()).bind("rule", s.rule()).execute());
    }

    @Override
    public void closeClockStop(String dossierCode, int seq, Instant end) {
        wrote = true;
        sql(() -> h.createUpdate("UPDATE clock_stops SET ended_at = :end WHERE dossier_code = :code AND seq = :seq"
                        + " AND ended_at IS NULL")
                .bind("end", ts(end)).bind("code", dossierCode).bind("seq", seq).execute());
    }

    @Override
    public List<ClockStopRecord> clockStops(String dossierCode) {
        return sql(() -> h.createQuery("SELECT * FROM clock_stops WHERE dossier_code = :code ORDER BY seq")
                .bind("code", dossierCode)
                .map((rs, ctx) -> new ClockStopRecord(rs.getString("dossier_code"), rs.getInt("seq"),
                        instant(rs, "started_at"), instant(rs, "ended_at"), rs.getString("reason"), rs.getString("rule")))
                .list());
    }

    @Override
    public Optional<IdempotencyRecord> idempotency(String key) {
        return sql(() -> h.createQuery("SELECT * FROM idempotency_keys WHERE idem_key = :key").bind("key", key)
                .map((rs, ctx) -> new IdempotencyRecord(rs.getString("idem_key"), rs.getString("request_hash"),
                        rs.getString("response"), instant(rs, "created_at")))
                .findOne());
    }

    @Override
    public void saveIdempotency(IdempotencyRecord r) {
        wrote = true;
        sql(() -> h.createUpdate("INSERT INTO idempotency_keys (idem_key, request_hash, response, created_at)"
                        + " VALUES (:key, :hash, :response, :at)")
                .bind("key", r.key()).bind("hash", r.requestHash()).bind("response", r.response())
                .bind("at", ts(r.createdAt())).execute());
    }

    @Override
    public void insertAttachment(AttachmentRecord a) {
        wrote = true;
        sql(() -> h.createUpdate("INSERT INTO attachments (id, dossier_code, field_id, original_name, media_type, size_bytes,"
                        + " sha256, stored_at) VALUES (:id, :code, :field, :name, :type, :size, :sha, :at)")
                .bind("id", a.id()).bind("code", a.dossierCode()).bind("field", a.fieldId()).bind("name", a.originalName())
                .bind("type", a.mediaType()).bind("size", a.sizeBytes()).bind("sha", a.sha256())
                .bind("at", ts(a.storedAt())).execute());
    }

    @Override
    public List<AttachmentRecord> attachments(String dossierCode) {
        return sql(() -> h.createQuery("SELECT * FROM attachments WHERE dossier_code = :code ORDER BY stored_at, id")
                .bind("code", dossierCode)
                .map((rs, ctx) -> new AttachmentRecord(rs.getString("id"), rs.getString("dossier_code"),
                        rs.getString("field_id"), rs.getString("original_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), instant(rs, "stored_at")))
                .list());
    }

    @Override
    public List<DossierRecord> queue(QueueQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + DOSSIER_COLUMNS
                + " FROM dossiers WHERE queue_unit = :unit AND queue_role = :role");
        if (!q.statuses().isEmpty()) {
            sql.append(" AND status IN (<statuses>)");
        }
        if (q.dueBefore() != null) {
            sql.append(" AND step_due_at < :before");
        }
        // The time by which the unit owes the next move: the step's deadline, or for a dossier not yet received (an
        // online submission waiting for the counter's check) its submission, so it never waits behind every received
        // one (decision 1323). The index dossiers_queue narrows the rows to one unit and role before this sort.
        sql.append(" ORDER BY COALESCE(step_due_at, submitted_at), code LIMIT :limit OFFSET :offset");
        return sql(() -> {
            Query query = h.createQuery(sql.toString()).bind("unit", q.unitCode()).bind("role", q.role())
                    .bind("limit", q.limit()).bind("offset", q.offset());
            if (!q.statuses().isEmpty()) {
                query.bindList("statuses", q.statuses());
            }
            if (q.dueBefore() != null) {
                query.bind("before", ts(q.dueBefore()));
            }
            return query.map((rs, ctx) -> dossier(rs)).list();
        });
    }

    @Override
    public List<LookupFactors> lookupFactors(String unitCode, Instant since, int limit) {
        if (limit <= 0 || limit > 100_000) {
            throw new IllegalArgumentException("limit must be 1..100000, was " + limit);
        }
        // Two index range reads rather than one OR, which neither H2 nor PostgreSQL reliably answers from the indexes.
        Map<String, LookupFactors> rows = new java.util.LinkedHashMap<>();
        for (String sql : List.of(
                "SELECT code, phone_hash, citizen_id_hash FROM dossiers WHERE unit_code = :unit"
                        + " AND (received_at >= :since OR received_at IS NULL) LIMIT :limit",
                "SELECT code, phone_hash, citizen_id_hash FROM dossiers WHERE queue_unit = :unit LIMIT :limit")) {
            sql(() -> h.createQuery(sql).bind("unit", unitCode).bind("since", ts(since)).bind("limit", limit)
                    .map((rs, ctx) -> new LookupFactors(rs.getString("code"), rs.getString("phone_hash"), rs.getString("citizen_id_hash")))
                    .list()).forEach(f -> rows.putIfAbsent(f.code(), f));
        }
        return List.copyOf(rows.values()).subList(0, Math.min(limit, rows.size()));
    }

    @Override
    public List<DossierRecord> receivedBetween(String unitCode, Instant from, Instant to, int limit) {
        if (limit <= 0 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000, was " + limit);
        }
        return sql(() -> h.createQuery("SELECT " + DOSSIER_COLUMNS + " FROM dossiers WHERE unit_code = :unit"
                        + " AND received_at >= :from AND received_at < :to ORDER BY received_at, code LIMIT :limit")
                .bind("unit", unitCode).bind("from", ts(from)).bind("to", ts(to)).bind("limit", limit)
                .map((rs, ctx) -> dossier(rs)).list());
    }

    @Override
    public List<AlertCandidate> alertCandidates(Instant now, int limit) {
        return sql(() -> h.createQuery(ALERT_CANDIDATES)
                .bind("floor", ts(SqlTime.DUE_FLOOR)).bind("now", ts(now)).bind("limit", limit)
                .map((rs, ctx) -> {
                    Instant newAppointment = instant(rs, "new_appointment_at");
                    return new AlertCandidate(rs.getString("code"), instant(rs, "next_alert_at"), rs.getInt("alert_level"),
                            rs.getString("queue_unit"), rs.getString("queue_role"), instant(rs, "step_due_at"),
                            newAppointment != null ? newAppointment : instant(rs, "appointment_at"));
                })
                .list());
    }

    @Override
    public boolean claimAlert(String dossierCode, Instant seen, Instant next, int level) {
        wrote = true;
        return sql(() -> h.createUpdate("UPDATE dossiers SET next_alert_at = :next, alert_level = :level"
                        + " WHERE code = :code AND next_alert_at = :seen")
                .bind("next", ts(next)).bind("level", level).bind("code", dossierCode).bind("seen", ts(seen))
                .execute()) == 1;
    }

    @Override
    public boolean claimAlert(String dossierCode, Instant seen, Instant next, int level, EventRecord event) {
        wrote = true;
        if (!event.dossierCode().equals(dossierCode)) {
            throw new IllegalArgumentException("event of " + event.dossierCode() + " for dossier " + dossierCode);
        }
        // The head guard (event_count, last_event_hash) keeps the chain intact: an officer's event appended since the
        // caller read the dossier makes this claim lose instead of forking the history.
        int rows = sql(() -> h.createUpdate("UPDATE dossiers SET next_alert_at = :next, alert_level = :level,"
                        + " event_count = :seq, last_event_hash = :hash WHERE code = :code AND next_alert_at = :seen"
                        + " AND event_count = :prevSeq AND last_event_hash = :prevHash")
                .bind("next", ts(next)).bind("level", level).bind("seq", event.seq()).bind("hash", event.hash())
                .bind("code", dossierCode).bind("seen", ts(seen)).bind("prevSeq", event.seq() - 1)
                .bind("prevHash", event.prevHash())
                .execute());
        if (rows != 1) {
            return false;
        }
        appendEvent(event);
        return true;
    }

    @Override
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        sql(() -> h.createQuery("SELECT status, COUNT(*) AS n FROM dossiers GROUP BY status ORDER BY status")
                .map((rs, ctx) -> counts.put(rs.getString("status"), rs.getLong("n"))).list());
        return counts;
    }

    @Override
    public List<vn.motcua.storage.FollowedEvent> eventsAfter(long afterId, String payloadKey, int limit) {
        return sql(() -> EventFeed.carrying(h, afterId, payloadKey, limit));
    }

    @Override
    public Map<String, String> applicants(java.util.Collection<String> codes) {
        Map<String, String> out = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            sql(() -> h.createQuery("SELECT code, applicant_json FROM dossiers WHERE code IN (<codes>)")
                    .bindList("codes", List.copyOf(codes))
                    .map((rs, ctx) -> out.put(rs.getString("code"), rs.getString("applicant_json"))).list());
        }
        return out;
    }

    @Override
    public long eventMark(String name) {
        return sql(() -> EventFeed.mark(h, name));
    }

    @Override
    public boolean moveEventMark(String name, long expected, long mark) {
        wrote = true;
        return sql(() -> EventFeed.moveMark(h, name, expected, mark));
    }

    @Override
    public OutboxTable outbox() {
        if (outbox == null) {
            outbox = new JdbiOutboxTable(h, () -> wrote = true);
        }
        return outbox;
    }

    @Override
    public vn.motcua.storage.PostalTable postal() {
        if (postal == null) {
            postal = new JdbiPostalTable(h, () -> wrote = true);
        }
        return postal;
    }

    @Override
    public vn.motcua.storage.PaymentTable payments() {
        if (payments == null) {
            payments = new JdbiPaymentTable(h, () -> wrote = true);
        }
        return payments;
    }

    /** A statement on the handle's connection, prepared and closed here; H2 and PostgreSQL keep the parsed form. */
    private <T> T jdbc(String sql, JdbcWork<T> work) {
        try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
            return work.run(ps);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @FunctionalInterface
    private interface JdbcWork<T> {
        T run(PreparedStatement ps) throws SQLException;
    }

    private static <T> T sql(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }


}
