package vn.motcua.engine;

import java.util.List;

/**
 * The result of {@link DossierEngine#verifyHistory}.
 *
 * @param code     dossier code
 * @param intact   true when every hash matches and no event is missing
 * @param events   number of events read
 * @param problems what does not match, one line each, naming the event sequence
 */
public record HistoryVerification(String code, boolean intact, int events, List<String> problems) {
    public HistoryVerification {
        problems = List.copyOf(problems);
    }
}
