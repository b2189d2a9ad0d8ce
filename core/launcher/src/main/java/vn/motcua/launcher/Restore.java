package vn.motcua.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code bin/motcua restore ARCHIVE --data-dir DIR}: unpacks a backup written by {@code POST /api/v1/admin/backups}
 * into an empty data folder, which {@code bin/motcua --data-dir DIR} then starts on. Never overwrites a data folder
 * that already holds a database or files: restoring over live data is how backups destroy what they should save.
 */
final class Restore {

    private final Path archive;
    private final Path dataDir;

    Restore(Path archive, Path dataDir) {
        this.archive = archive.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Parses {@code ARCHIVE [--data-dir DIR]} (environment {@code MOTCUA_DATA_DIR}, default {@code ./data}). */
    static Restore parse(String[] args, Map<String, String> env) {
        String archive = null;
        String data = env.getOrDefault("MOTCUA_DATA_DIR", "data");
        for (int i = 0; i < args.length; i++) {
            if ("--data-dir".equals(args[i]) && i + 1 < args.length) {
                data = args[++i];
            } else if (archive == null && !args[i].startsWith("--")) {
                archive = args[i];
            } else {
                throw new IllegalArgumentException("usage: bin/motcua restore BACKUP.zip --data-dir NEW-EMPTY-DIR (unexpected '" + args[i] + "')");
            }
        }
        if (archive == null) {
            throw new IllegalArgumentException("usage: bin/motcua restore BACKUP.zip --data-dir NEW-EMPTY-DIR (which backup?)");
        }
        return new Restore(Path.of(archive), Path.of(data));
    }

    /** @return how many files were restored */
    int run() throws IOException {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("no backup file " + archive);
        }
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("the data folder " + dataDir + " is not empty: restore into a new,"
                            + " empty folder, then start with --data-dir on it (move the old one aside first if it is to be replaced)");
                }
            }
        }
        int files = 0;
        Path part = dataDir.resolveSibling(dataDir.getFileName() + ".restoring");
        if (Files.exists(part)) {
            throw new IllegalArgumentException("an earlier restore stopped half-way and left " + part + ": delete it and run again");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = part.resolve(entry.getName()).normalize();
                if (!target.startsWith(part)) {
                    throw new IllegalArgumentException("the backup holds an entry outside the data folder (" + entry.getName()
                            + "): it was not written by motcua");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                    files++;
                }
            }
        }
        // An empty deploy folder means "first start" to the launcher, which would add the sample bundles again.
        Files.createDirectories(part.resolve("deploy"));
        Files.createDirectories(part.resolve("attachments"));
        if (Files.isDirectory(dataDir)) {
            Files.delete(dataDir); // empty, checked above
        }
        Files.move(part, dataDir);
        return files;
    }

    Path dataDir() {
        return dataDir;
    }
}
