package vn.motcua.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    /** A "font" that has every BMP character except CJK. */
    private final SafeText text = new SafeText(cp -> cp < 0x3000);

    @Test
    void aLineCollapsesBreaksAndControlCharacters() {
        assertEquals("a b c d", text.line("  a\nb\r\n\tc\u0000\u001bd  ").replace("?", ""));
        assertEquals("a b c", text.line("a\n\nb\u2028c"));
    }

    @Test
    void formatCharactersSuchAsBidiOverridesAreDropped() {
        assertEquals("evil", text.line("\u202Eevil\u202C\u200B"));
    }

    @Test
    void decomposedInputIsComposed() {
        String nfd = Normalizer.normalize("Đặng Hữu Phúc", Normalizer.Form.NFD);
        assertEquals("Đặng Hữu Phúc", text.line(nfd));
    }

    @Test
    void characterTheFontLacksBecomeAQuestionMark() {
        assertEquals("a ?? b ?", text.line("a 漢字 b \uD83D\uDE00"));
    }

    @Test
    void aBlockKeepsSingleLineBreaks() {
        assertEquals("một\n\nhai\nba", text.block("\n\nmột\n\n\n\nhai\r\nba\n\n"));
    }

    @Test
    void longTextIsCapped() {
        String capped = text.line("x".repeat(10_000));
        assertEquals(SafeText.LINE_LIMIT, capped.codePointCount(0, capped.length()));
        assertTrue(capped.endsWith("…"));
        assertEquals(SafeText.BLOCK_LIMIT, text.block("y".repeat(10_000)).length());
    }
}
