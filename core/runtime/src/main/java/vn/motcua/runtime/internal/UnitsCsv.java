package vn.motcua.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.runtime.units.Unit;

/**
 * The unit list format, read from and written to {@code config/units.csv}: {@code code,kind,level,name,admin_code,agency_code,agency_code_status,parent};
 * lines starting with {@code #} are comments.
 */
final class UnitsCsv {

    private UnitsCsv() {
    }

    /**
     * Reads {@code csv} on top of {@code known} units (parents may be among them); returns all units. A bad line is
     * an error naming the file and line, since a unit silently missing loses dossiers.
     */
    static Map<String, Unit> read(Path csv, Map<String, Unit> known) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException(csv + ": cannot read the unit list: " + e.getMessage());
        }
        return read(csv.toString(), lines, known);
    }

    /** As {@link #read(Path, Map)}, for the text of a unit list kept elsewhere (the shared database copy). */
    static Map<String, Unit> read(String source, List<String> lines, Map<String, Unit> known) {
        Map<String, Unit> units = new LinkedHashMap<>(known);
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            String[] f = line.split(",", -1);
            if (f.length != 8) {
                throw new ConfigurationException(where + "expected 8 columns (code,kind,level,name,admin_code,agency_code,agency_code_status,parent), found " + f.length);
            }
            UnitLevel level;
            try {
                level = UnitLevel.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(where + "level must be city, department, district or commune, was '" + f[2] + "'");
            }
            String parent = f[7].isBlank() ? null : f[7].strip();
            if (parent != null && !units.containsKey(parent)) {
                throw new ConfigurationException(where + "parent '" + parent + "' must be listed before its children");
            }
            Unit unit = new Unit(f[0].strip(), f[1].strip(), level, f[3].strip(), f[5].strip(),
                    "official".equals(f[6].strip()), parent);
            if (units.put(unit.code(), unit) != null && !known.containsKey(unit.code())) {
                throw new ConfigurationException(where + "unit code '" + unit.code() + "' appears twice");
            }
        }
        return units;
    }

    /** The CSV line of a unit, in the column order of {@code config/units.csv}. */
    static String line(Unit u) {
        return String.join(",", u.code(), u.kind(), u.level().name().toLowerCase(Locale.ROOT), u.name(),
                "phuong".equals(u.kind()) || "xa".equals(u.kind()) || "city".equals(u.kind()) ? u.code() : "",
                u.agencyCode(), u.agencyCodeOfficial() ? "official" : "sample", u.parentCode() == null ? "" : u.parentCode());
    }

}
