package jp.mgp.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An edit or a value the model's rules refuse, with what is wrong and where, worded in both languages so that
 * the window can show it in the user's language (naming the series and years, not a JSON path or a Java name).
 * The exception's own message is the English text, for logs.
 */
public final class RuleViolation extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    public RuleViolation(LocalizedText text) {
        super(Objects.requireNonNull(text, "text").en());
        this.text = text;
    }

    /** The message in both languages. */
    public LocalizedText text() {
        return text;
    }

    /** The message in {@code locale}'s language (Japanese or English). */
    public String message(Locale locale) {
        return text.get(locale);
    }
}
