package jp.mgp.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Message bundles for mgp's two languages. {@link ResourceBundle#getBundle(String, Locale)} looks for the default
 * locale's bundle before the base file, so on a Japanese machine a request for English silently returns
 * Japanese. mgp's base file ({@code messages.properties}) is English and {@code messages_ja.properties} is
 * Japanese; this loads the asked language and falls back to the base file only, whatever the machine's locale.
 */
public final class Bundles {

    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /** Japanese for a Japanese locale, English (the base file) for every other. */
    public static Locale supported(Locale requested) {
        return "ja".equals(requested.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** The bundle {@code baseName} in {@code locale}'s language (Japanese or English), never the default's. */
    public static ResourceBundle get(String baseName, Locale locale) {
        // Locale.ROOT names the base file itself, which holds the English texts.
        Locale language = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, language, Bundles.class.getClassLoader(), NO_DEFAULT_FALLBACK);
    }
}
