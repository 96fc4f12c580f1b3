package jp.mgp.io.table;

import java.text.MessageFormat;
import java.util.Locale;

import jp.mgp.i18n.Bundles;
import jp.mgp.model.LocalizedText;

/** The table reader's words in both languages, from {@code jp/mgp/io/table/messages(_ja).properties}. */
final class TableText {

    private static final String BUNDLE = "jp.mgp.io.table.messages";

    private TableText() {
    }

    static String get(String key, Locale locale, Object... args) {
        String pattern = Bundles.get(BUNDLE, locale).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof LocalizedText t ? t.get(locale) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Bundles.supported(locale)).format(texts);
    }

    /** {@code key} in both languages; a {@link LocalizedText} argument goes in in each language. */
    static LocalizedText both(String key, Object... args) {
        return new LocalizedText(get(key, Locale.JAPANESE, args), get(key, Locale.ENGLISH, args));
    }
}
