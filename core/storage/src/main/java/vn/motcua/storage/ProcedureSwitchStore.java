package vn.motcua.storage;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Per-unit procedure switches shared by every node (issue 14, decision 1411), with a change number each node polls so
 * that a switch is seen everywhere within its poll interval. Thread-safe; every method is its own transaction.
 *
 * <pre>{@code
 * long seen = -1;
 * // every motcua.switches.poll.millis:
 * if (store.changeNumber() != seen) {
 *     ProcedureSwitchStore.Switches s = store.switches();   // the list and the number it belongs to
 *     seen = s.changeNumber();
 * }
 * }</pre>
 */
@ProviderType
public interface ProcedureSwitchStore {

    /** The procedures switched off and the change number of that state, read in one transaction. */
    record Switches(long changeNumber, List<ProcedureSwitchRecord> paused) {
        public Switches {
            paused = List.copyOf(paused);
        }
    }

    /** The current change number: one indexed row, cheap enough to poll several times a second. */
    long changeNumber();

    /** Everything switched off, with the change number it belongs to. */
    Switches switches();

    /** Switches a procedure off at a unit, or replaces the reason and end date of its pause; raises the change number. */
    void pause(ProcedureSwitchRecord pause, Instant at);

    /** Switches a procedure back on at a unit; raises the change number when it was off. @return true if it was off */
    boolean resume(String procedureCode, String unitCode);

    /**
     * Stores {@code pauses} only if no switch was ever stored (the change number is still 0): the one-time import of a
     * node's old {@code procedure-units.properties}. Safe when several nodes start at once: one of them imports.
     *
     * @return true if this call imported
     */
    boolean importIfEmpty(List<ProcedureSwitchRecord> pauses, Instant at);
}
