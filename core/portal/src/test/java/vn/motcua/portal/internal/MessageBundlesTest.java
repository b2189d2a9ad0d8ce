package vn.motcua.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.engine.citizen.Ratings;

/**
 * The portal's wording (decision 1501): both languages have the same keys and no empty value, and every key the code
 * names as a literal exists, so a typo in {@code l.t("…")} cannot show a bare key on a page.
 */
class MessageBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/motcua/portal/internal");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\.t\\(\"([A-Za-z][\\w.]*)\"\\s*[,)]");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> vi = new TreeSet<>(Lang.VI.messages().keys());
        Set<String> en = new TreeSet<>(Lang.EN.messages().keys());
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertTrue(onlyVi.isEmpty() && onlyEn.isEmpty(), "only in Vietnamese: " + onlyVi + ", only in English: " + onlyEn);
        assertTrue(vi.size() > 250, "the bundles were read: " + vi.size());
    }

    @Test
    void noValueIsEmpty() {
        for (Lang l : Lang.values()) {
            for (String key : l.messages().keys()) {
                assertFalse(l.t(key).isBlank(), l + " " + key);
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 150, "the sources were scanned: " + used.size());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(Lang.VI.messages().keys());
        assertTrue(missing.isEmpty(), "keys the code uses that the bundle lacks: " + missing);
    }

    @Test
    void vietnameseIsReadAsUtf8AndEnglishIsItsOwn() {
        assertEquals("Tra cứu hồ sơ", Lang.VI.t("nav.lookup"));
        assertEquals("Track a dossier", Lang.EN.t("nav.lookup"));
        assertEquals("Tối đa 15 ngày làm việc khi: a (b)", Lang.VI.t("proc.extension.text", 15, "a", "b"));
    }

    /** The criteria's Vietnamese labels are the engine's own (statistics and officers read those): no drift. */
    @Test
    void ratingCriteriaInVietnameseAreTheEnginesLabels() {
        for (Ratings.Criterion c : Ratings.CRITERIA) {
            assertEquals(c.label(), RatingForm.label(c, Lang.VI), c.id());
            assertFalse(RatingForm.label(c, Lang.EN).equals(c.label()), c.id());
        }
    }

    @Test
    void timesAndTimeLimitsAreWordedPerLanguage() {
        java.time.Instant monday = java.time.Instant.parse("2026-11-30T09:30:00Z");
        assertEquals("16 giờ 30, Thứ Hai, 30/11/2026", Dates.format(monday, Lang.VI));
        assertEquals("16:30, Monday 30/11/2026", Dates.format(monday, Lang.EN));
        assertEquals("1 working day", Catalogue.timeLimit(vn.motcua.api.procedure.TimeLimit.workingDays(1), Lang.EN));
        assertEquals("15 ngày làm việc", Catalogue.timeLimit(vn.motcua.api.procedure.TimeLimit.workingDays(15), Lang.VI));
    }
}
