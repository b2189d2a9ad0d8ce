package vn.motcua.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.api.procedure.UnitLevel;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;

/**
 * Units read from {@code config/units.csv}: {@code code,kind,level,name,admin_code,agency_code,agency_code_status,parent};
 * lines starting with {@code #} are comments. Immutable after loading.
 */
public final class CsvUnitDirectory implements UnitDirectory {

    private final Map<String, Unit> units;

    private CsvUnitDirectory(Map<String, Unit> units) {
        this.units = units;
    }

    /** Loads the file; a bad line is an error naming the file and line, since a unit silently missing loses dossiers. */
    public static CsvUnitDirectory load(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException(csv + ": cannot read the unit list: " + e.getMessage());
        }
        Map<String, Unit> units = new LinkedHashMap<>();
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
            String where = csv + ":" + (i + 1) + ": ";
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
            if (units.put(unit.code(), unit) != null) {
                throw new ConfigurationException(where + "unit code '" + unit.code() + "' appears twice");
            }
        }
        return new CsvUnitDirectory(Map.copyOf(units).isEmpty() ? Map.of() : new LinkedHashMap<>(units));
    }

    @Override
    public List<Unit> all() {
        return new ArrayList<>(units.values());
    }

    @Override
    public Optional<Unit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(units.get(code));
    }
}
