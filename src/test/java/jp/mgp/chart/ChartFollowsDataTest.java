package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Series;

/**
 * A chart made once follows every later result given to its dataset, as the window's charts do on each edit:
 * the figures labelled beside the curve, the reference lines, the scenario's name, the legend's growth labels
 * and the points' kinds are all read from the new result, none kept from the first.
 */
class ChartFollowsDataTest {

    private static final LocalizedText WHY = LocalizedText.of("typed in a test");

    private final Projection start = Fixtures.defaultProjection();
    private final ProjectionEngine engine = new ProjectionEngine();

    private static ChartSpec chart(Projection p, String id) {
        return p.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> labels(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        chart.getXYPlot().getAnnotations().forEach(a -> {
            if (a instanceof XYTextAnnotation t) {
                texts.add(t.getText());
            }
        });
        return texts;
    }

    private static int anchorIndex(Projection p, String series, int year) {
        List<Anchor> anchors = p.series(series).orElseThrow().anchors();
        for (int i = 0; i < anchors.size(); i++) {
            if (anchors.get(i).year() == year) {
                return i;
            }
        }
        throw new AssertionError(series + " has no anchor in " + year);
    }

    @Test
    void aSourcedFigureTypedOverIsLabelledAsTheAssumptionItBecame() {
        JFreeChart chart = ProjectionCharts.create(chart(start, "markets"), engine.project(start), Locale.ENGLISH);
        // The decks' rounded 35.0 and 55.0 sit beside the curves, which reach 34.9 and 54.8 by the sources' rates.
        assertThat(labels(chart)).containsExactlyInAnyOrder("Source: ¥35.0 tn", "Source: ¥55.0 tn");

        Projection edited = ProjectionEdits.setAnchorValue(start, "vertical-ai",
                anchorIndex(start, "vertical-ai", 2040), 99, WHY);
        List<List<String>> seenAtRepaint = new ArrayList<>();
        chart.addChangeListener(e -> seenAtRepaint.add(labels(chart)));
        ProjectionCharts.dataset(chart).setResult(engine.project(edited));

        assertThat(labels(chart)).containsExactlyInAnyOrder("Assumption: ¥99.0 tn", "Source: ¥55.0 tn");
        // The repaint the new data asks for already draws the new labels, not the old ones.
        assertThat(seenAtRepaint).isNotEmpty().allSatisfy(seen -> assertThat(seen).doesNotContain("Source: ¥35.0 tn"));
        XYTextAnnotation typed = (XYTextAnnotation) chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation t && t.getText().startsWith("Assumption"))
                .findFirst().orElseThrow();
        assertThat(typed.getY()).isEqualTo(99.0);
        assertThat(typed.getX()).isEqualTo(2040 - 0.3);
    }

    @Test
    void aMovedReferenceLineIsDrawnWhereItNowIs() {
        ChartSpec spec = chart(start, "digital-deficit");
        JFreeChart chart = ProjectionCharts.create(spec, engine.project(start), Locale.ENGLISH);
        assertThat(rangeMarkers(chart.getXYPlot())).containsExactly(-6.9);

        ReferenceLine oil = start.referenceLine("crude-oil-imports").orElseThrow();
        List<ReferenceLine> lines = new ArrayList<>(start.referenceLines());
        lines.set(lines.indexOf(oil), new ReferenceLine(oil.id(), LocalizedText.of("Crude oil, doubled"), -13.8,
                oil.unit(), oil.kind(), oil.source()));
        Projection moved = new Projection(start.title(), start.description(), start.firstYear(), start.lastYear(),
                start.series(), start.scenarios(), lines, start.charts(), start.metadata());
        ProjectionCharts.dataset(chart).setResult(engine.project(moved));

        assertThat(rangeMarkers(chart.getXYPlot())).containsExactly(-13.8);
        assertThat(((ValueMarker) chart.getXYPlot().getRangeMarkers(Layer.FOREGROUND).iterator().next())
                .getLabel()).isEqualTo("Crude oil, doubled");
    }

    private static List<Double> rangeMarkers(XYPlot plot) {
        List<Double> values = new ArrayList<>();
        if (plot.getRangeMarkers(Layer.FOREGROUND) != null) {
            for (Object m : plot.getRangeMarkers(Layer.FOREGROUND)) {
                values.add(((ValueMarker) (Marker) m).getValue());
            }
        }
        return values;
    }

