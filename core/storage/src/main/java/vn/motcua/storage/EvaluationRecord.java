package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's evaluation of a finished dossier.
 *
 * @param dossierCode   the dossier evaluated (at most one evaluation each)
 * @param unitCode      the receiving unit, for per-unit satisfaction rates
 * @param procedureCode the procedure, for per-procedure rates
 * @param overall       overall satisfaction, 1 (not satisfied) to 3 (very satisfied)
 * @param answersJson   every criterion's answer as a JSON object, so criteria can grow without a migration
 * @param comment       free text; may be null
 * @param evaluatedAt   when stored
 */
public record EvaluationRecord(String dossierCode, String unitCode, String procedureCode, int overall,
                               String answersJson, String comment, Instant evaluatedAt) {
    public EvaluationRecord {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(answersJson, "answersJson");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }
}
