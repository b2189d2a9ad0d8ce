package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.ts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.HandleCallback;
import vn.motcua.storage.AttachmentFiles;

/**
 * Attachments in the database (PostgreSQL, decision 1416), so that every node serves every file and the database's
 * backups and replicas hold them with the dossiers that name them. Written in their own transaction before the
 * dossier's (as files are), and deleted when that one fails. A file stored in the node's folder before this store
 * existed is still read from there. Thread-safe.
 */
final class DatabaseAttachmentStore implements AttachmentFiles {

    /** Runs one statement in its own committed transaction. */
    interface Transactions {
        <T> T durable(HandleCallback<T, RuntimeException> work);
    }

    private final Transactions db;
    private final FileAttachmentStore earlier;
    private final Clock clock;

    DatabaseAttachmentStore(Transactions db, FileAttachmentStore earlier, Clock clock) {
        this.db = db;
        this.earlier = earlier;
        this.clock = clock;
    }

    @Override
    public StoredFile write(InputStream content, long maxBytes) {
        String id = UUID.randomUUID().toString();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoredFile stored;
        try {
            stored = CheckedCopy.copy(id, content, bytes, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attachment", e);
        }
        db.durable(h -> h.createUpdate("INSERT INTO attachment_contents (id, content, size_bytes, sha256, stored_at)"
                        + " VALUES (:id, :content, :size, :sha256, :at)")
                .bind("id", id).bind("content", bytes.toByteArray()).bind("size", stored.sizeBytes())
                .bind("sha256", stored.sha256()).bind("at", ts(clock.instant())).execute());
        return stored;
    }

    @Override
    public InputStream open(String id) {
        checked(id);
        Optional<byte[]> row = db.durable(h -> h.createQuery("SELECT content FROM attachment_contents WHERE id = :id")
                .bind("id", id).mapTo(byte[].class).findOne());
        return row.<InputStream>map(ByteArrayInputStream::new).orElseGet(() -> earlier.open(id));
    }

    @Override
    public void delete(String id) {
        checked(id);
        db.durable(h -> h.createUpdate("DELETE FROM attachment_contents WHERE id = :id").bind("id", id).execute());
        earlier.delete(id);
    }

    /** Attachments in the database have no path; only those kept from before it do. */
    @Override
    public Path path(String id) {
        throw new UnsupportedOperationException("attachment " + id + " is kept in the database, not in a file (decision 1416)");
    }

    /** Only generated ids are accepted, as for files. */
    private static void checked(String id) {
        if (!FileAttachmentStore.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an attachment id: " + id);
        }
    }
}
