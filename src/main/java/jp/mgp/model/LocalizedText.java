package jp.mgp.model;

import java.util.Locale;
import java.util.Objects;

/** A text in Japanese and English; either may be empty, in which case the other stands in. */
public record LocalizedText(String ja, String en) {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        ja = Objects.requireNonNullElse(ja, "");
        en = Objects.requireNonNullElse(en, "");
    }

    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    public String get(Locale locale) {
        boolean japanese = "ja".equals(locale.getLanguage());
        String preferred = japanese ? ja : en;
        return preferred.isEmpty() ? (japanese ? en : ja) : preferred;
    }

    public boolean isEmpty() {
        return ja.isEmpty() && en.isEmpty();
    }
}
