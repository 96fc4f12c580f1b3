package jp.mgp.io.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;

import jp.mgp.presentation.Theme;

/**
 * A chart slide's footnote: its sources, derived rules and assumptions, each a paragraph led by its heading. The
 * type size steps down from 9 pt to 7 pt until the text fits the space the slide can spare.
 */
final class PptxFootnote {

    private static final Color INK = Theme.awt(Theme.NOTE);
    private static final double[] SIZES = {9, 8, 7};

    private final PptxDeck deck;
    private final List<String[]> paragraphs = new ArrayList<>();
    private final double size;
    private final double height;

    PptxFootnote(PptxDeck deck, ChartContent.Footnote footnote, double width, double maxHeight) {
        this(deck, footnote, null, width, maxHeight);
    }

    /** The same, with {@code fanNote} (null for none) saying what the chart's fans are and simulate. */
    PptxFootnote(PptxDeck deck, ChartContent.Footnote footnote, String fanNote, double width, double maxHeight) {
        this.deck = deck;
        ProvenanceText text = deck.text();
        add(text, text.get("notes.sources"), String.join("  ", footnote.sources()));
        add(text, text.get("notes.derived"), text.items(footnote.derived()));
        add(text, text.get("notes.assumptions"), text.items(footnote.assumptions()));
        add(text, text.get("notes.notComputedHeading"), text.items(footnote.notComputed()));
        paragraphs.add(new String[] {"", footnote.dashed()});
        if (fanNote != null) {
            paragraphs.add(new String[] {"", fanNote});
        }
        double chosen = SIZES[SIZES.length - 1];
        double needed = lines(width, chosen) * chosen * 1.25 + 6;
        for (double s : SIZES) {
            double h = lines(width, s) * s * 1.25 + 6;
            if (h <= maxHeight) {
                chosen = s;
                needed = h;
                break;
            }
        }
        this.size = chosen;
        this.height = needed;
    }

    private void add(ProvenanceText text, String heading, String items) {
        if (!items.isEmpty()) {
            paragraphs.add(new String[] {text.format("notes.heading", heading), items});
        }
    }

    /** Lines the paragraphs wrap to at {@code size} pt, measured as {@link TableLayout#slideText} does. */
    private int lines(double width, double size) {
        int total = 0;
        for (String[] p : paragraphs) {
            total += TableLayout.lines(p[0] + p[1], TableLayout.slideText(size), width - 8);
        }
        return total;
    }

    double height() {
        return height;
    }

    void addTo(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = PptxDeck.box(slide, anchor);
        // Should a viewer's face set the text a little longer than measured, it grows up over the chart's margin,
        // not down into the template's footer.
        box.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.BOTTOM);
        for (String[] p : paragraphs) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setSpaceBefore(0d);
            paragraph.setSpaceAfter(0d);
            if (!p[0].isEmpty()) {
                deck.run(paragraph, p[0], size, INK).setBold(true);
            }
            deck.run(paragraph, p[1], size, INK);
        }
    }
}
