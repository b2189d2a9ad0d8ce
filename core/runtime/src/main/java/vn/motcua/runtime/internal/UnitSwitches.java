package vn.motcua.runtime.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Procedures an administrator switched off for a unit, kept in {@code <data>/procedure-units.properties}
 * (written to a temporary file and moved into place, so a crash never leaves half a file).
 * Not thread-safe: the catalogue serialises writers.
 */
public final class UnitSwitches {

    private final Path file;
    private final Set<String> disabled = new HashSet<>();

    public UnitSwitches(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            p.forEach((k, v) -> {
                if ("disabled".equals(v)) {
                    disabled.add((String) k);
                }
            });
        }
    }

    static String key(String code, String unitCode) {
        return code + "@" + unitCode;
    }

    void set(String code, String unitCode, boolean enabled) {
        boolean changed = enabled ? disabled.remove(key(code, unitCode)) : disabled.add(key(code, unitCode));
        if (changed && file != null) {
            save();
        }
    }

    Set<String> disabled() {
        return Set.copyOf(disabled);
    }

    private void save() {
        Properties p = new Properties();
        disabled.forEach(k -> p.setProperty(k, "disabled"));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "procedures switched off per unit: <code>@<unit>=disabled");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
