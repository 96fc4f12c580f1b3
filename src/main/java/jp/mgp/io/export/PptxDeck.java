package jp.mgp.io.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;

import jp.mgp.chart.FanBands;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.presentation.Theme;

/**
 * A 16:9 PowerPoint deck: one slide per chart (title, scenario, native chart, footnote with every citation and
 * assumption), then the assumptions table. Built on the user's template when one is given, keeping its slide
 * master and layouts; with {@code picturesOnly} each chart is a PNG for viewers that cannot show charts.
 */
final class PptxDeck {

    /** Latin and East Asian faces set on every run, so PowerPoint and LibreOffice both pick a Japanese font. */
    static final String LATIN_FONT = "Arial";
    static final String EAST_ASIAN_FONT = "Yu Gothic";

    private static final Color INK = Theme.awt(Theme.INK);
    private static final Color MUTED = Theme.awt(Theme.MUTED);

    private final XMLSlideShow ppt;
    private final Locale locale;
    private final ProvenanceText text;
    private final boolean ownLayout;
    /** Where content may go: the page within its margins, less what the template's master draws at its edges. */
    private final Rectangle2D free;

    private PptxDeck(XMLSlideShow ppt, Locale locale, boolean ownLayout) {
        this.ppt = ppt;
        this.locale = locale;
        this.text = new ProvenanceText(locale);
        this.ownLayout = ownLayout;
        double m = margin();
        this.free = ownLayout
                ? new Rectangle2D.Double(m, 0, page().getWidth() - 2 * m, page().getHeight() - m / 3)
                : PptxFreeArea.of(layout(), page(), m);
    }

    static byte[] write(List<ChartSpec> specs, ProjectionResult result, Locale locale, Path template,
                        boolean picturesOnly) throws IOException {
        return write(specs, result, locale, template, picturesOnly, null);
    }

    /** The same, each chart with its uncertainty fans from {@code bands} unless it is null. */
    static byte[] write(List<ChartSpec> specs, ProjectionResult result, Locale locale, Path template,
                        boolean picturesOnly, FanBands bands) throws IOException {
        try (XMLSlideShow ppt = open(template)) {
            PptxDeck deck = new PptxDeck(ppt, locale, template == null);
            deck.addSlides(specs, result, picturesOnly, bands);
            PptxPackage.core(ppt.getProperties(), result.effective().title().get(locale), locale);
            PptxPackage.extended(ppt);
            PptxPackage.thumbnail(ppt, ChartContent.of(specs.get(0), result, deck.text));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ppt.write(out);
            return out.toByteArray();
        }
    }

    /** A deck adding its slides to {@code ppt}, the user's own deck being updated, laid out in its layouts. */
    static PptxDeck onto(XMLSlideShow ppt, Locale locale) {
        return new PptxDeck(ppt, locale, false);
    }

    /** One slide per chart, then the assumptions, added at the end and named for a later update ({@link PptxTags}). */
    void addSlides(List<ChartSpec> specs, ProjectionResult result, boolean picturesOnly) throws IOException {
        addSlides(specs, result, picturesOnly, null);
    }

    /** The same, each chart with its uncertainty fans from {@code bands} unless it is null. */
    void addSlides(List<ChartSpec> specs, ProjectionResult result, boolean picturesOnly, FanBands bands)
            throws IOException {
        int first = ppt.getSlides().size();
        for (ChartSpec spec : specs) {
            chartSlide(ChartContent.of(spec, result, text), result, picturesOnly, bands);
        }
        new PptxAssumptions(this, result, specs).addSlides();
        PptxTags.tag(ppt.getSlides().subList(first, ppt.getSlides().size()), specs);
    }

    private static XMLSlideShow open(Path template) throws IOException {
        if (template == null) {
            XMLSlideShow ppt = new XMLSlideShow();
            ppt.setPageSize(new Dimension(960, 540));
            return ppt;
        }
        return PptxTemplate.open(template);
    }

    Dimension page() {
        return ppt.getPageSize();
    }

    double margin() {
        return page().getWidth() * 0.0375;
    }

    /** The area content may use on every slide; see {@link PptxFreeArea}. */
    Rectangle2D free() {
        return free;
    }

    /** Whether the deck is built on the user's template, whose theme then gives the fonts and colours. */
    boolean themed() {
        return !ownLayout;
    }

    ProvenanceText text() {
        return text;
    }

