package jp.mgp.model;

import java.util.Locale;

/**
 * The model's words in both languages, from {@code jp/mgp/model/messages(_ja).properties}. Numbers given as
 * arguments are formatted by the caller (years must never print as "2,024"), so every argument is a text.
 */
public final class ModelText {

    private static final TextBundle WORDS = new TextBundle("jp.mgp.model.messages");

    private ModelText() {
    }

    /** The text of {@code key} in {@code locale}'s language, with {@code args} put in. */
    public static String get(String key, Locale locale, Object... args) {
        return WORDS.get(key, locale, args);
    }

    /** The text of {@code key} in both languages; a {@link LocalizedText} argument is put in in each language. */
    public static LocalizedText both(String key, Object... args) {
        return WORDS.both(key, args);
    }
}
