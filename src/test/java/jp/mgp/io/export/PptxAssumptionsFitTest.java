package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTable;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableRow;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGraphicalObjectFrame;

import jp.mgp.Fixtures;
import jp.mgp.chart.ChartFonts;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;

/**
 * The deck's assumptions table stays on its slides: read back from the slide XML as a viewer reads it, every
 * table ends inside the free area, and every row is written at least as tall as its wrapped text. The Japanese
 * deck's table ran off the bottom of the slide in LibreOffice, its rows sized for a 1.2 line where Japanese
 * faces set about 1.45.
 */
class PptxAssumptionsFitTest {

    private static final double EMU = 12700;
    /** Noto Sans CJK's line (ascent + descent), in which LibreOffice sets the Japanese; Yu Gothic's is less. */
    private static final double CJK_LINE = 1.448;
    /** Arial's and Liberation Sans's line. */
    private static final double LATIN_LINE = 1.149;

    private static Font face;

    @TempDir
    Path dir;

    @BeforeAll
    static void font() throws Exception {
        try (InputStream in = ChartFonts.open()) {
            face = Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    @Test
    void everyAssumptionsSlideKeepsItsTableInsideTheFreeAreaWithRowsAsTallAsTheirText() throws IOException {
        List<Path> templates = new ArrayList<>();
        templates.add(null);
        templates.add(TestTemplates.footerBar(dir));
        templates.add(TestTemplates.libreOffice169(dir));
        for (Path template : templates) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                String deck = (template == null ? "plain" : template.getFileName()) + " " + locale;
                Path out = dir.resolve("deck-" + deck.replace(' ', '-') + ".pptx");
                Exporter.Request request = Exporter.Request.of(ExportFormat.PPTX, locale);
                Exporter.export(Fixtures.defaultProjection(), null,
                        template == null ? request : request.withTemplate(template, false), out);
                int rows = 0;
                try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
                    double height = ppt.getPageSize().getHeight();
                    double margin = ppt.getPageSize().getWidth() * 0.0375;
                    for (XSLFSlide slide : ppt.getSlides()) {
                        if (slide.getShapes().stream().noneMatch(XSLFTable.class::isInstance)) {
                            continue;
                        }
                        double bottom = template == null ? height - margin / 3
                                : PptxFreeArea.of(slide.getSlideLayout(), ppt.getPageSize(), margin).getMaxY();
                        rows += checkSlide(slide, bottom, deck + " slide " + slide.getSlideNumber());
                    }
                }
                // Every rule of the charted series, each once, header rows aside.
                assertThat(rows).as(deck).isEqualTo(expectedRows(locale));
            }
        }
    }

    private static int expectedRows(Locale locale) {
        ProjectionResult result = new ProjectionEngine().project(Fixtures.defaultProjection(), null);
        List<String> ids = new ArrayList<>();
        result.effective().charts().forEach(c -> c.series().stream().filter(s -> !ids.contains(s))
                .forEach(ids::add));
        return AssumptionRows.of(result, ids, new ProvenanceText(locale)).size();
    }

    /** Checks one slide's table; returns its body rows. */
    private static int checkSlide(XSLFSlide slide, double freeBottom, String where) {
        XmlObject[] frames = slide.getXmlObject().selectPath(
                "declare namespace p='http://schemas.openxmlformats.org/presentationml/2006/main' .//p:graphicFrame");
        assertThat(frames).as(where).hasSize(1);
        CTGraphicalObjectFrame frame = (CTGraphicalObjectFrame) frames[0];
        double top = pt(frame.getXfrm().getOff().getY());
        XmlObject[] tables = frame.getGraphic().getGraphicData().selectPath(
                "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' ./a:tbl");
        CTTable table = (CTTable) tables[0];
        double[] columns = table.getTblGrid().getGridColList().stream().mapToDouble(c -> pt(c.getW())).toArray();
        double sum = 0;
        for (int r = 0; r < table.sizeOfTrArray(); r++) {
            CTTableRow row = table.getTrArray(r);
            double written = pt(row.getH());
            sum += written;
            for (int c = 0; c < row.sizeOfTcArray(); c++) {
                CTTableCell cell = row.getTcArray(c);
                assertThat(written).as(where + " row " + r + " column " + c)
                        .isGreaterThanOrEqualTo(needed(cell, columns[c]) - 0.01);
            }
        }
        assertThat(top + sum).as(where + ": the table's bottom").isLessThanOrEqualTo(freeBottom);
        return table.sizeOfTrArray() - 1;
    }

    /**
     * The height a cell's text needs: its lines as AWT breaks them in the bundled face (Japanese between any two
     * characters, English at spaces) in the cell's width less its insets, each line as tall as its script sets it,
     * and the top and bottom insets. DrawingML's defaults are 0.1 in left and right, 0.05 in top and bottom.
     */
    private static double needed(CTTableCell cell, double column) {
        var pr = cell.getTcPr();
        double left = pr != null && pr.isSetMarL() ? pt(pr.getMarL()) : 7.2;
        double right = pr != null && pr.isSetMarR() ? pt(pr.getMarR()) : 7.2;
        double topInset = pr != null && pr.isSetMarT() ? pt(pr.getMarT()) : 3.6;
        double bottomInset = pr != null && pr.isSetMarB() ? pt(pr.getMarB()) : 3.6;
        double width = column - left - right;
        double total = 0;
        for (CTTextParagraph p : cell.getTxBody().getPList()) {
            StringBuilder text = new StringBuilder();
            double size = 18;
            for (CTRegularTextRun run : p.getRList()) {
                text.append(run.getT());
                if (run.getRPr() != null && run.getRPr().isSetSz()) {
                    size = run.getRPr().getSz() / 100.0;
                }
            }
            total += height(text.toString(), size, width);
        }
        return total + topInset + bottomInset;
    }

    /** A DrawingML coordinate, written in EMUs, in points. */
    private static double pt(Object emu) {
        return Double.parseDouble(emu.toString()) / EMU;
    }

    /** The text's lines as AWT breaks them, each of its script's line height. */
    private static double height(String s, double size, double width) {
        if (s.isEmpty()) {
            return size * LATIN_LINE;
        }
        AttributedString text = new AttributedString(s);
        text.addAttribute(TextAttribute.FONT, face.deriveFont((float) size));
        LineBreakMeasurer measurer = new LineBreakMeasurer(text.getIterator(),
                java.text.BreakIterator.getLineInstance(Locale.JAPANESE), new FontRenderContext(null, true, true));
        double height = 0;
        while (measurer.getPosition() < s.length()) {
            int start = measurer.getPosition();
            measurer.nextLayout((float) width);
            boolean japanese = s.substring(start, measurer.getPosition()).codePoints().anyMatch(ch ->
                    Character.isIdeographic(ch) || Character.UnicodeScript.of(ch) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(ch) == Character.UnicodeScript.KATAKANA);
            height += size * (japanese ? CJK_LINE : LATIN_LINE);
        }
        return height;
    }
}
