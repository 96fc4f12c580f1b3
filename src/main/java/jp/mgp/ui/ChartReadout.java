package jp.mgp.ui;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.scene.control.Label;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import jp.mgp.chart.ProjectionCharts;
import jp.mgp.chart.ResultDataset;
import jp.mgp.model.Series;

/**
 * A crosshair that follows the mouse to the nearest year and a read-out of every visible line's value there,
 * with its unit, in the chart's toolbar.
 */
final class ChartReadout implements ChartMouseListenerFX {

    private final ChartViewer viewer;
    private final Label readout;
    private final Supplier<Locale> locale;

    ChartReadout(ChartViewer viewer, Label readout, Supplier<Locale> locale) {
        this.viewer = viewer;
        this.readout = readout;
        this.locale = locale;
        viewer.addChartMouseListener(this);
    }

    @Override
    public void chartMouseClicked(ChartMouseEventFX event) {
        // The read-out follows the mouse; a click adds nothing.
    }

    @Override
    public void chartMouseMoved(ChartMouseEventFX event) {
        JFreeChart chart = viewer.getChart();
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double x = event.getTrigger().getX();
        XYPlot plot = chart.getXYPlot();
        if (!area.contains(x, event.getTrigger().getY())) {
            plot.setDomainCrosshairVisible(false);
            readout.setText("");
            return;
        }
        int year = (int) Math.round(plot.getDomainAxis().java2DToValue(x, area, RectangleEdge.BOTTOM));
        show(chart, year);
    }

    /** Puts the crosshair on {@code year} and lists the visible lines' values there. */
    void show(JFreeChart chart, int year) {
        XYPlot plot = chart.getXYPlot();
        ResultDataset data = ProjectionCharts.dataset(chart);
        if (year < data.result().firstYear() || year > data.result().lastYear()) {
            return;
        }
        plot.setDomainCrosshairVisible(true);
        plot.setDomainCrosshairValue(year);
        StringBuilder text = new StringBuilder(Integer.toString(year));
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (!plot.getRenderer().isSeriesVisible(s)) {
                continue;
            }
            Series series = data.series(s);
            int index = data.result().seriesIndex(series.id());
            text.append("   ").append(series.name().get(locale.get())).append(' ')
                    .append(series.unit().format(data.result().value(index, year), locale.get()));
        }
        readout.setText(text.toString());
    }
}
