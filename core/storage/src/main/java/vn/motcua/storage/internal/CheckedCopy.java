package vn.motcua.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import vn.motcua.storage.AttachmentFiles.StoredFile;
import vn.motcua.storage.AttachmentTooLargeException;

/**
 * Copies an attachment to where it is kept (a file, a database row) while counting its size against the limit,
 * computing its SHA-256 and keeping its first bytes for content sniffing: one rule for every attachment store.
 */
final class CheckedCopy {

    private static final int HEAD = 16;

    private CheckedCopy() {
    }

    /**
     * @return the stored file's description under {@code id}
     * @throws AttachmentTooLargeException as soon as more than {@code maxBytes} were read; the caller discards what was written
     */
    static StoredFile copy(String id, InputStream content, OutputStream to, long maxBytes) throws IOException {
        MessageDigest sha = sha256();
        byte[] head = new byte[HEAD];
        long size = 0;
        OutputStream out = new DigestOutputStream(to, sha);
        byte[] buffer = new byte[8192];
        for (int n; (n = content.read(buffer)) > 0; ) {
            if (size < HEAD) {
                System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, HEAD - size));
            }
            size += n;
            if (size > maxBytes) {
                throw new AttachmentTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        out.flush();
        return new StoredFile(id, size, HexFormat.of().formatHex(sha.digest()), Arrays.copyOf(head, (int) Math.min(size, HEAD)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
