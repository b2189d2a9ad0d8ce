package vn.motcua.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.motcua.descriptor.UnitCodes;

/**
 * The unit codes of a units file in the platform's format ({@code config/units.csv}: {@code #} comments, a header
 * line, the code in the first column). The kit ships a copy of the platform's file, taken when the kit is built.
 */
final class UnitsFile {
    static final String BUNDLED = "vn/motcua/testkit/units.csv";

    private UnitsFile() {
    }

    static UnitCodes bundled() {
        InputStream in = UnitsFile.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException(BUNDLED + " is missing from the test kit jar; it is copied from config/units.csv");
        }
        Set<String> codes = parse(in, BUNDLED);
        return () -> codes;
    }

    static UnitCodes read(Path csv) {
        try (InputStream in = Files.newInputStream(csv)) {
            Set<String> codes = parse(in, csv.toString());
            return () -> codes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read units file " + csv, e);
        }
    }

    private static Set<String> parse(InputStream in, String name) {
        Set<String> codes = new LinkedHashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = lines.readLine()) != null; ) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                codes.add(trimmed.split(",", 2)[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read units file " + name, e);
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(name + " lists no units; expected a header line, then code,kind,level,name,...");
        }
        return Set.copyOf(codes);
    }
}
