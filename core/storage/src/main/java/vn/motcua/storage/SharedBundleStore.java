package vn.motcua.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Procedure bundles shared by every node (issue 14, decision 1413): the jar a node accepted, its desired state, and
 * a change number nodes poll. Thread-safe; every method is its own transaction.
 */
@ProviderType
public interface SharedBundleStore {

    /** Raised by every change; one indexed row, cheap to poll. */
    long changeNumber();

    /** Every bundle row, REMOVED ones included, without the jars. */
    List<SharedBundleRecord> bundles();

    /** The jar of a file, if stored. */
    Optional<byte[]> jar(String fileName);

    /** Stores (or replaces) a file's jar with its desired state; raises the row's revision and the change number. */
    void put(String fileName, byte[] jar, String sha256, String desiredState, boolean rolledBack, Instant at);

    /** Changes a stored file's desired state; false when the file was never stored. */
    boolean setState(String fileName, String desiredState, Instant at);
}
