package jp.mgp.io.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import jp.mgp.presentation.Theme;

/**
 * Text pages of a PDF report, written top to bottom with a cursor: titled pages, headings, wrapped paragraphs,
 * and a new page (its title marked as continued) whenever the next line would not fit. Lines wrap at spaces, and
 * between any two Japanese characters, measured in the embedded font.
 */
final class PdfPages {

    static final float TITLE = 20;
    static final float HEADING = 13;
    static final float BODY = 9.5f;
    static final float LEADING = 1.35f;

    private final PDDocument doc;
    private final PDFont font;
    private final float width;
    private final float height;
    private final float margin;
    private final String continued;
    private PDPageContentStream content;
    private String title;
    private float y;

    /** {@code continued}: what a title says on the pages it runs on to, " (continued)" in the report's language. */
    PdfPages(PDDocument doc, PDFont font, float width, float height, String continued) {
        this.continued = continued;
        this.doc = doc;
        this.font = font;
        this.width = width;
        this.height = height;
        this.margin = width * 0.0375f;
    }

    float left() {
        return margin;
    }

    float textWidth() {
        return width - 2 * margin;
    }

    /** Starts a page titled {@code title}. */
    void newPage(String pageTitle) throws IOException {
        close();
        this.title = pageTitle;
        PDPage page = new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = height - margin;
        y -= TITLE;
        text(pageTitle, margin, y, TITLE, Theme.awt(Theme.INK));
        y -= TITLE * 0.8f;
    }

    /**
     * Room for {@code needed} points below the cursor, or a new page continuing this one's title.
     *
     * @return whether a new page was started
     */
    boolean ensure(float needed) throws IOException {
        if (y - needed < margin) {
            newPage(title.endsWith(continued) ? title : title + continued);
            return true;
        }
        return false;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void gap(float size) {
        y -= size * 0.6f;
    }

    void heading(String s) throws IOException {
        ensure(HEADING * LEADING * 3);
        y -= HEADING * LEADING;
        text(s, margin, y, HEADING, Theme.awt(Theme.INK));
        y -= HEADING * 0.4f;
    }

    /** {@code label} on a line of its own, then each item as a paragraph indented under it. */
    void items(String label, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        paragraph(label, BODY, true);
        for (String item : items) {
            for (String line : wrap(item, BODY, textWidth() - 12)) {
                ensure(BODY * LEADING);
                y -= BODY * LEADING;
                text(line, margin + 12, y, BODY, Theme.awt(Theme.NOTE));
            }
        }
    }

    void paragraph(String s, float size, boolean strong) throws IOException {
        for (String line : wrap(s, size, textWidth())) {
            ensure(size * LEADING);
            y -= size * LEADING;
            text(line, margin, y, size, Theme.awt(strong ? Theme.INK : Theme.NOTE));
        }
    }

    /** One line of text with its baseline at {@code baseline}. */
    void text(String s, float x, float baseline, float size, Color colour) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(colour);
        content.newLineAtOffset(x, baseline);
        content.showText(printable(s));
        content.endText();
    }

    void fill(float x, float top, float w, float h, Color colour) throws IOException {
        content.setNonStrokingColor(colour);
        content.addRect(x, top - h, w, h);
        content.fill();
    }

    void rule(float x, float atY, float w, Color colour) throws IOException {
        content.setStrokingColor(colour);
        content.setLineWidth(0.75f);
        content.moveTo(x, atY);
        content.lineTo(x + w, atY);
        content.stroke();
    }

    /** Width of {@code s} at {@code size} points. */
    float width(String s, float size) throws IOException {
        return font.getStringWidth(printable(s)) / 1000 * size;
    }

    /** Lines of at most {@code maxWidth} points: breaks at spaces, or between two characters of Japanese. */
    List<String> wrap(String s, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : s.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String unit : units(paragraph)) {
                String tried = line + unit;
                if (line.length() > 0 && width(tried.stripTrailing(), size) > maxWidth) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    unit = unit.stripLeading();
                }
                // A word longer than the line is cut where it no longer fits.
                while (width(unit, size) > maxWidth && unit.length() > 1) {
                    int cut = unit.length() - 1;
                    while (cut > 1 && width(unit.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    lines.add(unit.substring(0, cut));
                    unit = unit.substring(cut);
                }
                line.append(unit);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Breakable pieces: a word with the spaces after it, or a single wide (CJK) character. */
    private static List<String> units(String s) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (TableLayout.wide(c)) {
                if (word.length() > 0) {
                    units.add(word.toString());
                    word.setLength(0);
                }
                units.add(new String(Character.toChars(c)));
            } else if (c == ' ') {
                word.append(' ');
                units.add(word.toString());
                word.setLength(0);
            } else {
                word.appendCodePoint(c);
            }
        }
        if (word.length() > 0) {
            units.add(word.toString());
        }
        return keptTogether(units);
    }

    /** Marks a Japanese line never starts with: closing brackets, 、。, the long-vowel mark, small kana. */
    private static final String NO_LINE_START = "\uff09\u300d\u300f\u3011\u3015\u3009\u300b\u3001\u3002\uff0c"
            + "\uff0e\u30fb\uff1a\uff1b\uff1f\uff01\u30fc\uff5e\uff05\u3041\u3043\u3045\u3047\u3049\u3063"
            + "\u3083\u3085\u3087\u308e\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6";
    /** Marks a Japanese line never ends with: opening brackets. */
    private static final String NO_LINE_END = "\uff08\u300c\u300e\u3010\u3014\u3008\u300a";

    /**
     * The pieces with Japanese line-breaking rules (禁則処理) applied: a closing bracket, 、。 or a small kana stays
     * with the character before it, and an opening bracket with the one after it, so that no line starts with
     * "）" or "ィ" (the report once broke "（世界" / "）" and "フ" / "ィジカル").
     */
    static List<String> keptTogether(List<String> units) {
        List<String> kept = new ArrayList<>();
        for (String unit : units) {
            int last = kept.size() - 1;
            boolean closes = NO_LINE_START.indexOf(unit.charAt(0)) >= 0;
            boolean afterOpening = last >= 0 && !kept.get(last).isEmpty()
                    && NO_LINE_END.indexOf(kept.get(last).charAt(kept.get(last).length() - 1)) >= 0;
            if (last >= 0 && (closes || afterOpening)) {
                kept.set(last, kept.get(last) + unit);
            } else {
                kept.add(unit);
            }
        }
        return kept;
    }

    /** {@code s} with any character the font lacks as "?", so one odd character cannot stop the export. */
    private String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        }
        return out.toString();
    }

    void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
