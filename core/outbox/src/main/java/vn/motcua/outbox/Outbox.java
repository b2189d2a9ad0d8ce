package vn.motcua.outbox;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** Reading the outbox and re-sending dead letters. Thread-safe. Messages are written by the engine, not here. */
@ProviderType
public interface Outbox {

    /** Messages waiting or being delivered, the furthest next attempt first (those that failed most often lead). */
    List<OutboxEntry> pending(int limit);

    /** Dead letters (attempts used up or refused by the partner), newest first, with the partner's answer. */
    List<OutboxEntry> failed(int limit);

    /**
     * Messages to the applicant about a dossier, oldest first, with the recipient masked: what the citizen's page shows.
     * Messages to partners about it (postal order, national portal) are not among them.
     */
    List<OutboxEntry> sentFor(String dossierCode);

    /** Puts a dead letter back in the queue with a fresh count of attempts. @return false unless it was a dead letter */
    boolean resend(String id);

    /** Number of messages per status. */
    Map<String, Long> countByStatus();
}
