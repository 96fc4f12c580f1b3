package jp.mgp.model;

import java.util.Objects;

/**
 * A citation a strategist can put in a footnote: who published the figure, in which report, the document that
 * quotes it ({@code via}), and the seed file and line where mgp read it, with the quoted words; for a figure of
 * the user's own research also when it was published, the page or table it stands on, and where it is online;
 * and, for a Japanese source read in English, its names and titles in English.
 *
 * <p>There is no constructor between the seed figures' six parts and all twelve: two of nine strings would read
 * alike, and an English title must never land in a date.
 *
 * @param line        1-based line in {@code seed}, or 0 when the figure does not come from a seed file
 * @param date        when the document was published, as the user writes it ("2025-03", "2025年3月"), or empty
 * @param page        the page or table the figure stands on ("p. 12", "表3"), or empty
 * @param url         where the document is online, or empty
 * @param publisherEn the publisher's name in English, where it is not already ("" when none is given)
 * @param documentEn  an English title of {@code document} where it has none of its own (a translation: English
 *                    footnotes give it with the original in brackets)
 * @param viaEn       likewise for the quoting document
 */
public record SourceRef(String publisher, String document, String via, String seed, int line, String quote,
                        String date, String page, String url, String publisherEn, String documentEn, String viaEn) {

    public SourceRef {
        publisher = Objects.requireNonNullElse(publisher, "");
        document = Objects.requireNonNullElse(document, "");
        via = Objects.requireNonNullElse(via, "");
        seed = Objects.requireNonNullElse(seed, "");
        quote = Objects.requireNonNullElse(quote, "");
        date = Objects.requireNonNullElse(date, "").strip();
        page = Objects.requireNonNullElse(page, "").strip();
        url = Objects.requireNonNullElse(url, "").strip();
        publisherEn = Objects.requireNonNullElse(publisherEn, "");
        documentEn = Objects.requireNonNullElse(documentEn, "");
        viaEn = Objects.requireNonNullElse(viaEn, "");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** A citation without date, page, URL or English titles (the seed figures' form). */
    public SourceRef(String publisher, String document, String via, String seed, int line, String quote) {
        this(publisher, document, via, seed, line, quote, "", "", "", "", "", "");
    }

    /** A citation of the user's own research: publisher, document, date, page or table, URL and quoted words. */
    public static SourceRef cited(String publisher, String document, String date, String page, String url,
                                  String quote) {
        return new SourceRef(publisher, document, "", "", 0, quote, date, page, url, "", "", "");
    }

    /** The same citation with English names and titles for English footnotes. */
    public SourceRef inEnglish(String newPublisherEn, String newDocumentEn, String newViaEn) {
        return new SourceRef(publisher, document, via, seed, line, quote, date, page, url, newPublisherEn,
                newDocumentEn, newViaEn);
    }

    /** True when the citation names nothing at all (no publisher, document, URL or quoted words). */
    public boolean isBlank() {
        return publisher.isBlank() && document.isBlank() && via.isBlank() && seed.isBlank() && url.isBlank()
                && quote.isBlank() && date.isBlank() && page.isBlank();
    }

    /**
     * The citation as a slide footnote gives it: publisher, document with its date and page, and the quoting
     * deck, without the seed; the URL only by its site, which is what fits a footnote.
     */
    public String shortCitation() {
        // In the original language: the names and titles as the source gives them.
        return shortCitation(java.util.Locale.JAPANESE);
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
        appendDatePage(sb);
        if (!via.isEmpty()) {
            sb.append(sb.length() > 0 ? "; via " : "via ").append(viaIn(locale));
        }
        if (!url.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append(site());
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

    private void appendDatePage(StringBuilder sb) {
        if (!date.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append(date);
        }
        if (!page.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append(page);
        }
    }

    /** The URL's host ("www.meti.go.jp"), or the URL itself when it has none that can be read. */
    public String site() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)")
                .matcher(url);
        return m.find() ? m.group(1) : url;
    }

    /** One line for a footnote: publisher, document, the quoting deck, URL, seed and line. */
    public String citation() {
        StringBuilder sb = new StringBuilder(publisher);
        if (!document.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append('"').append(document).append('"');
        }
        appendDatePage(sb);
        if (!via.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append("via ").append(via);
        }
        if (!url.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append(url);
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
