package vn.motcua.storage;

import java.time.Instant;

/**
 * One entry of a dossier's clock-stop ledger.
 *
 * @param dossierCode the dossier
 * @param seq         1, 2, 3… per dossier
 * @param start       when the clock stopped
 * @param end         when it ran again; null while open
 * @param reason      why, in Vietnamese
 * @param rule        the rule that stops the clock
 */
public record ClockStopRecord(String dossierCode, int seq, Instant start, Instant end, String reason, String rule) {
}
