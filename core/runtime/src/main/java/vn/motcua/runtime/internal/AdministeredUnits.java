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

/**
 * Units from {@code config/units.csv}, with administrators' changes kept in {@code <data>/units.csv} (the whole
 * list, written to a temporary file and moved into place). Reads use an immutable snapshot; writes are serialised.
 */
public final class AdministeredUnits implements UnitDirectory, UnitAdministration {

    /** Decision 20/2020/QĐ-TTg: up to 35 characters of digits, capital letters and dots. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Z.]{1,35}");
    private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Za-z._-]{1,20}");

    private final Path saved;
    private volatile Map<String, Unit> units;

    public AdministeredUnits(Path config, Path saved) {
        this.saved = saved;
        Map<String, Unit> all = UnitsCsv.read(config, new LinkedHashMap<>());
        if (saved != null && Files.exists(saved)) {
            all = UnitsCsv.read(saved, all);
        }
        this.units = java.util.Collections.unmodifiableMap(all);
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
        write(next);
        units = java.util.Collections.unmodifiableMap(next);
        return unit;
    }

    private void write(Map<String, Unit> all) {
        List<String> lines = new ArrayList<>();
        lines.add("# Units as changed by administrators; this file wins over config/units.csv.");
        lines.add("code,kind,level,name,admin_code,agency_code,agency_code_status,parent");
        // parents before children, as the reader requires
        List<Unit> ordered = new ArrayList<>();
        all.values().forEach(u -> addWithParents(u, all, ordered));
        ordered.forEach(u -> lines.add(UnitsCsv.line(u)));
        try {
            Files.createDirectories(saved.getParent());
            Path tmp = saved.resolveSibling(saved.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
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
