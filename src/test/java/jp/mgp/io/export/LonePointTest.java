package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STMarkerStyle;

import jp.mgp.Fixtures;
import jp.mgp.io.json.ProjectionFiles;

/**
 * A value no line joins to another: the years on both sides of it could not be computed. The native chart drew a
 * line's value only in its solid or its dashed part, each needing a neighbour, so with the 2030 deficit typed as +10
 * (2025-2029 not computed) METI's sourced 2024 figure of -6.7 was on no part and missing from the slide, while the
 * pictures showed it.
 */
class LonePointTest {

    @TempDir
    Path dir;

    private static final double NaN = Double.NaN;

    @Test
    void aValueWithoutNeighboursIsDrawnAsAPointOfTheSolidPart() {
        double[] values = {-6.7, NaN, NaN, 10.0, 10.7, 11.4};
        boolean[] projected = {false, false, false, false, true, true};
        boolean[] sourced = {true, false, false, true, false, false};
        ChartContent.Line line = new ChartContent.Line("d", "Deficit", "#8e44ad", values, projected, sourced, "", "");
        List<ChartPart> parts = ChartPart.of(line, "#8e44ad", "projected");
        ChartPart solid = parts.get(0);
        assertThat(solid.dashed()).isFalse();
        assertThat(solid.values()).containsExactly(-6.7, NaN, NaN, NaN, NaN, NaN);
        assertThat(solid.lone(0)).isTrue();
        ChartPart dashed = parts.get(1);
        assertThat(dashed.values()).containsExactly(NaN, NaN, NaN, 10.0, 10.7, 11.4);
        assertThat(dashed.lone(3)).isFalse();
        // Joined values are not lone, and nothing is drawn twice.
        assertThat(solid.lone(3)).isFalse();
    }

    @Test
    void theSourcedFigureBesideYearsNotComputedIsOnTheSlideWithItsDiamond() throws Exception {
        Path out = dir.resolve("deck.pptx");
        Exporter.export(ProjectionFiles.read(Fixtures.deficitTypedPositive(dir)), "base",
                new Exporter.Request(ExportFormat.PPTX, List.of("digital-deficit"), Locale.ENGLISH,
                        ChartRendering.SLIDE_WIDTH, ChartRendering.SLIDE_HEIGHT, 1, null, false), out);
        try (InputStream in = Files.newInputStream(out); XMLSlideShow deck = new XMLSlideShow(in)) {
            XSLFChart chart = deck.getCharts().get(0);
            List<CTLineSer> deficit = chart.getCTChart().getPlotArea().getLineChartArray(0).getSerList().stream()
                    .filter(s -> s.getTx().getStrRef().getStrCache().getPtArray(0).getV()
                            .startsWith("Digital deficit")).toList();
            CTLineSer with2024 = deficit.stream().filter(s -> s.getVal().getNumRef().getNumCache().getPtList()
                    .stream().anyMatch(p -> p.getIdx() == 0)).findFirst()
                    .orElseThrow(() -> new AssertionError("2024's -6.7 is on no part of the deficit's line"));
            CTNumVal first = with2024.getVal().getNumRef().getNumCache().getPtList().stream()
                    .filter(p -> p.getIdx() == 0).findFirst().orElseThrow();
            assertThat(Double.parseDouble(first.getV())).isEqualTo(-6.7);
            CTDPt point = with2024.getDPtList().stream().filter(d -> d.getIdx().getVal() == 0).findFirst()
                    .orElseThrow();
            assertThat(point.getMarker().getSymbol().getVal()).isEqualTo(STMarkerStyle.DIAMOND);
        }
    }
}
