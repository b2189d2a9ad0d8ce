package vn.motcua.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.runtime.units.InvalidUnitException;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitAdministration;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.runtime.units.UnitStorage;

/**
 * Units from {@code config/units.csv}, with administrators' changes kept in {@code <data>/units.csv} (the whole
 * list, written to a temporary file and moved into place). Reads use an immutable snapshot; writes are serialised.
 * Once {@link #attach attached} to a {@link UnitStorage} (PostgreSQL, shared by every node; decision 1415) the changes
 * are read from and written there, the file staying this node's copy; the file is published once if the database has
 * no unit list yet.
 */
public final class AdministeredUnits implements UnitDirectory, UnitAdministration {

    /** Decision 20/2020/QĐ-TTg: up to 35 characters of digits, capital letters and dots. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Z.]{1,35}");
    private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Za-z._-]{1,20}");

    private final Path config;
    private final Path saved;
    private volatile Map<String, Unit> units;
    /** The shared unit list, or null while the file is the only copy. */
    private volatile UnitStorage shared;
    /** The change number {@link #units} reflects while shared. */
    private volatile long seen = Long.MIN_VALUE;

    public AdministeredUnits(Path config, Path saved) {
        this.config = config;
        this.saved = saved;
        Map<String, Unit> all = UnitsCsv.read(config, new LinkedHashMap<>());
        if (saved != null && Files.exists(saved)) {
            all = UnitsCsv.read(saved, all);
        }
        this.units = java.util.Collections.unmodifiableMap(all);
    }

    /**
     * From now on, reads and writes go to {@code storage}; this node's file is published first if no unit list was
     * ever stored there (the first node of a cluster, or a single node that moves to PostgreSQL).
     */
    public synchronized void attach(UnitStorage storage) {
        storage.publishIfNone(saved != null && Files.exists(saved) ? Optional.of(readText(saved)) : Optional.empty());
        this.shared = storage;
        this.seen = Long.MIN_VALUE;
        refresh();
    }

    /** Back to the file alone; the units last read stay in force. */
    public synchronized void detach() {
        this.shared = null;
    }

    /** One poll: reloads the shared unit list if it changed (one cheap query when it did not); true if it did. */
    public synchronized boolean refresh() {
        UnitStorage s = shared;
        if (s == null || s.changeNumber() == seen) {
            return false;
        }
        UnitStorage.State state = s.read();
        Map<String, Unit> all = UnitsCsv.read(config, new LinkedHashMap<>());
        if (state.csv().isPresent()) {
            all = UnitsCsv.read("shared units.csv", state.csv().get().lines().toList(), all);
            if (saved != null) {
                writeText(state.csv().get()); // this node's copy
            }
        } else if (saved != null) {
            deleteCopy(); // a stale list of this node's that the shared one replaced
        }
        units = java.util.Collections.unmodifiableMap(all);
        seen = state.changeNumber();
        return true;
    }

    @Override
    public List<Unit> all() {
        return new ArrayList<>(units.values());
    }

    @Override
    public Optional<Unit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(units.get(code));
    }

    @Override
    public synchronized Unit save(Unit unit) {
        refresh(); // a change made on another node since the last poll is checked against and kept, not overwritten
        if (!UNIT_CODE.matcher(unit.code()).matches()) {
            throw new InvalidUnitException("code", "Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch; tối đa 20 ký tự.");
        }
        if (!AGENCY_CODE.matcher(unit.agencyCode()).matches()) {
            throw new InvalidUnitException("agencyCode",
                    "Mã định danh cơ quan gồm tối đa 35 ký tự là chữ số, chữ in hoa và dấu chấm (Quyết định 20/2020/QĐ-TTg).");
        }
        if (unit.name().isBlank()) {
            throw new InvalidUnitException("name", "Cần tên đơn vị.");
        }
        if (unit.parentCode() != null) {
            if (!units.containsKey(unit.parentCode())) {
                throw new InvalidUnitException("parentCode", "Không có đơn vị cấp trên mã '" + unit.parentCode() + "'.");
            }
            for (String p = unit.parentCode(); p != null; p = units.get(p).parentCode()) {
                if (p.equals(unit.code())) {
                    throw new InvalidUnitException("parentCode", "Đơn vị không thể là cấp trên của chính mình.");
                }
            }
        }
        Map<String, Unit> next = new LinkedHashMap<>(units);
        next.put(unit.code(), unit);
        String text = csv(next);
        UnitStorage s = shared;
        if (s != null) {
            s.write(text);
            refresh();
        } else {
            writeText(text);
            units = java.util.Collections.unmodifiableMap(next);
        }
        return unit;
    }

    private static String csv(Map<String, Unit> all) {
        List<String> lines = new ArrayList<>();
        lines.add("# Units as changed by administrators; this file wins over config/units.csv.");
        lines.add("code,kind,level,name,admin_code,agency_code,agency_code_status,parent");
        // parents before children, as the reader requires
        List<Unit> ordered = new ArrayList<>();
        all.values().forEach(u -> addWithParents(u, all, ordered));
        ordered.forEach(u -> lines.add(UnitsCsv.line(u)));
        return String.join("\n", lines) + "\n";
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void deleteCopy() {
        try {
            Files.deleteIfExists(saved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + saved, e);
        }
    }

    private void writeText(String text) {
        try {
            Files.createDirectories(saved.getParent());
            Path tmp = saved.resolveSibling(saved.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, saved, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + saved, e);
        }
    }

    private static void addWithParents(Unit u, Map<String, Unit> all, List<Unit> ordered) {
        if (ordered.contains(u)) {
            return;
        }
        if (u.parentCode() != null && all.containsKey(u.parentCode())) {
            addWithParents(all.get(u.parentCode()), all, ordered);
        }
        ordered.add(u);
    }
}
