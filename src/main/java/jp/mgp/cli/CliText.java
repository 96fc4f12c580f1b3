package jp.mgp.cli;

import java.text.MessageFormat;
import java.util.Locale;

import jp.mgp.i18n.Bundles;

/**
 * The command line's own words in Japanese and English, from {@code jp/mgp/cli/messages(_ja).properties}; which
 * language the messages are in is {@link MessageLanguage}'s to decide. Counts go in as numbers (the patterns choose "1 file" or "2 files" and print them
 * without grouping); years and names go in as text.
 */
final class CliText {

    private static final String BUNDLE = "jp.mgp.cli.messages";

    private CliText() {
    }

    static String get(String key, Locale locale, Object... args) {
        String pattern = Bundles.get(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Bundles.supported(locale)).format(args);
    }
}
