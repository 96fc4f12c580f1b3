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
     * In Japanese as Japanese government and consulting decks cite a figure one document quotes from another:
     * the original first, the quoting deck after it, Global Market Insights「Vertical AI Market…」（内閣府・経済産業省
     * 「…」より引用）, so the reader sees whose figure it is and where it was read, with no English word between.
     */
    public String shortCitation(java.util.Locale locale) {
        String text = withDatePage(publisherAndDocumentIn(locale), locale);
        text = withVia(text, viaIn(locale), locale);
        return url.isEmpty() ? text : join("citation.site", locale, text, site());
    }

    /** The publisher as a reader of {@code locale} reads it: its English name in English where there is one. */
    public String publisherIn(java.util.Locale locale) {
        return english(locale) ? (publisherEn.isEmpty() ? publisher : publisherEn) : inJapanese(publisher);
    }

    /**
     * The document's title in quotes; in English, its English title first with the original in brackets. In
     * Japanese in 「」, as Japanese citations give a title, with the 「」 of a title that quotes another turned
     * into 『』, as Japanese nests quotation marks (「『国際収支から見た…』懇談会」, not 「「…」懇談会」).
     */
    public String documentIn(java.util.Locale locale) {
        if (english(locale) && !documentEn.isEmpty()) {
            return "\"" + documentEn + "\" [" + document + "]";
        }
        return title(document, locale);
    }

    /**
     * The publisher and the document as a citation begins: METI, "Title" in English; in Japanese 経済産業省「題名」,
     * the title right after the publisher's name, without a comma.
     */
    public String publisherAndDocumentIn(java.util.Locale locale) {
        return join("citation.document", locale, publisherIn(locale), document.isEmpty() ? ""
                : documentIn(locale));
    }

    /** The quoting document as {@link #documentIn} gives the document (it carries its own quotation marks). */
    public String viaIn(java.util.Locale locale) {
        return english(locale) ? (viaEn.isEmpty() ? via : viaEn + " [" + via + "]") : inJapanese(via);
    }

    private static final java.util.regex.Pattern ASCII_BRACKETS =
            java.util.regex.Pattern.compile(" ?\\(([\\x20-\\x27\\x2a-\\x7e]+)\\)");
    private static final java.util.regex.Pattern ISO_DATE =
            java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");
    private static final java.util.regex.Pattern CJK =
            java.util.regex.Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    /**
     * A name or a deck's description of the file's own, as Japanese text writes it: brackets full-width with no
     * space before them (財務省（MOF）, 「…資料」（2026年2月12日）), and a date in 年月日, as a Japanese citation
     * dates a document. Only in text that is Japanese already, and only brackets holding ASCII (a date, an
     * abbreviation): an English name keeps its own brackets, and no title's words change.
     */
    private static String inJapanese(String text) {
        if (!CJK.matcher(text).find()) {
            return text;
        }
        return ASCII_BRACKETS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "\uff08" + date(m.group(1)) + "\uff09"));
    }

    /** "2026-02-12" → 2026年2月12日, "2025-03" → 2025年3月; any other text as it is. */
    private static String date(String text) {
        java.util.regex.Matcher m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String month = Integer.parseInt(m.group(2)) + "\u6708";
        return m.group(1) + "\u5e74" + month + (m.group(3) == null ? "" : Integer.parseInt(m.group(3)) + "\u65e5");
    }

    private static boolean english(java.util.Locale locale) {
        return !"ja".equals(locale.getLanguage());
    }

    private static String title(String title, java.util.Locale locale) {
        String inner = english(locale) ? title : title.replace('\u300c', '\u300e').replace('\u300d', '\u300f');
        return ModelText.get("citation.title", locale, inner);
    }

    /** {@code before} and {@code piece} as {@code key} joins them, or whichever of the two is not empty. */
    private static String join(String key, java.util.Locale locale, String before, String piece) {
        if (piece.isEmpty() || before.isEmpty()) {
            return before + piece;
        }
        return ModelText.get(key, locale, before, piece);
    }

    /** The date and page after {@code text}: ", 2025-03, p. 12" in English, （2025年3月、p. 12） in Japanese. */
    private String withDatePage(String text, java.util.Locale locale) {
        String when = english(locale) ? date : date(date);
        return join("citation.datePage", locale, text, join("citation.pair", locale, when, page));
    }

    /** The quoting document after {@code text}: "; via X" in English, （Xより引用） in Japanese. */
    private String withVia(String text, String quoting, java.util.Locale locale) {
        if (via.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? ModelText.get("citation.viaAlone", locale, quoting)
                : ModelText.get("citation.via", locale, text, quoting);
    }

    /** The URL's host ("www.meti.go.jp"), or the URL itself when it has none that can be read. */
    public String site() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)")
                .matcher(url);
        return m.find() ? m.group(1) : url;
    }

    /**
     * One line for a footnote: publisher, document, the quoting deck, URL, seed and line, with the names and
     * titles as the source gives them, punctuated as in English ({@link #citation(java.util.Locale)}).
     */
    public String citation() {
        return citation(java.util.Locale.ENGLISH);
    }

    /**
     * {@link #citation()} worded for a reader of {@code locale}: the names and titles stay in the source's words
     * (this line is for finding the figure again), while the quotation marks, brackets and dates and the quoting
     * deck are written as that language cites: 「…」（…より引用） in Japanese, "…"; via … in English.
     */
    public String citation(java.util.Locale locale) {
        boolean english = english(locale);
        String text = join("citation.document", locale, english ? publisher : inJapanese(publisher),
                document.isEmpty() ? "" : title(document, locale));
        StringBuilder sb = new StringBuilder(withVia(withDatePage(text, locale), english ? via : inJapanese(via),
                locale));
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
