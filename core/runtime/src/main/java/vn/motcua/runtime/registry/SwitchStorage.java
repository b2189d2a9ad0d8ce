package vn.motcua.runtime.registry;

import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where per-unit procedure switches are kept when several nodes share them (issue 14, decision 1411): offered by the
 * platform on the database. While such a service is present the registry reads and writes its switches there and polls
 * {@link #changeNumber()} every {@code motcua.switches.poll.millis} (250 ms), so a switch changed on one node is seen by
 * every node within that interval; without it, switches stay in {@code <data>/procedure-units.properties}.
 */
@ConsumerType
public interface SwitchStorage {

    /** A procedure switched off at a unit. */
    record Switch(String procedureCode, String unitCode, Pause pause) {
        public Switch {
            Objects.requireNonNull(procedureCode, "procedureCode");
            Objects.requireNonNull(unitCode, "unitCode");
            pause = pause == null ? Pause.UNEXPLAINED : pause;
        }
    }

    /** Everything switched off and the change number of that state. */
    record State(long changeNumber, List<Switch> paused) {
        public State {
            paused = List.copyOf(paused);
        }
    }

    /** The number that changes with every switch change; cheap, polled several times a second. */
    long changeNumber();

    State read();

    void pause(String procedureCode, String unitCode, Pause pause);

    void resume(String procedureCode, String unitCode);

    /** Stores {@code pauses} only if no switch was ever stored (a node's old file, once). @return true if imported */
    boolean importIfEmpty(List<Switch> pauses);
}
