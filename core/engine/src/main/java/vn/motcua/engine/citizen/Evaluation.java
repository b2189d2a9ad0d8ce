package vn.motcua.engine.citizen;

import java.time.Instant;

/**
 * A stored evaluation.
 *
 * @param dossierCode the dossier
 * @param ratings     the answers
 * @param evaluatedAt when
 */
public record Evaluation(String dossierCode, Ratings ratings, Instant evaluatedAt) {
}
