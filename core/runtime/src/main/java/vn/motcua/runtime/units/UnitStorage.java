package vn.motcua.runtime.units;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where administrators' unit changes are kept when several nodes share them (issue 14, decision 1415): offered by the
 * platform on PostgreSQL. The text is that of {@code <data>/units.csv}. While such a service is present the unit
 * directory reads and writes it there and polls {@link #changeNumber()} every {@code motcua.edits.poll.millis}, so a
 * unit changed on one node is seen by every node within that interval; without it the file works alone, as before.
 */
@ConsumerType
public interface UnitStorage {

    /** The administrators' unit list (empty: none stored) and the change number it reflects. */
    record State(long changeNumber, Optional<String> csv) {
    }

    /** Raised by every change; cheap, polled several times a second. */
    long changeNumber();

    State read();

    void write(String csv);

    /** Stores this node's list only if none was ever stored (the first node, once). @return true if published */
    boolean publishIfNone(Optional<String> csv);
}
