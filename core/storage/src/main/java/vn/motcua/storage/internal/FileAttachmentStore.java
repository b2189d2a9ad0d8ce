package vn.motcua.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.motcua.storage.AttachmentFiles;
import vn.motcua.storage.AttachmentTooLargeException;
import vn.motcua.storage.StorageException;

/** Attachments as files named by random UUIDs under one folder. Thread-safe. */
final class FileAttachmentStore implements AttachmentFiles {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int HEAD = 16;
    private final Path dir;

    FileAttachmentStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public StoredFile write(InputStream content, long maxBytes) {
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(dir);
            Path part = dir.resolve(id + ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[HEAD];
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = content.read(buffer)) > 0; ) {
                    if (size < HEAD) {
                        System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, HEAD - size));
                    }
                    size += n;
                    if (size > maxBytes) {
                        out.close();
                        Files.deleteIfExists(part);
                        throw new AttachmentTooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            Files.move(part, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(id, size, HexFormat.of().formatHex(sha.digest()), Arrays.copyOf(head, (int) Math.min(size, HEAD)));
        } catch (IOException e) {
            throw new StorageException("cannot store attachment: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
