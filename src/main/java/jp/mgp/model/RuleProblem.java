package jp.mgp.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a rule of the model finds wrong: where, what (in both languages), and the value found there
 * (empty when nothing is there).
 */
public record RuleProblem(Place place, LocalizedText message, String found) {

    public RuleProblem {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
        found = Objects.requireNonNullElse(found, "");
    }

    /** "Place: what is wrong (found: value)" in {@code locale}'s language, for a form or a dialog. */
    public String describe(Locale locale) {
        String where = place.words(locale);
        String what = message.get(locale);
        String text = where.isEmpty() ? what : ModelText.get("problem.at", locale, where, what);
        return found.isEmpty() ? text : ModelText.get("problem.found", locale, text, found);
    }

    /** The refusal an edit throws for this problem. */
    public RuleViolation violation() {
        return new RuleViolation(new LocalizedText(describe(Locale.JAPANESE), describe(Locale.ENGLISH)));
    }
}
