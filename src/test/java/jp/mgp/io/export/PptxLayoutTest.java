package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Projection;

/**
 * Decks built on a user's template keep inside the slide and clear of the master's footer, size the assumptions
 * table's columns from their text and continue it on another slide rather than run it off the page, and write in
 * the template's theme fonts.
 */
class PptxLayoutTest {

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    private XMLSlideShow deck(Path template, Locale locale) throws IOException {
        Path out = dir.resolve("deck-" + template.getFileName() + "-" + locale + ".pptx");
        Exporter.export(projection, null, Exporter.Request.of(ExportFormat.PPTX, locale).withTemplate(template,
                false), out);
        return new XMLSlideShow(Files.newInputStream(out));
    }

    /** Where the master's footer begins: its bar's top, or its footer placeholders' top. */
    private static double footerTop(XMLSlideShow ppt) {
        double top = ppt.getPageSize().getHeight();
        XSLFSlideMaster master = ppt.getSlideMasters().get(0);
        for (XSLFShape s : master.getShapes()) {
            if (TestTemplates.BAR.equals(s.getShapeName()) || PptxFreeArea.isFooterPlaceholder(s)) {
                top = Math.min(top, s.getAnchor().getY());
            }
        }
        return top;
    }

    /** A shape's extent; a table's from its rows' heights, which is what a viewer draws. */
    private static Rectangle2D extent(XSLFShape shape) {
        Rectangle2D a = shape.getAnchor();
        if (shape instanceof XSLFTable table) {
            double h = table.getRows().stream().mapToDouble(XSLFTableRow::getHeight).sum();
            return new Rectangle2D.Double(a.getX(), a.getY(), a.getWidth(), Math.max(h, a.getHeight()));
        }
        return a;
    }

