package jp.mgp.io.export;

import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

import jp.mgp.chart.FanBands;
import jp.mgp.chart.FanLayer;
import jp.mgp.chart.ProjectionCharts;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.Projection;

/**
 * The fans an export carries: the simulation the window's fans come from, with the file's own seed and path count,
 * so a file exported twice, or exported and looked at in the window, holds the same figures.
 */
final class FanExport {

    private FanExport() {
    }

    /** The bands of scenario {@code scenarioId} (null: the file's default), with the file's seed and paths. */
    static FanBands simulate(Projection projection, String scenarioId) {
        return FanBands.of(Simulation.run(projection, scenarioId, SimulationSettings.of(projection),
                SimulationMonitor.NONE));
    }

    /** "Simulation of the file's stated ranges (assumptions): N paths, seed S", in {@code text}'s language. */
    static String basis(FanBands bands, ProvenanceText text) {
        // The paths are a count, grouped as the reader's language groups numbers ("10,000"); the seed is a name,
        // given digit for digit.
        return text.format("fan.basis", java.text.NumberFormat.getIntegerInstance(text.locale())
                .format(bands.fan().paths()), Long.toString(bands.fan().seed()));
    }

    /**
     * The chart as the window draws it; with {@code bands} (not null) also its fans, the window's own
     * {@link FanLayer}, and under the chart a line saying what they simulate, where a band is drawn (a chart of
     * series nothing uncertain moves gets neither). A stacked chart has no fans, as in the window.
     */
    static JFreeChart chart(ChartSpec spec, ProjectionResult result, Locale locale, FanBands bands) {
        JFreeChart chart = ProjectionCharts.create(spec, result, locale);
        if (bands == null) {
            return chart;
        }
        FanLayer layer = FanLayer.attach(chart, spec, result);
        if (layer != null) {
            layer.show(bands);
        }
        if (layer != null && layer.outer().getSeriesCount() > 0) {
            ProvenanceText text = new ProvenanceText(locale);
            // Styled as the line of kinds just above it, the chart's last subtitle.
            TextTitle kinds = (TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1);
            TextTitle note = new TextTitle(text.format("fan.chart", basis(bands, text)), kinds.getFont());
            note.setPaint(kinds.getPaint());
            note.setPosition(kinds.getPosition());
            note.setPadding(kinds.getPadding());
            chart.addSubtitle(note);
        }
        return chart;
    }
}
