package jp.mgp.model;

import java.util.Objects;

/**
 * A citation a strategist can put in a footnote: who published the figure, in which report, the document that
 * quotes it ({@code via}), and the seed file and line where mgp read it, with the quoted words.
 *
 * @param line 1-based line in {@code seed}, or 0 when the figure does not come from a seed file
 * @param publisherEn the publisher's name in English, where it is not already ("" when none is given)
 * @param documentEn  an English title of {@code document} where it has none of its own (a translation: English
 *                    footnotes give it with the original in brackets)
 * @param viaEn       likewise for the quoting document
 */
public record SourceRef(String publisher, String document, String via, String seed, int line, String quote,
                        String publisherEn, String documentEn, String viaEn) {

    public SourceRef(String publisher, String document, String via, String seed, int line, String quote) {
        this(publisher, document, via, seed, line, quote, "", "", "");
    }

    public SourceRef {
        publisherEn = Objects.requireNonNullElse(publisherEn, "");
        documentEn = Objects.requireNonNullElse(documentEn, "");
        viaEn = Objects.requireNonNullElse(viaEn, "");
        publisher = Objects.requireNonNullElse(publisher, "");
        document = Objects.requireNonNullElse(document, "");
        via = Objects.requireNonNullElse(via, "");
        seed = Objects.requireNonNullElse(seed, "");
        quote = Objects.requireNonNullElse(quote, "");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** The citation as a slide footnote gives it: publisher, document and the quoting deck, without the seed. */
    public String shortCitation() {
        StringBuilder sb = new StringBuilder(publisher);
        if (!document.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append('"').append(document).append('"');
        }
        if (!via.isEmpty()) {
            sb.append(sb.length() > 0 ? "; via " : "via ").append(via);
        }
        return sb.toString();
    }

    /**
     * {@link #shortCitation()} in the reader's language: in English, the English names and titles where the file
     * gives them, each translated title followed by its original in brackets so the document can still be found.
     */
    public String shortCitation(java.util.Locale locale) {
        StringBuilder sb = new StringBuilder(publisherIn(locale));
        if (!document.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append(documentIn(locale));
        }
        if (!via.isEmpty()) {
            sb.append(sb.length() > 0 ? "; via " : "via ").append(viaIn(locale));
        }
        return sb.toString();
    }

    /** The publisher as a reader of {@code locale} reads it: its English name in English where there is one. */
    public String publisherIn(java.util.Locale locale) {
        return english(locale) && !publisherEn.isEmpty() ? publisherEn : publisher;
    }

    /** The document's title in quotes; in English, its English title first with the original in brackets. */
    public String documentIn(java.util.Locale locale) {
        return english(locale) && !documentEn.isEmpty() ? "\"" + documentEn + "\" [" + document + "]"
                : "\"" + document + "\"";
    }

    /** The quoting document as {@link #documentIn} gives the document (it carries its own quotation marks). */
    public String viaIn(java.util.Locale locale) {
        return english(locale) && !viaEn.isEmpty() ? viaEn + " [" + via + "]" : via;
    }

    private static boolean english(java.util.Locale locale) {
        return !"ja".equals(locale.getLanguage());
    }

    /** One line for a footnote: publisher, document, the quoting deck, seed and line. */
    public String citation() {
        StringBuilder sb = new StringBuilder(publisher);
        if (!document.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append('"').append(document).append('"');
        }
        if (!via.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append("via ").append(via);
        }
        if (!seed.isEmpty()) {
            sb.append(" [").append(seed);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
