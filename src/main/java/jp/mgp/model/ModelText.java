package jp.mgp.model;

import java.text.MessageFormat;
import java.util.Locale;

import jp.mgp.i18n.Bundles;

/**
 * The model's words in both languages, from {@code jp/mgp/model/messages(_ja).properties}. Numbers given as
 * arguments are formatted by the caller (years must never print as "2,024"), so every argument is a text.
 */
public final class ModelText {

    private static final String BUNDLE = "jp.mgp.model.messages";

    private ModelText() {
    }

    /** The text of {@code key} in {@code locale}'s language, with {@code args} put in. */
    public static String get(String key, Locale locale, Object... args) {
        String pattern = Bundles.get(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Bundles.supported(locale))
                .format(texts(args));
    }

    /** The text of {@code key} in both languages; a {@link LocalizedText} argument is put in in each language. */
    public static LocalizedText both(String key, Object... args) {
        return new LocalizedText(get(key, Locale.JAPANESE, in(args, Locale.JAPANESE)),
                get(key, Locale.ENGLISH, in(args, Locale.ENGLISH)));
    }

    private static Object[] in(Object[] args, Locale locale) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof LocalizedText t ? t.get(locale) : args[i];
        }
        return out;
    }

    private static Object[] texts(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return out;
    }
}
