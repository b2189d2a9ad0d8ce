package vn.motcua.runtime.deploy;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where procedure bundles are kept when several nodes share them (issue 14, decision 1413): offered by the platform
 * on PostgreSQL. A bundle a node accepted (uploaded, copied into its deploy folder, rolled back) is stored here with its
 * desired state, and every node's deploy folder reconciles its framework to it every {@code motcua.bundles.poll.millis}.
 * Without this service (H2: one node) the deploy folder works alone, as before.
 */
@ConsumerType
public interface BundleStorage {

    /** The states a bundle can be wanted in. */
    enum State { ACTIVE, STOPPED, REMOVED }

    /** A bundle as every node should have it. */
    record Desired(String file, String sha256, State state, boolean rolledBack, long revision) {
    }

    /** Raised by every change; polled. */
    long changeNumber();

    List<Desired> desired();

    Optional<byte[]> jar(String file);

    /** Stores a jar this node accepted, with its state. */
    void store(String file, byte[] jar, State state, boolean rolledBack);

    /** Changes the wanted state of a stored file (no-op for a file never stored). */
    void state(String file, State state);
}
