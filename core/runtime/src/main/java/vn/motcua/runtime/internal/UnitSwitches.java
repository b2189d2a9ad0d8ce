package vn.motcua.runtime.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.motcua.runtime.registry.Pause;
import vn.motcua.runtime.registry.SwitchStorage;

/**
 * Procedures an administrator switched off for a unit, kept in {@code <data>/procedure-units.properties}
 * (written to a temporary file and moved into place, so a crash never leaves half a file): {@code <code>@<unit>=disabled},
 * with the pause's reason and end date, when given, under {@code <code>@<unit>.reason} and {@code <code>@<unit>.until}
 * (decision 1322; a file without them still reads). Once {@link #attach attached} to a {@link SwitchStorage} (the
 * database, shared by all nodes; decision 1411) the switches are read from and written there instead, and the file is
 * imported once if the database has none. Not thread-safe: the catalogue serialises writers and refreshes.
 */
public final class UnitSwitches {

    private static final String REASON = ".reason";
    private static final String UNTIL = ".until";

    private final Path file;
    private final Map<String, Pause> disabled = new HashMap<>();
    /** The shared switches, or null while they are kept in the file. */
    private volatile SwitchStorage shared;
    /** The change number {@link #disabled} reflects while shared. */
    private volatile long seen = Long.MIN_VALUE;

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
                String key = (String) k;
                if ("disabled".equals(v)) {
                    disabled.put(key, new Pause(p.getProperty(key + REASON), date(p.getProperty(key + UNTIL))));
                }
            });
        }
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null; // a hand-edited date that does not parse: the pause holds, without an end date
        }
    }

    static String key(String code, String unitCode) {
        return code + "@" + unitCode;
    }

    /**
     * From now on, reads and writes go to {@code storage}; this node's file is imported first if no switch was ever
     * stored there (the first node of a cluster, or a single node that moves to the database).
     */
    void attach(SwitchStorage storage) {
        if (!disabled.isEmpty()) {
            List<SwitchStorage.Switch> mine = new ArrayList<>();
            disabled.forEach((k, pause) -> {
                int at = k.lastIndexOf('@');
                mine.add(new SwitchStorage.Switch(k.substring(0, at), k.substring(at + 1), pause));
            });
            storage.importIfEmpty(mine);
        }
        this.shared = storage;
        this.seen = Long.MIN_VALUE;
        refresh();
    }

    /** Back to the file; the switches last read stay in force. */
    void detach() {
        this.shared = null;
    }

    /** True when the shared switches changed since they were last read: one cheap query, no lock needed. */
    boolean stale() {
        SwitchStorage s = shared;
        return s != null && s.changeNumber() != seen;
    }

    /** Reloads the shared switches if they changed; true if something was reloaded. */
    boolean refresh() {
        SwitchStorage s = shared;
        if (s == null) {
            return false;
        }
        SwitchStorage.State state = s.read();
        if (state.changeNumber() == seen) {
            return false;
        }
        disabled.clear();
        state.paused().forEach(p -> disabled.put(key(p.procedureCode(), p.unitCode()), p.pause()));
        seen = state.changeNumber();
        return true;
    }

    void set(String code, String unitCode, boolean enabled) {
        SwitchStorage s = shared;
        if (s != null) {
            if (enabled) {
                s.resume(code, unitCode);
            } else if (!disabled.containsKey(key(code, unitCode))) {
                s.pause(code, unitCode, Pause.UNEXPLAINED);
            }
            refresh();
            return;
        }
        boolean changed;
        if (enabled) {
            changed = disabled.remove(key(code, unitCode)) != null;
        } else {
            changed = disabled.putIfAbsent(key(code, unitCode), Pause.UNEXPLAINED) == null;
        }
        if (changed && file != null) {
            save();
        }
    }

    void pause(String code, String unitCode, Pause pause) {
        SwitchStorage s = shared;
        if (s != null) {
            s.pause(code, unitCode, pause == null ? Pause.UNEXPLAINED : pause);
            refresh();
            return;
        }
        disabled.put(key(code, unitCode), pause == null ? Pause.UNEXPLAINED : pause);
        if (file != null) {
            save();
        }
    }

    Map<String, Pause> disabled() {
        return Map.copyOf(disabled);
    }

    private void save() {
        Properties p = new Properties();
        disabled.forEach((k, pause) -> {
            p.setProperty(k, "disabled");
            if (pause.reason() != null) {
                p.setProperty(k + REASON, pause.reason());
            }
            if (pause.until() != null) {
                p.setProperty(k + UNTIL, pause.until().toString());
            }
        });
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "procedures switched off per unit: <code>@<unit>=disabled, <code>@<unit>.reason, <code>@<unit>.until");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
