package vn.motcua.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.engine.HistoryVerification;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.EventRecord;

/**
 * The hash chain of a dossier's events: each event's hash covers its fields, the hash of its payload and the hash of
 * the event before it; the dossier row keeps the head hash and the count, so deleting the newest events is detected
 * too (decision 0302).
 */
final class EventChain {

    static final String GENESIS = "0".repeat(64);
    private static final char SEP = '\u001f';

    /** Builds the next event of a dossier whose current head is {@code previousHash} at {@code previousSeq}. */
    EventRecord next(String code, int previousSeq, String previousHash, Instant at, String actor, String role, String unit,
                     String action, String from, String to, String note, boolean internal, String payloadJson) {
        String payloadHash = Hashing.sha256(payloadJson);
        String prev = previousHash == null ? GENESIS : previousHash;
        int seq = previousSeq + 1;
        String hash = hash(code, seq, at, actor, role, unit, action, from, to, note, internal, payloadHash, prev);
        return new EventRecord(code, seq, at, actor, role, unit, action, from, to, note, internal, payloadJson, payloadHash, prev, hash);
    }

    private static String hash(String code, int seq, Instant at, String actor, String role, String unit, String action,
                               String from, String to, String note, boolean internal, String payloadHash, String prev) {
        StringBuilder b = new StringBuilder(256);
        for (Object part : new Object[] {prev, code, seq, at, actor, role, unit, action, from, to, note, internal, payloadHash}) {
            b.append(part == null ? "\u0000" : part.toString()).append(SEP);
        }
        return Hashing.sha256(b.toString());
    }

    HistoryVerification verify(DossierRecord dossier, List<EventRecord> events) {
        List<String> problems = new ArrayList<>();
        String prev = GENESIS;
        int expectedSeq = 1;
        for (EventRecord e : events) {
            if (e.seq() != expectedSeq) {
                problems.add("event " + expectedSeq + " is missing (found " + e.seq() + ")");
                expectedSeq = e.seq();
            }
            if (!Objects.equals(e.prevHash(), prev)) {
                problems.add("event " + e.seq() + " does not follow the event before it");
            }
            if (!Hashing.sha256(e.payloadJson()).equals(e.payloadHash())) {
                problems.add("event " + e.seq() + ": payload was changed");
            }
            String recomputed = hash(e.dossierCode(), e.seq(), e.at(), e.actor(), e.actorRole(), e.unitCode(), e.action(),
                    e.fromState(), e.toState(), e.note(), e.internal(), e.payloadHash(), e.prevHash());
            if (!recomputed.equals(e.hash())) {
                problems.add("event " + e.seq() + " (" + e.action() + ") was changed after it was recorded");
            }
            prev = e.hash();
            expectedSeq++;
        }
        if (events.size() != dossier.eventCount()) {
            problems.add("the dossier records " + dossier.eventCount() + " events, " + events.size() + " found");
        }
        if (!Objects.equals(prev, dossier.lastEventHash() == null ? GENESIS : dossier.lastEventHash())) {
            problems.add("the newest event is not the one the dossier points to");
        }
        if (!events.isEmpty() && !events.get(events.size() - 1).toState().equals(dossier.status())) {
            problems.add("the dossier status " + dossier.status() + " differs from the last event's");
        }
        return new HistoryVerification(dossier.code(), problems.isEmpty(), events.size(), problems);
    }
}
