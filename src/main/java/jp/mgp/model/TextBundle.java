package jp.mgp.model;

import java.text.MessageFormat;
import java.util.Locale;

import jp.mgp.i18n.Bundles;

/**
 * The words of one package in both languages, from its {@code messages(_ja).properties}. Numbers given as
 * arguments are formatted by the caller (years must never print as "2,024"), so every argument is put in as a
 * text; a {@link LocalizedText} argument is put in in the language asked for.
 */
public final class TextBundle {

    private final String bundle;

    /** {@code bundle}: the base name, such as {@code jp.mgp.model.messages}. */
    public TextBundle(String bundle) {
        this.bundle = bundle;
    }

    /** The text of {@code key} in {@code locale}'s language, with {@code args} put in. */
    public String get(String key, Locale locale, Object... args) {
        String pattern = Bundles.get(bundle, locale).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof LocalizedText t ? t.get(locale) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Bundles.supported(locale)).format(texts);
    }

    /** The text of {@code key} in both languages. */
    public LocalizedText both(String key, Object... args) {
        return new LocalizedText(get(key, Locale.JAPANESE, args), get(key, Locale.ENGLISH, args));
    }
}
