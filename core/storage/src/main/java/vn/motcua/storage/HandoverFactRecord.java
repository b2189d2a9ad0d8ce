package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One hand-over at the end of a step, folded from its event: a row of {@code report_handovers} (decision 1000).
 *
 * @param dossierCode  the dossier
 * @param seq          the event's sequence number
 * @param stepId       the step that ended
 * @param unitCode     the unit that performed the step
 * @param actor        the officer who handed over
 * @param handedOverAt when
 * @param dueAt        the step's deadline
 * @param timing       {@code EARLY}, {@code ON_TIME} or {@code LATE}
 */
public record HandoverFactRecord(String dossierCode, int seq, String stepId, String unitCode, String actor,
                                 Instant handedOverAt, Instant dueAt, String timing) {
    public HandoverFactRecord {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(handedOverAt, "handedOverAt");
        Objects.requireNonNull(timing, "timing");
    }
}
