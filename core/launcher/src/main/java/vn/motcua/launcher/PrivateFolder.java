package vn.motcua.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder holds the database (applicants' personal data), the attachments and the deployed bundles: only the
 * account that runs motcua may read it (issue 16 found them world-readable). At every start the folder tree is set to
 * folders 0700 and files 0600, which also repairs installations made before; {@code bin/motcua} sets {@code umask 077}
 * so files created later are private from the start. On a file system without POSIX permissions nothing happens.
 */
final class PrivateFolder {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFolder.class);

    private PrivateFolder() {
    }

    static void tighten(Path root) throws IOException {
        if (Files.getFileAttributeView(root, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                set(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    set(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // vanished meanwhile (a lock file): nothing to protect
            }
        });
    }

    private static void set(Path p, Set<PosixFilePermission> wanted) {
        try {
            if (!Files.getPosixFilePermissions(p).equals(wanted)) {
                Files.setPosixFilePermissions(p, wanted);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.warn("could not make {} private ({}); check the data folder's owner", p, e.getMessage());
        }
    }
}
