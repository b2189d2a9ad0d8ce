package vn.motcua.pages.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The wording of a front in one language, read from a message bundle ({@code <base>_vi.properties},
 * {@code <base>_en.properties}, UTF-8) in the front's own jar, so text can be reviewed and translated without
 * touching code. Vietnamese is the platform's language; another language falls back to it key by key.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, … replaced as they are: no {@link java.text.MessageFormat} quoting,
 * so an apostrophe in English stays an apostrophe. Immutable, thread-safe.
 */
public final class Messages {

    /** The platform's language and the fallback of every other one. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundle bundle;
    private final ResourceBundle fallback;
    private final Locale locale;

    private Messages(ResourceBundle bundle, ResourceBundle fallback, Locale locale) {
        this.bundle = bundle;
        this.fallback = fallback;
        this.locale = locale;
    }

    /**
     * Loads the wording of a front.
     *
     * @param baseName the bundle's name, e.g. {@code vn.motcua.portal.internal.messages}
     * @param locale   the reader's language
     * @param loader   the class loader of the front's bundle (an OSGi bundle sees only its own resources)
     * @throws MissingResourceException if there is no Vietnamese bundle under that name (a build mistake)
     */
    public static Messages load(String baseName, Locale locale, ClassLoader loader) {
        ResourceBundle.Control noDefault = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle vi = ResourceBundle.getBundle(baseName, VIETNAMESE, loader, noDefault);
        if (locale.getLanguage().equals(VIETNAMESE.getLanguage())) {
            return new Messages(vi, vi, VIETNAMESE);
        }
        try {
            return new Messages(ResourceBundle.getBundle(baseName, locale, loader, noDefault), vi, locale);
        } catch (MissingResourceException e) {
            return new Messages(vi, vi, VIETNAMESE);
        }
    }

    /** The language these messages are in. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text of a key with its placeholders filled; the key itself if neither language has it, so a gap shows on
     * the page instead of breaking it (and the bundle test finds it).
     */
    public String t(String key, Object... args) {
        String text = bundle.containsKey(key) ? bundle.getString(key) : fallback.containsKey(key) ? fallback.getString(key) : key;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Whether this language (not the fallback) has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key of this language's bundle. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    @Override
    public String toString() {
        return "Messages[" + locale + ", " + Map.of("keys", bundle.keySet().size()) + "]";
    }
}
