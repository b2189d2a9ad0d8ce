package vn.motcua.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a citizen goes and whom they call: each unit's street address and hotline from {@code config/unit-contacts.csv}
 * (decision 1330). The file ships with every unit and both columns empty, to be filled by each unit; the pages show only
 * what is filled, never a guess. Opening hours come from the working calendar, the one source of working time. Immutable.
 */
final class UnitContacts {

    static final String FILE = "unit-contacts.csv";

    /** What is known of one unit; each part empty when not filled in. */
    record Contact(Optional<String> address, Optional<String> hotline) {
        static final Contact UNKNOWN = new Contact(Optional.empty(), Optional.empty());
    }

    private final Map<String, Contact> byUnit;

    UnitContacts(Map<String, Contact> byUnit) {
        this.byUnit = Map.copyOf(byUnit);
    }

    static UnitContacts none() {
        return new UnitContacts(Map.of());
    }

    Contact of(String unitCode) {
        return byUnit.getOrDefault(unitCode, Contact.UNKNOWN);
    }

    static UnitContacts read(Path file) throws IOException {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            return none();
        }
    }

    /** Lines {@code code,address,hotline}; a value with a comma is quoted ("Số 1, phố …"); # starts a comment. */
    static UnitContacts parse(List<String> lines, String source) {
        Map<String, Contact> out = new HashMap<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.startsWith("code,")) {
                    continue;
                }
            }
            List<String> cells = cells(line);
            if (cells.size() != 3 || cells.get(0).isEmpty()) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": write code,address,hotline (quote a value"
                        + " that contains a comma), was: " + line);
            }
            out.put(cells.get(0), new Contact(known(cells.get(1)), known(cells.get(2))));
        }
        return new UnitContacts(out);
    }

    private static Optional<String> known(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
