package vn.motcua.portal.internal;

import java.util.Locale;
import vn.motcua.pages.i18n.Messages;

/**
 * The portal's two languages. Vietnamese is the default and the language of procedure content (descriptors are
 * Vietnamese); English translates the portal's own words so that a foreign resident can find their way.
 *
 * <p>The words themselves are in {@code messages_vi.properties} and {@code messages_en.properties} next to this class
 * (decision 1501); a language is a thin handle on its bundle, loaded once from the portal's own jar. Immutable.
 */
enum Lang {
    VI("vi"), EN("en");

    /** The bundle's base name, for the bundle test as well. */
    static final String BUNDLE = "vn.motcua.portal.internal.messages";

    final String code;
    private final Messages messages;

    Lang(String code) {
        this.code = code;
        this.messages = Messages.load(BUNDLE, Locale.forLanguageTag(code), Lang.class.getClassLoader());
    }

    static Lang of(String code) {
        return "en".equals(code) ? EN : VI;
    }

    /** The other language, for the switch in the header. */
    Lang other() {
        return this == VI ? EN : VI;
    }

    /**
     * The text of a key in this language with {@code {0}}, {@code {1}}, … filled; the key itself if missing, so a gap
     * shows instead of breaking the page.
     */
    String t(String key, Object... args) {
        return messages.t(key, args);
    }

    /** The bundle behind this language. */
    Messages messages() {
        return messages;
    }
}