    @Test
    void theScenarioLineNamesTheScenarioNowShown() {
        JFreeChart chart = ProjectionCharts.create(chart(start, "markets"), engine.project(start, "base"),
                Locale.ENGLISH);
        assertThat(scenarioLine(chart)).isEqualTo("Scenario: Base (the sources' own rules)");

        ProjectionCharts.dataset(chart).setResult(engine.project(start, "optimistic"));

        assertThat(scenarioLine(chart)).isEqualTo("Scenario: Optimistic");
    }

    private static String scenarioLine(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.isVisible() && t.getText().startsWith("Scenario")) {
                return t.getText();
            }
        }
        return null;
    }

    @Test
    void theLegendAndThePointsFollowAMovedRate() {
        JFreeChart chart = ProjectionCharts.create(chart(start, "markets"), engine.project(start), Locale.ENGLISH);
        XYPlot plot = chart.getXYPlot();
        assertThat(legend(plot, 0)).isEqualTo("Vertical AI market (global)  CAGR 2024–2040: 21.6 %/yr");
        int y2040 = 2040 - start.firstYear();
        ProvenanceRenderer points = (ProvenanceRenderer) plot.getRenderer();
        assertThat(points.getItemShapeFilled(0, y2040)).as("2040 derived by the source's rule").isTrue();

        // 30 %/yr after 2034, an assumption: 10.8 × 1.3^6 = 52.13 in 2040; 2024 stays back-cast at 21.6 %/yr from
        // 10.8 in 2034, 10.8 / 1.216^10 = 1.528; so CAGR 2024–2040 = (52.13 / 1.528)^(1/16) − 1 = 24.7 %.
        Projection faster = ProjectionEdits.setParameter(start, null, "vertical-ai", 1, "rate", 0.30, WHY);
        ProjectionCharts.dataset(chart).setResult(engine.project(faster));

        double cagr = Math.pow(10.8 * Math.pow(1.3, 6) / (10.8 / Math.pow(1.216, 10)), 1.0 / 16) - 1;
        assertThat(String.format(Locale.ROOT, "%.1f", cagr * 100)).isEqualTo("24.7");
        assertThat(legend(plot, 0)).isEqualTo("Vertical AI market (global)  CAGR 2024–2040: 24.7 %/yr");
        assertThat(points.getItemShapeFilled(0, y2040)).as("2040 now an assumption: hollow").isFalse();
    }

    private static String legend(XYPlot plot, int s) {
        LegendItem item = plot.getLegendItems().get(s);
        return item.getLabel();
    }

    @Test
    void aJapaneseChartWordsItsLabelsInJapanese() {
        ProjectionResult result = engine.project(start);
        JFreeChart chart = ProjectionCharts.create(chart(start, "markets"), result, Locale.JAPANESE);
        assertThat(labels(chart)).containsExactlyInAnyOrder("出所：35.0兆円", "出所：55.0兆円");
        Projection edited = ProjectionEdits.setAnchorValue(start, "vertical-ai",
                anchorIndex(start, "vertical-ai", 2040), 99, WHY);
        ProjectionCharts.dataset(chart).setResult(engine.project(edited));
        assertThat(labels(chart)).containsExactlyInAnyOrder("仮定：99.0兆円", "出所：55.0兆円");
    }

    @Test
    void aSeriesGivenAnotherColourIsDrawnInIt() {
        ChartSpec markets = chart(start, "markets");
        JFreeChart chart = ProjectionCharts.create(markets, engine.project(start), Locale.ENGLISH);
        ResultDataset optimistic = ProjectionCharts.overlay(chart, markets, engine.project(start, "optimistic"),
                Locale.ENGLISH, "Optimistic");
        XYPlot plot = chart.getXYPlot();
        Series vertical = start.series("vertical-ai").orElseThrow();
        assertThat(plot.getLegendItems().get(0).getLinePaint()).isEqualTo(Color.decode(vertical.color()));

        Projection black = start.withSeries(new Series(vertical.id(), vertical.name(), vertical.unit(), "#000000",
                vertical.anchors(), vertical.segments(), vertical.derivation()));
        ProjectionCharts.dataset(chart).setResult(engine.project(black));
        optimistic.setResult(engine.project(black, "optimistic"));

        assertThat(plot.getLegendItems().get(0).getLinePaint()).isEqualTo(Color.BLACK);
        assertThat(plot.getRenderer(0).getItemPaint(0, 5)).isEqualTo(Color.BLACK);
        assertThat(plot.getRenderer(1).getItemPaint(0, 5)).as("the scenario laid over").isEqualTo(Color.BLACK);
        assertThat(plot.getRenderer(0).getItemPaint(1, 5)).isEqualTo(
                Color.decode(start.series("physical-ai").orElseThrow().color()));
    }
}
