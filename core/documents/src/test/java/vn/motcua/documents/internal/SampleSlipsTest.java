package vn.motcua.documents.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.Slip;

/** Writes one sample of each kind to target/samples/ for people to look at (2026 forms, and 2024 ones). */
class SampleSlipsTest {
    private static final List<String> NAMES =
            List.of("receipt", "supplement", "refusal", "apology", "control-sheet", "tracking-book", "stop-notice");

    @Test
    void writesSamples() throws IOException {
        PdfSlipRenderer renderer = new PdfSlipRenderer();
        Path dir = Path.of("target", "samples");
        Files.createDirectories(dir);
        for (int year : new int[] {2026, 2024}) {
            Samples s = new Samples(year);
            List<Slip> slips = List.of(s.receipt(), s.supplement(), s.refusal(), s.apology(), s.control(6),
                    s.book(60), s.stop());
            for (int i = 0; i < slips.size(); i++) {
                Path file = dir.resolve(String.format("%d-%02d-%s.pdf", year, i + 1, NAMES.get(i)));
                Files.write(file, renderer.render(slips.get(i)));
                assertTrue(Files.size(file) > 1000, file.toString());
            }
        }
    }
}
