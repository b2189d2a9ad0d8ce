package vn.motcua.engine;

import java.time.Instant;
import vn.motcua.calendar.Timeliness;

/**
 * One hand-over at the end of a step (Phiếu kiểm soát quá trình giải quyết hồ sơ), classed against the step's
 * deadline.
 *
 * @param stepId       the step that ended
 * @param unitCode     the unit that performed it
 * @param startedAt    when the step received the dossier
 * @param handedOverAt when it passed it on
 * @param dueAt        the step's deadline
 * @param timing       early, on time or late
 * @param action       forward, send back, approve, reject
 */
public record Handover(String stepId, String unitCode, Instant startedAt, Instant handedOverAt, Instant dueAt,
                       Timeliness timing, DossierAction action) {
}
