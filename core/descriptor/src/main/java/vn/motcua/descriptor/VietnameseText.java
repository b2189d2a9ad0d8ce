package vn.motcua.descriptor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text helpers. Text arrives in NFC or NFD (domain.md §11): store NFC, search folded.
 * Pure functions, thread-safe.
 */
public final class VietnameseText {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** The text in Unicode NFC, the form we store. */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * A search key without diacritics or case: NFD, combining marks removed, đ/Đ to d, lower case, runs of
     * white space collapsed to one space and trimmed. "ĐĂNG KÝ", "dang ky" and an NFD "Đăng ký" all fold
     * to "dang ky".
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** True when the folded {@code text} contains the folded {@code query}. */
    public static boolean matches(String text, String query) {
        return fold(text).contains(fold(query));
    }
}
