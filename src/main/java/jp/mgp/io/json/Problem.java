package jp.mgp.io.json;

import java.util.Locale;
import java.util.Objects;

import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;

/**
 * One thing wrong with a file: where (a JSON path such as {@code $.series[2].segments[0].rate}, and the same
 * place in words: the series' name, the segment's years), what in both languages, and the value found there
 * (empty when the field is missing).
 */
public record Problem(String path, LocalizedText place, LocalizedText text, String found) {

    public Problem {
        Objects.requireNonNull(path, "path");
        place = Objects.requireNonNullElse(place, LocalizedText.EMPTY);
        // The model's rules name a series by its whole name; past twice the echo limit it is cut here as well.
        if (place.ja().length() > 2 * ECHOED || place.en().length() > 2 * ECHOED) {
            place = new LocalizedText(cut(place.ja(), 2 * ECHOED), cut(place.en(), 2 * ECHOED));
        }
        Objects.requireNonNull(text, "text");
        found = shorten(Objects.requireNonNullElse(found, ""));
    }

    /** The longest value echoed in a message; a longer one is cut there and ends in "…". */
    static final int ECHOED = 60;

    /**
     * {@code text} as a message echoes it: at most {@link #ECHOED} characters (never half of one) and on one line,
     * so that a 100,000-character value or a value with line breaks keeps the message one readable line.
     */
    static String shorten(String text) {
        return cut(text, ECHOED);
    }

    private static String cut(String text, int length) {
        String line = text.replaceAll("[\\r\\n\\t]", " ");
        if (line.codePointCount(0, line.length()) <= length) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, length)) + "\u2026";
    }

    /** What is wrong, in English (the CLI's and the log's language). */
    public String message() {
        return text.en();
    }

    /** The same problem at a place named in words. */
    Problem at(LocalizedText words) {
        return new Problem(path, words, text, found);
    }

    /** {@code file: path: message (found: value)}, the line the CLI prints, in English. */
    public String describe(String file) {
        return file + ": " + path + ": " + message() + (found.isEmpty() ? "" : " (found: " + found + ")");
    }

    /**
     * {@code file: path: place: message (found: value)} in {@code locale}'s language, one line: the CLI's line
     * with the place named in words.
     */
    public String describe(String file, Locale locale) {
        return file + ": " + path + ": " + sentence(locale);
    }

    private String sentence(Locale locale) {
        String where = place.get(locale);
        String what = text.get(locale);
        String line = where.isEmpty() ? what : ModelText.get("problem.at", locale, where, what);
        // A long place and a long rule leave the value found less room, so that the line stays readable.
        String echoed = line.length() + found.length() > SENTENCE ? cut(found, Math.max(
                ECHOED / 4, SENTENCE - line.length())) : found;
        return found.isEmpty() ? line : ModelText.get("problem.found", locale, line, echoed);
    }

    /** How long a sentence may grow with the value found before that value is cut shorter than {@link #ECHOED}. */
    static final int SENTENCE = 200;

    /**
     * The problem for the window in {@code locale}'s language: the place in words, what is wrong and the value
     * found, then the JSON path on a line of its own as detail.
     */
    public String describe(Locale locale) {
        return FileText.get("problem.path", locale, sentence(locale), path);
    }
}
