package vn.motcua.pages.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String BASE = "vn.motcua.pages.i18n.sample";
    private final ClassLoader loader = MessagesTest.class.getClassLoader();

    @Test
    void readsUtf8AndFillsPlaceholdersWithoutMessageFormatQuoting() {
        Messages vi = Messages.load(BASE, Messages.VIETNAMESE, loader);
        Messages en = Messages.load(BASE, Locale.ENGLISH, loader);
        assertEquals("Xin chào Hà", vi.t("greeting", "Hà"));
        assertEquals("Unit 00070's 3 dossiers", en.t("quote", "00070", 3), "an apostrophe stays");
        assertEquals(Locale.ENGLISH, en.locale());
    }

    @Test
    void aMissingTranslationFallsBackToVietnameseAndAMissingKeyShowsItself() {
        Messages en = Messages.load(BASE, Locale.ENGLISH, loader);
        assertEquals("Chỉ có tiếng Việt", en.t("only.vi"));
        assertFalse(en.has("only.vi"));
        assertEquals("no.such.key", en.t("no.such.key"));
        assertTrue(Messages.load(BASE, Messages.VIETNAMESE, loader).keys().contains("only.vi"));
    }

    @Test
    void anUnknownLanguageIsVietnamese() {
        Messages fr = Messages.load(BASE, Locale.FRENCH, loader);
        assertEquals(Messages.VIETNAMESE, fr.locale());
        assertEquals("Xin chào Lan", fr.t("greeting", "Lan"));
    }

    @Test
    void aFrontWithoutItsBundleIsABuildMistake() {
        assertThrows(MissingResourceException.class, () -> Messages.load("vn.motcua.pages.i18n.none", Messages.VIETNAMESE, loader));
    }
}