    /** A slide from the template's "title only" layout, its title set; returns the bottom of the title. */
    XSLFSlide slide(String title, double[] titleBottom) {
        XSLFSlide slide = ppt.createSlide(layout());
        XSLFTextShape placeholder = null;
        for (XSLFTextShape p : slide.getPlaceholders()) {
            if (p.getTextType() == Placeholder.TITLE || p.getTextType() == Placeholder.CENTERED_TITLE) {
                placeholder = p;
            }
        }
        if (placeholder == null) {
            placeholder = slide.createTextBox();
        }
        if (ownLayout || placeholder.getAnchor().getHeight() <= 0) {
            placeholder.setAnchor(new Rectangle2D.Double(free.getX(), Math.max(12, free.getY()), free.getWidth(), 46));
        }
        placeholder.clearText();
        XSLFTextParagraph p = placeholder.addNewTextParagraph();
        p.setTextAlign(TextAlign.LEFT);
        XSLFTextRun run = run(p, title, 26, INK);
        run.setBold(true);
        if (themed()) {
            // The template's heading face and the title style's own colour.
            PptxThemeText.faces(run, "+mj");
            if (run.getRPr(true).isSetSolidFill()) {
                run.getRPr(true).unsetSolidFill();
            }
        }
        titleBottom[0] = Math.max(placeholder.getAnchor().getMaxY(), free.getY());
        return slide;
    }

    private XSLFSlideLayout layout() {
        for (XSLFSlideMaster master : ppt.getSlideMasters()) {
            XSLFSlideLayout l = master.getLayout(SlideLayout.TITLE_ONLY);
            if (l != null) {
                return l;
            }
        }
        return ppt.getSlideMasters().get(0).getSlideLayouts()[0];
    }

    private void chartSlide(ChartContent content, ProjectionResult result, boolean picturesOnly, FanBands bands)
            throws IOException {
        // A picture carries its fans' note under it, as the PNG export does; a native chart's goes in the footnote.
        PptxFans fans = picturesOnly ? null : PptxFans.of(content, bands);
        double[] top = new double[1];
        XSLFSlide slide = slide(content.title(), top);
        double m = free.getX();
        double width = free.getWidth();
        XSLFTextBox subtitle = box(slide, new Rectangle2D.Double(m, top[0], width, 24));
        run(subtitle.addNewTextParagraph(), content.subtitle(), 14, MUTED);

        // The chart keeps at least 60 % of the room, so its year labels and legend have space to stand apart.
        double room = free.getMaxY() - top[0] - 30;
        PptxFootnote footnote = new PptxFootnote(this, content.footnote(), fans == null ? null : fans.note(), width,
                Math.min(page().getHeight() * 0.3, room * 0.4));
        double footTop = free.getMaxY() - footnote.height();
        Rectangle2D chartArea = new Rectangle2D.Double(m, top[0] + 26, width, footTop - top[0] - 30);
        if (picturesOnly) {
            JFreeChart chart = FanExport.chart(content.spec(), result, locale, bands);
            chart.setTitle((String) null);
            for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
                Title t = chart.getSubtitle(i);
                if (t.getPosition() == RectangleEdge.TOP) {
                    chart.removeSubtitle(t);
                }
            }
            // Drawn at the slide's own size in points and doubled for sharpness, so its text reads at the
            // chart's own type sizes on the slide.
            byte[] png = ChartRendering.png(chart, (int) chartArea.getWidth(), (int) chartArea.getHeight(), 2);
            XSLFPictureData picture = ppt.addPicture(png, PictureType.PNG);
            var shape = slide.createPicture(picture);
            shape.setAnchor(chartArea);
            ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) shape.getXmlObject()).getNvPicPr()
                    .getCNvPr().setDescr(content.altText());
        } else {
            PptxChart.add(ppt, slide, content, chartArea, fans);
            // The frame PowerPoint's screen readers and "Edit Alt Text" read: the one just added with the chart.
            var frames = slide.getXmlObject().getCSld().getSpTree().getGraphicFrameList();
            frames.get(frames.size() - 1).getNvGraphicFramePr().getCNvPr().setDescr(content.altText());
        }
        footnote.addTo(slide, new Rectangle2D.Double(m, footTop, width, footnote.height()));
    }

    static XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(2, 4, 2, 4));
        box.setWordWrap(true);
        box.clearText();
        return box;
    }

    /** A run in the deck's fonts, marked with the language so PowerPoint's proofing and font choice agree. */
    XSLFTextRun run(XSLFTextParagraph p, String s, double size, Color colour) {
        XSLFTextRun run = p.addNewTextRun();
        run.setText(s);
        run.setFontSize(size);
        if (themed()) {
            PptxThemeText.apply(run, colour);
        } else {
            run.setFontColor(colour);
            run.setFontFamily(LATIN_FONT, FontGroup.LATIN);
            run.setFontFamily(EAST_ASIAN_FONT, FontGroup.EAST_ASIAN);
        }
        run.getRPr(true).setLang("ja".equals(locale.getLanguage()) ? "ja-JP" : "en-US");
        run.getRPr(true).setAltLang("ja".equals(locale.getLanguage()) ? "en-US" : "ja-JP");
        return run;
    }
}
