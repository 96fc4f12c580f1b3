package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.chart.FanBands;
import jp.mgp.chart.FanDataset;
import jp.mgp.engine.FanResult;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/** Uncertainty fans on the exported charts: the window's bands, with the engine's figures for the file's seed. */
class FanChartExportTest {

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    @Test
    void anExportedChartsPlotHoldsTheWindowsTwoBandsWithTheEnginesQuantiles() {
        ProjectionResult result = new ProjectionEngine().project(projection, "base");
        ChartSpec markets = result.effective().charts().stream().filter(c -> c.id().equals("markets")).findFirst()
                .orElseThrow();
        JFreeChart chart = FanExport.chart(markets, result, Locale.ENGLISH, FanExport.simulate(projection, "base"));
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDatasetCount()).isEqualTo(3);
        FanDataset outer = (FanDataset) plot.getDataset(1);
        FanDataset inner = (FanDataset) plot.getDataset(2);
        FanResult fan = Simulation.run(projection, "base", SimulationSettings.of(projection).withThreads(1),
                SimulationMonitor.NONE);
        int s = fan.seriesIndex("physical-ai");
        int band = -1;
        for (int i = 0; i < outer.getSeriesCount(); i++) {
            if (outer.series(i).id().equals("physical-ai")) {
                band = i;
            }
        }
        assertThat(band).isNotNegative();
        assertThat(fan.series(s).unit()).isEqualTo(markets.unit());
        int y2040 = fan.yearIndex(2040);
        assertThat(outer.getX(band, y2040).intValue()).isEqualTo(2040);
        assertThat(outer.getStartYValue(band, y2040)).isEqualTo(fan.quantile(s, y2040, FanResult.P5));
        assertThat(outer.getEndYValue(band, y2040)).isEqualTo(fan.quantile(s, y2040, FanResult.P95));
        assertThat(inner.getStartYValue(band, y2040)).isEqualTo(fan.quantile(s, y2040, FanResult.P10));
        assertThat(inner.getEndYValue(band, y2040)).isEqualTo(fan.quantile(s, y2040, FanResult.P90));
        assertThat(inner.getYValue(band, y2040)).isEqualTo(fan.quantile(s, y2040, FanResult.P50));
        assertThat(outer.getStartYValue(band, y2040)).isLessThan(inner.getStartYValue(band, y2040));
        // Under the chart, what the bands are a simulation of.
        assertThat(((org.jfree.chart.title.TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText())
                .isEqualTo("Bands P5\u2013P95 and P10\u2013P90, line P50: Simulation of the file's stated ranges"
                        + " (assumptions), not sourced figures: 10,000 paths, seed 2040");
    }

    @Test
    void aChartOfCertainSeriesGetsNoBandAndNoNoteAboutOne() {
        ProjectionResult result = new ProjectionEngine().project(projection, "base");
        ChartSpec gap = result.effective().charts().stream().filter(c -> c.id().equals("labour-gap")).findFirst()
                .orElseThrow();
        JFreeChart plain = FanExport.chart(gap, result, Locale.ENGLISH, null);
        JFreeChart fanned = FanExport.chart(gap, result, Locale.ENGLISH, FanExport.simulate(projection, "base"));
        assertThat(((FanDataset) fanned.getXYPlot().getDataset(1)).getSeriesCount()).isZero();
        assertThat(fanned.getSubtitleCount()).isEqualTo(plain.getSubtitleCount());
    }

    @Test
    void withoutFansAnExportedChartHasOnlyItsOwnLines() {
        ProjectionResult result = new ProjectionEngine().project(projection, "base");
        ChartSpec markets = result.effective().charts().stream().filter(c -> c.id().equals("markets")).findFirst()
                .orElseThrow();
        JFreeChart chart = FanExport.chart(markets, result, Locale.ENGLISH, null);
        assertThat(chart.getXYPlot().getDatasetCount()).isEqualTo(1);
    }

    @Test
    void aPngWithFansIsDrawnWithTheBandsAndAPdfSaysWhatTheySimulate() throws IOException {
        Path plain = dir.resolve("plain.png");
        Path fanned = dir.resolve("fanned.png");
        Exporter.Request png = new Exporter.Request(ExportFormat.PNG, List.of("markets"), Locale.ENGLISH, 960, 540,
                1, null, false);
        Exporter.export(projection, "base", png, plain);
        Exporter.export(projection, "base", png.withFans(true), fanned);
        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(fanned.toFile());
        int differ = 0;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                differ += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        // The bands cover a good part of the plot, not a few pixels of a note.
        assertThat(differ).isGreaterThan(a.getWidth() * a.getHeight() / 50);

        Path pdf = dir.resolve("report.pdf");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PDF, Locale.ENGLISH)
                .withCharts(List.of("markets")).withFans(true), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc).replaceAll("\\s+", " ")).contains("10,000 paths, seed 2040");
        }
    }
}
