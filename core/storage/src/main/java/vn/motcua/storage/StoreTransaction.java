package vn.motcua.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations available inside one transaction. Valid only during {@link StoreWork#run}; not thread-safe.
 */
public interface StoreTransaction {

    /**
     * The next number of the daily sequence of an agency: 1 for the first call of a day. Numbers are never
     * handed out twice, also under concurrency and across restarts; a number whose transaction rolls back was
     * never issued.
     */
    long nextDailySequence(String agencyCode, LocalDate day);

    /** Stores a procedure version unless one with the same descriptor hash is already stored. */
    void saveProcedureVersion(ProcedureVersionRecord version);

    Optional<ProcedureVersionRecord> procedureVersion(String descriptorHash);

    /** @throws DuplicateKeyException if the code exists */
    void insertDossier(DossierRecord dossier);

    Optional<DossierRecord> dossier(String code);

    /**
     * Replaces a dossier row if its version is still {@code expectedVersion}; the stored version becomes
     * {@code dossier.version()}, which must be {@code expectedVersion + 1}.
     *
     * @return false if another transaction changed the dossier first (optimistic lock lost)
     */
    boolean updateDossier(DossierRecord dossier, long expectedVersion);

    /** @throws DuplicateKeyException if an event with the same dossier and sequence exists */
    void appendEvent(EventRecord event);

    /** Events of a dossier in sequence order. */
    List<EventRecord> events(String dossierCode);

    void insertClockStop(ClockStopRecord stop);

    /** Closes the open clock stop {@code seq} of a dossier. */
    void closeClockStop(String dossierCode, int seq, Instant end);

    /** Clock stops of a dossier in sequence order. */
    List<ClockStopRecord> clockStops(String dossierCode);

    Optional<IdempotencyRecord> idempotency(String key);

    /** @throws DuplicateKeyException if the key is already stored */
    void saveIdempotency(IdempotencyRecord record);

    void insertAttachment(AttachmentRecord attachment);

    List<AttachmentRecord> attachments(String dossierCode);

    /** Dossiers waiting for a unit and role, most urgent step first. */
    List<DossierRecord> queue(QueueQuery query);

    /**
     * The lookup factors of the dossiers a unit received since {@code since} or has not received yet (waiting at its
     * counter, refused there), and of those whose current step is at the unit: the rows a search by phone number or
     * citizen id at that unit compares. Read through the indexes on (unit, receipt) and on the queue.
     *
     * @param limit at most this many rows, 1..100000
     * @since 2.1
     */
    List<LookupFactors> lookupFactors(String unitCode, java.time.Instant since, int limit);

    /**
     * Dossiers received by a unit in {@code [from, to)}, in order of receipt: the rows of the unit's tracking book
     * (Sổ theo dõi hồ sơ). Dossiers never received (refused at the counter, awaiting a supplement) are not in it.
     *
     * @param limit at most this many, 1..10000
     */
    List<DossierRecord> receivedBetween(String unitCode, Instant from, Instant to, int limit);

    /**
     * Open dossiers whose next alert (due soon or overdue) is at or before {@code now}, earliest first, read
     * through the index on the alert time.
     */
    List<AlertCandidate> alertCandidates(Instant now, int limit);

    /**
     * Claims an alert: moves the dossier's next alert time from {@code seen} to {@code next} (null when no
     * alert is left) and sets the alert level, only if nobody claimed it before. Safe on several nodes.
     *
     * @return true if this caller won the claim
     */
    boolean claimAlert(String dossierCode, Instant seen, Instant next, int level);

    /**
     * Claims an alert and records it in the dossier's history in one step: moves the next alert time from {@code seen}
     * to {@code next}, sets the alert level and appends {@code event} as the new head of the event chain, only if nobody
     * claimed the alert before and no other event was appended since the caller read the head
     * ({@code event.seq() - 1}, {@code event.prevHash()}). The dossier's version is left alone: an alert changes nothing an
     * officer decides on. Safe on several nodes; candidates claimed in one transaction must be taken in the order
     * {@link #alertCandidates} returns them, so that concurrent claimers lock rows in the same order.
     *
     * @return true if this caller won the claim and the event was appended
     */
    boolean claimAlert(String dossierCode, Instant seen, Instant next, int level, EventRecord event);

    /** Number of dossiers per status. */
    Map<String, Long> countByStatus();

    /** The outbox, in this transaction: a message written here is committed or rolled back with the dossier change. */
    OutboxTable outbox();

    /** Postal orders, in this transaction: an order is written with its outbox message (decision 1131). */
    PostalTable postal();

    /**
     * The online payments, in this transaction (decision 1130).
     *
     * @since 2.2
     */
    PaymentTable payments();

    /**
     * The events after {@code afterId} in the order of their id, at most {@code limit}: each with its payload when that
     * holds the top-level key {@code payloadKey}, without it otherwise. For a follower that acts on a few events and
     * must still see every id to move its {@link SettledMark} (decision 1103).
     *
     * @since 2.5
     */
    java.util.List<FollowedEvent> eventsAfter(long afterId, String payloadKey, int limit);

    /**
     * The stored applicant JSON of each of the dossiers that exist among {@code codes}: what a follower of the events
     * reads of a page of dossiers at once (decision 1103).
     *
     * @since 2.5
     */
    Map<String, String> applicants(java.util.Collection<String> codes);

    /**
     * The mark of a follower of the events (table {@code event_marks}): every event with a smaller or equal id has been
     * taken into account. 0 if the follower has none.
     *
     * @since 2.5
     */
    long eventMark(String name);

    /**
     * Moves a follower's mark from {@code expected} to {@code mark} unless another follower moved it meanwhile. It takes
     * the mark's row lock (also when the two are equal), so two followers of one name never write at the same time.
     *
     * @return false if the mark was not at {@code expected} (or has no row: a migration creates it)
     * @since 2.5
     */
    boolean moveEventMark(String name, long expected, long mark);
}
