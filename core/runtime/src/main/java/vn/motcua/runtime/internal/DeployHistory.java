package vn.motcua.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The last few jars installed from each deploy-folder file, so that an administrator can roll back. Kept under
 * {@code <data>/deploy-history/<file>/<n>.jar}, newest with the highest number. Not thread-safe: the deploy folder
 * serialises its callers.
 */
final class DeployHistory {

    private final Path root;
    private final int keep;

    DeployHistory(Path root, int keep) {
        this.root = root;
        this.keep = keep;
    }

    /** Records the jar just installed from {@code file}, unless it is the same as the newest one. */
    void remember(String file, byte[] jar) {
        try {
            Path dir = Files.createDirectories(root.resolve(file));
            List<Path> versions = versions(file);
            if (!versions.isEmpty() && Arrays.equals(Files.readAllBytes(versions.get(versions.size() - 1)), jar)) {
                return;
            }
            long next = versions.isEmpty() ? 1 : number(versions.get(versions.size() - 1)) + 1;
            Files.write(dir.resolve(next + ".jar"), jar);
            List<Path> all = versions(file);
            for (int i = 0; i < all.size() - keep; i++) {
                Files.deleteIfExists(all.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of " + file + " in " + root, e);
        }
    }

    /** The jar installed before the newest one, if any. */
    Optional<byte[]> previous(String file) {
        List<Path> versions = versions(file);
        if (versions.size() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(versions.get(versions.size() - 2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the newest version: after a rollback it is no longer the one in use. */
    void forgetNewest(String file) {
        List<Path> versions = versions(file);
        if (!versions.isEmpty()) {
            try {
                Files.deleteIfExists(versions.get(versions.size() - 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<Path> versions(String file) {
        Path dir = root.resolve(file);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d+\\.jar"))
                    .sorted((a, b) -> Long.compare(number(a), number(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(Path p) {
        String name = p.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - 4));
    }
}
