package vn.motcua.storage;

import java.util.Objects;

/**
 * A procedure bundle as all nodes should have it (without its bytes: {@link SharedBundleStore#jar}).
 *
 * @param fileName     the file name in the deploy folder
 * @param sha256       SHA-256 of the jar, lower-case hex
 * @param desiredState {@code ACTIVE}, {@code STOPPED} or {@code REMOVED}
 * @param rolledBack   the jar is an older version put back by a rollback (install it although it is a downgrade)
 * @param revision     raised at every change of the row
 */
public record SharedBundleRecord(String fileName, String sha256, String desiredState, boolean rolledBack, long revision) {
    public SharedBundleRecord {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(desiredState, "desiredState");
    }
}
