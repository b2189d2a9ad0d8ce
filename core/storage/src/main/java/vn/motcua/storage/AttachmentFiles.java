package vn.motcua.storage;

import java.io.InputStream;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where attachments are kept: the file area {@code <data>/attachments/} on H2, the database on PostgreSQL so that every
 * node serves every file (decision 1416). Files get generated names; nothing the user sends becomes part of a path.
 * Thread-safe.
 */
@ProviderType
public interface AttachmentFiles {

    /**
     * Writes content to a new file under a generated name, computing size and SHA-256, and refuses content
     * larger than {@code maxBytes} (the partial file is deleted).
     *
     * @throws AttachmentTooLargeException if the content exceeds {@code maxBytes}
     */
    StoredFile write(InputStream content, long maxBytes);

    /** Opens a stored file by its generated id. */
    InputStream open(String id);

    /** Deletes a stored file; used when the transaction that would have referenced it failed. */
    void delete(String id);

    /**
     * The path of a stored file, for diagnostics and tests.
     *
     * @throws UnsupportedOperationException where attachments are kept in the database (PostgreSQL, decision 1416)
     */
    Path path(String id);

    /**
     * A file just written.
     *
     * @param id        generated id and file name
     * @param sizeBytes size
     * @param sha256    checksum, hex
     * @param head      the first bytes, for content sniffing
     */
    record StoredFile(String id, long sizeBytes, String sha256, byte[] head) {
    }
}