    @Test
    void everyShapeIsOnTheSlideAndClearOfTheFooter() throws IOException {
        for (Path template : List.of(TestTemplates.footerBar(dir), TestTemplates.libreOffice169(dir))) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                try (XMLSlideShow ppt = deck(template, locale)) {
                    double w = ppt.getPageSize().getWidth();
                    double h = ppt.getPageSize().getHeight();
                    double footer = footerTop(ppt);
                    assertThat(footer).as("the template has a footer").isLessThan(h - 20);
                    for (XSLFSlide slide : ppt.getSlides()) {
                        for (XSLFShape shape : slide.getShapes()) {
                            Rectangle2D e = extent(shape);
                            String where = template.getFileName() + " " + locale + " slide "
                                    + (slide.getSlideNumber()) + " " + shape.getShapeName();
                            assertThat(e.getX()).as(where).isGreaterThanOrEqualTo(0);
                            assertThat(e.getY()).as(where).isGreaterThanOrEqualTo(0);
                            assertThat(e.getMaxX()).as(where).isLessThanOrEqualTo(w);
                            assertThat(e.getMaxY()).as(where).isLessThanOrEqualTo(footer);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theFootnoteEndsAboveTheFooterBar() throws IOException {
        try (XMLSlideShow ppt = deck(TestTemplates.footerBar(dir), Locale.ENGLISH)) {
            XSLFTextShape note = ppt.getSlides().get(0).getShapes().stream()
                    .filter(s -> s instanceof XSLFTextShape t && t.getText().startsWith("Sources"))
                    .map(XSLFTextShape.class::cast).findFirst().orElseThrow();
            assertThat(note.getAnchor().getMaxY()).isLessThanOrEqualTo(TestTemplates.BAR_TOP);
            // Before, the footnote ran to 13.5 pt above the slide's edge, 34.5 pt into the bar.
            assertThat(note.getAnchor().getMaxY()).isLessThan(540 - 13.5 - 30);
        }
    }

    @Test
    void theAssumptionsTableKeepsEveryRowAndWholeWordsOnAShortSlide() throws IOException {
        ProjectionResult result = new ProjectionEngine().project(projection, null);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            ProvenanceText text = new ProvenanceText(locale);
            List<String> ids = new ArrayList<>();
            result.effective().charts().forEach(c -> c.series().stream().filter(s -> !ids.contains(s))
                    .forEach(ids::add));
            List<AssumptionRows.Row> expected = AssumptionRows.of(result, ids, text);
            try (XMLSlideShow ppt = deck(TestTemplates.libreOffice169(dir), locale)) {
                List<XSLFSlide> tableSlides = ppt.getSlides().stream()
                        .filter(s -> s.getShapes().stream().anyMatch(XSLFTable.class::isInstance)).toList();
                List<String[]> rows = new ArrayList<>();
                for (int i = 0; i < tableSlides.size(); i++) {
                    XSLFSlide slide = tableSlides.get(i);
                    assertThat(slide.getTitle()).isEqualTo(text.get("table.title")
                            + (i == 0 ? "" : text.get("continued")));
                    XSLFTable table = (XSLFTable) slide.getShapes().stream().filter(XSLFTable.class::isInstance)
                            .findFirst().orElseThrow();
                    assertThat(table.getCell(0, 0).getText()).isEqualTo(text.get("col.series"));
                    for (int r = 1; r < table.getNumberOfRows(); r++) {
                        String[] cells = new String[5];
                        for (int c = 0; c < 5; c++) {
                            cells[c] = table.getCell(r, c).getText();
                        }
                        rows.add(cells);
                    }
                    if (locale == Locale.ENGLISH) {
                        // "assumption" at 10 pt in Arial is 51 pt wide, and the cell's insets are 10 pt.
                        assertThat(table.getColumnWidth(3)).isGreaterThan(61);
                    }
                }
                // 446 pt of slide cannot hold the eight rows: the table goes on, every row once, in order.
                assertThat(tableSlides.size()).isGreaterThan(1);
                assertThat(rows).hasSize(expected.size());
                for (int i = 0; i < rows.size(); i++) {
                    assertThat(rows.get(i)).containsExactly(PdfAssumptions.cells(expected.get(i)));
                }
            }
        }
    }

    @Test
    void runsUseTheTemplatesThemeFonts() throws IOException {
        try (XMLSlideShow ppt = deck(TestTemplates.footerBar(dir), Locale.JAPANESE)) {
            int runs = 0;
            for (XSLFSlide slide : ppt.getSlides()) {
                List<XSLFTextShape> shapes = new ArrayList<>();
                for (XSLFShape s : slide.getShapes()) {
                    if (s instanceof XSLFTextShape t) {
                        shapes.add(t);
                    } else if (s instanceof XSLFTable table) {
                        table.getRows().forEach(r -> shapes.addAll(r.getCells()));
                    }
                }
                for (XSLFTextShape t : shapes) {
                    boolean title = t == slide.getPlaceholder(0) && slide.getTitle() != null
                            && t.getText().equals(slide.getTitle());
                    for (XSLFTextParagraph p : t.getTextParagraphs()) {
                        for (XSLFTextRun r : p.getTextRuns()) {
                            var rpr = r.getRPr(false);
                            assertThat(rpr.getLatin().getTypeface()).isIn("+mn-lt", "+mj-lt");
                            assertThat(rpr.getEa().getTypeface()).isIn("+mn-ea", "+mj-ea");
                            if (title) {
                                assertThat(rpr.getLatin().getTypeface()).isEqualTo("+mj-lt");
                            }
                            runs++;
                        }
                    }
                }
            }
            assertThat(runs).isGreaterThan(20);
        }
        // Without a template the deck keeps its own faces.
        Path out = dir.resolve("plain.pptx");
        Exporter.export(projection, null, Exporter.Request.of(ExportFormat.PPTX, Locale.JAPANESE), out);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            XSLFTextShape title = (XSLFTextShape) ppt.getSlides().get(0).getPlaceholder(0);
            assertThat(title.getTextParagraphs().get(0).getTextRuns().get(0).getRPr(false).getEa().getTypeface())
                    .isEqualTo(PptxDeck.EAST_ASIAN_FONT);
        }
    }
}
