package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * The labour-gap chart stacks its parts as areas: filled by robots, by reskilling, and what remains, which add
 * up to the whole gap, so the top of the stack is the sourced 2,000,000 in 2040. A chart of lines stays lines.
 */
class StackedChartTest {

    private final Projection shipped = Fixtures.defaultProjection();
    private final ProjectionResult base = new ProjectionEngine().project(shipped, "base");

    private ChartSpec chart(String id) {
        return shipped.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void thePartsStackUpToTheWholeGap() {
        JFreeChart chart = ProjectionCharts.create(chart("labour-gap-filled"), base, Locale.ENGLISH);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getRenderer()).isInstanceOf(StackedAreaRenderer.class);
        Range stacked = plot.getDataRange(plot.getRangeAxis());
        // The stack's top is the whole gap: 2,000,000 in 2040 (its bottom a little below 0 in 2024, where the
        // robots of the first year are set against a gap that only opens then).
        assertThat(stacked.getUpperBound()).isCloseTo(2_000_000, within(1e-6));
        assertThat(stacked.getLowerBound()).isCloseTo(-1_442.7, within(0.1));
        // Each area in its series' colour, the first (robots) at the bottom.
        Color robots = (Color) ((StackedAreaRenderer) plot.getRenderer()).lookupSeriesPaint(0);
        assertThat(String.format("#%02x%02x%02x", robots.getRed(), robots.getGreen(), robots.getBlue()))
                .isEqualTo("#2e8b57");
        assertThat(chart.getLegend().getSources()[0].getLegendItems().get(0).getLabel())
                .startsWith("Labour filled by robots (Japan)");
    }

    @Test
    void aChartOfLinesIsNotStacked() {
        JFreeChart chart = ProjectionCharts.create(chart("labour-gap"), base, Locale.ENGLISH);
        assertThat(chart.getXYPlot().getRenderer()).isInstanceOf(ProvenanceRenderer.class);
        assertThat(chart.getXYPlot().getDataRange(chart.getXYPlot().getRangeAxis()).getUpperBound())
                .isEqualTo(2_000_000);
    }

    /** The texts under a chart's plot: its legend's key line among them. */
    private static java.util.List<String> keyLines(JFreeChart chart) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t
                    && t.getPosition() == org.jfree.chart.ui.RectangleEdge.BOTTOM) {
                lines.add(t.getText());
            }
        }
        return lines;
    }

    /**
     * The stacked renderer draws areas only, without point marks or dashes: its key said "◆ sourced ● derived
     * ○ assumption dashed: beyond the sources" all the same. It now says what the areas are, in both languages,
     * and a chart of lines keeps its key of marks and dashes.
     */
    @Test
    void theStackedChartsKeyNamesNoMarksOrDashesItDoesNotDraw() {
        assertThat(keyLines(ProjectionCharts.create(chart("labour-gap-filled"), base, Locale.ENGLISH)))
                .containsExactly("stacked: each area adds to those below it; the top edge is their total");
        assertThat(keyLines(ProjectionCharts.create(chart("labour-gap-filled"), base, Locale.JAPANESE)))
                .containsExactly("積み上げ：各面は下の面の上に積み上がり、上端がその合計");
        assertThat(keyLines(ProjectionCharts.create(chart("labour-gap"), base, Locale.ENGLISH))).containsExactly(
                "\u25C6 sourced    \u25CF derived    \u25CB assumption    dashed: beyond the sources");
    }
}
