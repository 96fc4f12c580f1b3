package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;

/**
 * The labour-gap chart's stacked parts leave mgp as native stacked areas in the deck, with their numbers in the
 * chart's workbook and the reference line still a line, and draw in every picture format.
 */
class StackedExportTest {

    @TempDir
    Path dir;

    @Test
    void theDeckHoldsNativeStackedAreasAndTheReferenceLine() throws Exception {
        Path out = dir.resolve("deck.pptx");
        Exporter.export(Fixtures.defaultProjection(), "base", Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH),
                out);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            assertThat(ppt.getSlides().get(3).getTitle()).isEqualTo("How the labour gap is filled (Japan)");
            XSLFChart chart = ppt.getSlides().get(3).getRelations().stream().filter(XSLFChart.class::isInstance)
                    .map(XSLFChart.class::cast).findFirst().orElseThrow();
            assertThat(chart.getChartSeries()).hasSize(2);
            XDDFAreaChartData areas = (XDDFAreaChartData) chart.getChartSeries().get(0);
            assertThat(areas.getGrouping()).isEqualTo(Grouping.STACKED);
            assertThat(areas.getSeriesCount()).isEqualTo(3);
            XDDFLineChartData lines = (XDDFLineChartData) chart.getChartSeries().get(1);
            assertThat(lines.getSeriesCount()).isEqualTo(1);
            assertThat(lines.getSeries(0).getValuesData().getPointAt(0).doubleValue()).isEqualTo(2_000_000);
            try (XSSFWorkbook book = chart.getWorkbook()) {
                Row header = book.getSheetAt(0).getRow(0);
                assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Labour filled by robots (Japan) (people)");
                assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Labour filled by reskilling (Japan) (people)");
                assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Labour gap remaining (Japan) (people)");
                assertThat(header.getCell(4).getStringCellValue()).startsWith("Shortfall in 2040");
                Row y2040 = book.getSheetAt(0).getRow(2040 - 2024 + 1);
                // 1,243,390 + 500,000 + 256,610 = the sourced 2,000,000 (LabourChainTest works these out).
                assertThat(y2040.getCell(1).getNumericCellValue()).isCloseTo(1_243_390, within(1.0));
                assertThat(y2040.getCell(2).getNumericCellValue()).isEqualTo(500_000);
                assertThat(y2040.getCell(1).getNumericCellValue() + y2040.getCell(2).getNumericCellValue()
                        + y2040.getCell(3).getNumericCellValue()).isCloseTo(2_000_000, within(1e-6));
            }
            String xml = chart.getCTChartSpace().xmlText();
            // The legend hides no area: only a line chart's projected stretches are left out of it.
            assertThat(xml).doesNotContain("<c:delete val=\"true\"/>");
        }
    }

    @Test
    void everyFormatTakesTheStackedChart() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Path out = dir.resolve("labour." + format.name().toLowerCase(Locale.ROOT));
            Exporter.export(Fixtures.defaultProjection(), "base", Exporter.Request.of(format, Locale.JAPANESE)
                    .withCharts(java.util.List.of("labour-gap-filled")), out);
            assertThat(Files.size(out)).as("%s", format).isGreaterThan(1000);
        }
    }

    /**
     * The stacked chart's reference line is labelled once, in both languages: the PDF's labour-gap page read
     * "Shortfall in 2040 ≈ 2.0 m people" twice, one above the other, as the stacked renderer drew JFreeChart's own
     * label and the label layer placed it again.
     */
    @Test
    void theStackedChartLabelsItsReferenceLineOnce() throws Exception {
        jp.mgp.model.Projection p = Fixtures.defaultProjection();
        jp.mgp.engine.ProjectionResult r = new jp.mgp.engine.ProjectionEngine().project(p, "base");
        java.util.List<jp.mgp.model.ChartSpec> stacked = r.effective().charts().stream()
                .filter(jp.mgp.model.ChartSpec::stacked).toList();
        assertThat(stacked).hasSize(1);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            String label = p.referenceLine("labour-gap-2040").orElseThrow().label().get(locale);
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                    PdfReport.write(stacked, r, locale, 960, 540))) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                String page = stripper.getText(pdf);
                assertThat(page.split(java.util.regex.Pattern.quote(label), -1).length - 1).as(locale + ": " + page)
                        .isEqualTo(1);
            }
        }
    }

    /**
     * The footnote under a chart (deck, PDF) ends with what its dashes mean; the stacked chart draws none, and its
     * footnote said "Dashed: years beyond the last sourced figure..." all the same. It now says what its areas are.
     */
    @Test
    void theStackedChartsFootnoteExplainsNoDashes() {
        jp.mgp.model.Projection p = Fixtures.defaultProjection();
        jp.mgp.engine.ProjectionResult base = new jp.mgp.engine.ProjectionEngine().project(p, "base");
        jp.mgp.model.ChartSpec stacked = p.charts().stream().filter(c -> c.id().equals("labour-gap-filled"))
                .findFirst().orElseThrow();
        jp.mgp.model.ChartSpec lines = p.charts().stream().filter(c -> c.id().equals("labour-gap"))
                .findFirst().orElseThrow();
        assertThat(ChartContent.of(stacked, base, new ProvenanceText(Locale.ENGLISH)).footnote().dashed())
                .isEqualTo("Stacked areas: each adds to those below it, the top edge being their total; what each"
                        + " rests on is listed above.");
        assertThat(ChartContent.of(stacked, base, new ProvenanceText(Locale.JAPANESE)).footnote().dashed())
                .isEqualTo("積み上げ面：各面は下の面の上に積み上がり、上端がその合計。各系列の根拠は上記のとおり。");
        assertThat(ChartContent.of(lines, base, new ProvenanceText(Locale.ENGLISH)).footnote().dashed())
                .isEqualTo("Dashed: years beyond the last sourced figure or resting on an assumption.");
    }
}
