package jp.mgp.model;

import java.util.Objects;

/**
 * A citation a strategist can put in a footnote: who published the figure, in which report, the document that
 * quotes it ({@code via}), and the seed file and line where mgp read it, with the quoted words.
 *
 * @param line 1-based line in {@code seed}, or 0 when the figure does not come from a seed file
 */
public record SourceRef(String publisher, String document, String via, String seed, int line, String quote) {

    public SourceRef {
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
