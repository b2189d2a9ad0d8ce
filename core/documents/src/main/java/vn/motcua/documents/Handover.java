package vn.motcua.documents;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the control sheet: a hand-over of the dossier between units or officers.
 *
 * @param fromUnit     the unit handing over
 * @param fromOfficer  the officer handing over
 * @param toUnit       the unit receiving
 * @param toOfficer    the officer receiving
 * @param handedOverAt when the dossier was handed over
 * @param stepDeadline the deadline of the step that ended with this hand-over, if it had one
 * @param result       early, on time or late against that deadline, once known
 * @param note         notes (ghi chú)
 */
public record Handover(String fromUnit, String fromOfficer, String toUnit, String toOfficer, Instant handedOverAt,
                       Optional<Instant> stepDeadline, Optional<Timeliness> result, Optional<String> note) {
    public Handover {
        Objects.requireNonNull(fromUnit, "fromUnit");
        Objects.requireNonNull(fromOfficer, "fromOfficer");
        Objects.requireNonNull(toUnit, "toUnit");
        Objects.requireNonNull(toOfficer, "toOfficer");
        Objects.requireNonNull(handedOverAt, "handedOverAt");
        Objects.requireNonNull(stepDeadline, "stepDeadline");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(note, "note");
    }
}
