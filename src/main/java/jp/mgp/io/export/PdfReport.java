package jp.mgp.io.export;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

import jp.mgp.chart.ChartFonts;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;

/**
 * The PDF a strategist sends: one page per chart, then the sources of every chart and the assumptions table, as
 * the deck has them. All text is real text in an embedded subset of the bundled font, so it can be searched,
 * copied and read aloud, in Japanese too; the title, subject and language are the chosen language's.
 */
final class PdfReport {

    private PdfReport() {
    }

    /** Pages of {@code width} × {@code height} points. */
    static byte[] write(List<ChartSpec> specs, ProjectionResult result, Locale locale, int width, int height)
            throws IOException {
        return write(specs, result, locale, width, height, null);
    }

    /** The same, with each chart's uncertainty fans from {@code bands} unless it is null. */
    static byte[] write(List<ChartSpec> specs, ProjectionResult result, Locale locale, int width, int height,
                        jp.mgp.chart.FanBands bands) throws IOException {
        ChartFonts.registerWithAwt();
        ProvenanceText text = new ProvenanceText(locale);
        try (PDDocument doc = new PDDocument(); InputStream file = ChartFonts.open()) {
            PDFont font = PDType0Font.load(doc, file);
            describe(doc, result, text);
            OneFont drawer = new OneFont(font);
            List<ChartContent> contents = new ArrayList<>();
            for (ChartSpec spec : specs) {
                contents.add(ChartContent.of(spec, result, text));
                chartPage(doc, drawer, FanExport.chart(spec, result, locale, bands), width, height);
            }
            PdfPages pages = new PdfPages(doc, font, width, height, text.get("continued"));
            sources(pages, contents, text);
            Set<String> ids = new LinkedHashSet<>();
            specs.forEach(s -> ids.addAll(s.series()));
            new PdfAssumptions(pages, AssumptionRows.of(result, new ArrayList<>(ids), text), text).write();
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Title, subject and language in the chosen language, shown by readers in place of the file's name. */
    private static void describe(PDDocument doc, ProjectionResult result, ProvenanceText text) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(result.effective().title().get(text.locale()));
        info.setSubject(text.get("pdf.subject"));
        info.setAuthor("mgp");
        info.setCreator("mgp");
        doc.getDocumentCatalog().setLanguage("ja".equals(text.locale().getLanguage()) ? "ja-JP" : "en-US");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }

    private static void chartPage(PDDocument doc, OneFont drawer, JFreeChart chart, int width, int height)
            throws IOException {
        PDPage page = new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, width, height);
        g2.setFontTextDrawer(drawer);
        double enlarged = ChartRendering.enlargement(width, height);
        g2.scale(enlarged, enlarged);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width / enlarged, height / enlarged));
        g2.dispose();
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawForm(g2.getXFormObject());
        }
    }

    /** Each chart's title, then its numbered sources, derived rules and assumptions, as on its slide. */
    private static void sources(PdfPages pages, List<ChartContent> contents, ProvenanceText text) throws IOException {
        pages.newPage(text.get("notes.sources"));
        for (ChartContent content : contents) {
            pages.heading(content.title());
            ChartContent.Footnote note = content.footnote();
            pages.items(text.get("notes.sources"), note.sources());
            pages.items(text.get("notes.derived"), note.derived());
            pages.items(text.get("notes.assumptions"), note.assumptions());
            pages.items(text.get("notes.notComputedHeading"), note.notComputed());
            pages.paragraph(note.dashed(), PdfPages.BODY, false);
            pages.gap(PdfPages.BODY);
        }
    }

    /**
     * Writes every chart font (the bundled face at any size and style) in the one embedded font, so every label
     * is text; a string the font cannot show falls back to outlines, as the library does by itself.
     */
    private static final class OneFont extends PdfBoxGraphics2DFontTextDrawer {
        private final PDFont font;

        OneFont(PDFont font) {
            this.font = font;
        }

        @Override
        protected PDFont mapFont(Font awt, IFontTextDrawerEnv env) {
            return font;
        }

        /** The bundled face has no bold: a bold title is filled and outlined, as a word processor does. */
        @Override
        public void drawText(java.text.AttributedCharacterIterator text, IFontTextDrawerEnv env)
                throws IOException, java.awt.FontFormatException {
            Object attribute = text.getAttribute(java.awt.font.TextAttribute.FONT);
            Font awt = attribute instanceof Font f ? f : env.getFont();
            boolean bold = awt != null && awt.isBold();
            PDPageContentStream content = env.getContentStream();
            if (bold) {
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                content.setLineWidth(awt.getSize2D() * 0.035f);
            }
            super.drawText(text, env);
            if (bold) {
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            }
        }
    }
}
