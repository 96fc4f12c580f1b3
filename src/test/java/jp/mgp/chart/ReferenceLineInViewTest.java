package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.StructureEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Unit;

/**
 * A reference line picked for a chart is in the window's view, as it is in the deck: the deck draws it as a
 * series, whose value the axis takes in, but the window drew it as a marker, which JFreeChart's automatic range
 * leaves out, so a line outside the curves' range (crude-oil imports at -6.9 兆円 on the markets chart, a target
 * of 80 兆円 above them) was drawn off the plot.
 */
class ReferenceLineInViewTest {

    private final ProjectionEngine engine = new ProjectionEngine();

    private Range rangeWith(Projection p, String chartId) {
        ChartSpec spec = p.charts().stream().filter(c -> c.id().equals(chartId)).findFirst().orElseThrow();
        JFreeChart chart = ProjectionCharts.create(spec, engine.project(p, "base"), Locale.ENGLISH);
        return chart.getXYPlot().getRangeAxis().getRange();
    }

    @Test
    void aLineBelowTheCurvesIsInTheView() {
        Projection p = Fixtures.defaultProjection();
        ChartSpec markets = p.charts().get(0);
        Projection q = StructureEdits.putChart(p, new ChartSpec(markets.id(), markets.title(), markets.series(),
                List.of("crude-oil-imports"), markets.unit(), false));
        assertThat(rangeWith(q, "markets").contains(-6.9)).as("range %s", rangeWith(q, "markets")).isTrue();
    }

    @Test
    void aLineAboveTheCurvesIsInTheViewAndFollowsAnEdit() {
        Projection p = Fixtures.defaultProjection();
        ReferenceLine target = new ReferenceLine("target", LocalizedText.of("Target"), 80, Unit.JPY_TRILLION,
                Kind.ASSUMPTION, null);
        Projection q = StructureEdits.putReferenceLine(p, target, "markets");
        assertThat(rangeWith(q, "markets").contains(80)).as("range %s", rangeWith(q, "markets")).isTrue();
        // The same chart given a result where the line has moved takes in the new value.
        ChartSpec spec = q.charts().get(0);
        JFreeChart chart = ProjectionCharts.create(spec, engine.project(q, "base"), Locale.ENGLISH);
        Projection moved = StructureEdits.putReferenceLine(q, new ReferenceLine("target", LocalizedText.of("Target"),
                120, Unit.JPY_TRILLION, Kind.ASSUMPTION, null), null);
        ProjectionCharts.dataset(chart).setResult(engine.project(moved, "base"));
        assertThat(chart.getXYPlot().getRangeAxis().getRange().contains(120)).isTrue();
    }
}
