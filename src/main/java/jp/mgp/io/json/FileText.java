package jp.mgp.io.json;

import java.util.Locale;

import jp.mgp.model.LocalizedText;
import jp.mgp.model.TextBundle;

/** The file reader's words in both languages, from {@code jp/mgp/io/json/messages(_ja).properties}. */
final class FileText {

    private static final TextBundle WORDS = new TextBundle("jp.mgp.io.json.messages");

    private FileText() {
    }

    static String get(String key, Locale locale, Object... args) {
        return WORDS.get(key, locale, args);
    }

    /** {@code key} in both languages; a {@link LocalizedText} argument goes in in each language. */
    static LocalizedText both(String key, Object... args) {
        return WORDS.both(key, args);
    }
}
