package vn.motcua.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.motcua.storage.AttachmentFiles;
import vn.motcua.storage.AttachmentTooLargeException;
import vn.motcua.storage.StorageException;

/** Attachments as files named by random UUIDs under one folder. Thread-safe. */
final class FileAttachmentStore implements AttachmentFiles {

    static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final Path dir;

    FileAttachmentStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public StoredFile write(InputStream content, long maxBytes) {
        String id = UUID.randomUUID().toString();
        Path part = dir.resolve(id + ".part");
        try {
            Files.createDirectories(dir);
            StoredFile stored;
            try (OutputStream out = Files.newOutputStream(part)) {
                stored = CheckedCopy.copy(id, content, out, maxBytes);
            } catch (AttachmentTooLargeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            return stored;
        } catch (IOException e) {
            throw new StorageException("cannot store attachment: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String id) {
        try {
            return Files.newInputStream(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String id) {
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only generated ids are accepted, so no caller-supplied text can reach the file system. */
    @Override
    public Path path(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an attachment id: " + id);
        }
        return dir.resolve(id);
    }
}
