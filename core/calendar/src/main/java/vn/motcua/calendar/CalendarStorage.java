package vn.motcua.calendar;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where the administered calendar files are kept when several nodes share them (issue 14, decision 1415): offered by
 * the platform on PostgreSQL. Files are named as under {@code <data>/calendar/} ({@code 2027.yaml},
 * {@code closures.yaml}) and hold the same YAML. While such a service is present the calendar reads and writes them
 * there and polls {@link #changeNumber()} every {@code motcua.edits.poll.millis}, so a holiday or closure stored on one
 * node changes the deadlines every node computes within that interval; without it the data folder works alone.
 */
@ConsumerType
public interface CalendarStorage {

    /** The stored files by name and the change number they reflect. */
    record State(long changeNumber, Map<String, String> files) {
        public State {
            files = Map.copyOf(files);
        }
    }

    /** Raised by every change; cheap, polled several times a second. */
    long changeNumber();

    State read();

    void write(String file, String yaml);

    void remove(String file);

    /** Stores this node's files only if none were ever stored (the first node, once). @return true if published */
    boolean publishIfNone(Map<String, String> files);
}
