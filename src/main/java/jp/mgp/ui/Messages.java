package jp.mgp.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's language and the strings in it. Labels bind to {@link #text}, so switching the language relabels
 * the whole window at once without rebuilding it.
 */
public final class Messages {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "jp.mgp.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();

    public Messages(Locale initial) {
        locale.set(supported(initial));
    }

    /** Japanese for a Japanese locale, English for every other. */
    public static Locale supported(Locale requested) {
        return jp.mgp.i18n.Bundles.supported(requested);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** Looked up on every use (ResourceBundle caches), so bindings re-evaluated on a switch see the new language. */
    public ResourceBundle bundle() {
        return jp.mgp.i18n.Bundles.get(BUNDLE, locale.get());
    }

    /** The strings of one language, whatever the window shows (for texts kept in both, such as a new name). */
    public ResourceBundle bundleFor(Locale language) {
        return jp.mgp.i18n.Bundles.get(BUNDLE, language);
    }

    /** The text of {@code key} in both languages, for what the file keeps in both. */
    public jp.mgp.model.LocalizedText both(String key, Object... args) {
        String ja = bundleFor(JAPANESE).getString(key);
        String en = bundleFor(ENGLISH).getString(key);
        return args.length == 0 ? new jp.mgp.model.LocalizedText(ja, en) : new jp.mgp.model.LocalizedText(
                new MessageFormat(ja, JAPANESE).format(args), new MessageFormat(en, ENGLISH).format(args));
    }

    /** The text of {@code key} in both languages, each filled with {@code arg} in its own language. */
    public jp.mgp.model.LocalizedText both(String key, jp.mgp.model.LocalizedText arg) {
        return new jp.mgp.model.LocalizedText(
                new MessageFormat(bundleFor(JAPANESE).getString(key), JAPANESE).format(new Object[] {arg.ja()}),
                new MessageFormat(bundleFor(ENGLISH).getString(key), ENGLISH).format(new Object[] {arg.en()}));
    }

    /** The string for {@code key} now, with {@code args} filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The string for {@code key}, following language switches. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }
}
