package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * What the reports count about one dossier, folded from its events (decision 1000). One row of {@code report_dossiers}.
 *
 * @param dossierCode       the dossier
 * @param unitCode          the receiving unit
 * @param procedureCode     national procedure code
 * @param channel           {@code COUNTER}, {@code POSTAL}, {@code ONLINE_PARTIAL} or {@code ONLINE_FULL}
 * @param status            the status after the last event
 * @param submittedAt       when it arrived
 * @param receivedAt        when it was received (clock start); null if never
 * @param finishedAt        when it was decided, refused or withdrawn; null while open
 * @param dueAt             the appointment (recomputed after a supplement, not moved by an apology); null if never received
 * @param dueSoonAt         from when the appointment is due soon; null if never received
 * @param newDueAt          the apology's new appointment; null without apology
 * @param inProgress        received and neither decided nor stopped
 * @param currentUnit       the unit holding it now; null when closed
 * @param timing            {@code EARLY}, {@code ON_TIME} or {@code LATE} once decided (against {@code dueAt}); else null
 * @param outcome           {@code APPROVED} or {@code REJECTED} once decided
 * @param supplements       supplement requests, at reception and during processing
 * @param apologies         apology slips issued
 * @param lateHandovers     hand-overs after their step's deadline
 * @param stopWithoutReason withdrawn without a stated reason
 * @param attachments       files received digitally, at submission and with supplements
 * @param usedMinutes       working minutes from receipt to decision, clock stops excluded; null until decided
 * @param limitMinutes      working minutes from receipt to the appointment, clock stops excluded; null until decided
 * @param eventCount        events folded into this row
 */
public record DossierFactRecord(String dossierCode, String unitCode, String procedureCode, String channel, String status,
                                Instant submittedAt, Instant receivedAt, Instant finishedAt, Instant dueAt,
                                Instant dueSoonAt, Instant newDueAt, boolean inProgress, String currentUnit, String timing,
                                String outcome, int supplements, int apologies, int lateHandovers,
                                boolean stopWithoutReason, int attachments, Long usedMinutes, Long limitMinutes, int eventCount,
                                boolean paidOnline) {

    /** Without an online payment, as before 2.2. */
    public DossierFactRecord(String dossierCode, String unitCode, String procedureCode, String channel, String status,
                             Instant submittedAt, Instant receivedAt, Instant finishedAt, Instant dueAt,
                             Instant dueSoonAt, Instant newDueAt, boolean inProgress, String currentUnit, String timing,
                             String outcome, int supplements, int apologies, int lateHandovers,
                             boolean stopWithoutReason, int attachments, Long usedMinutes, Long limitMinutes, int eventCount) {
        this(dossierCode, unitCode, procedureCode, channel, status, submittedAt, receivedAt, finishedAt, dueAt, dueSoonAt,
                newDueAt, inProgress, currentUnit, timing, outcome, supplements, apologies, lateHandovers, stopWithoutReason,
                attachments, usedMinutes, limitMinutes, eventCount, false);
    }

    public DossierFactRecord {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
