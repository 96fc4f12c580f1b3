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
 * with its unit: a box inside the chart's plot, at its top, on the side away from the mouse, one line per series
 * (a long name wraps within the box). In the toolbar beside the chart's buttons it was cut to "Multipurpose
 * robot …" and lost the rest; placed over the chart, below the toolbar, nothing covers it.
 */
final class ChartReadout implements ChartMouseListenerFX {

    private final ChartViewer viewer;
    private final Label readout;
    private final Supplier<Locale> locale;
    /** The mouse's x in the chart (its canvas), which decides the side the box stands on. */
    private double mouseX = Double.NaN;

    /**
     * {@code readout} is laid over the chart by this class: it must be an unmanaged child of the chart's frame (a
     * parent that places it where it is told).
     */
    ChartReadout(ChartViewer viewer, Label readout, Supplier<Locale> locale) {
        this.viewer = viewer;
        this.readout = readout;
        this.locale = locale;
        readout.setManaged(false);
        readout.setMouseTransparent(true);
        readout.setWrapText(true);
        readout.setVisible(false);
        viewer.addChartMouseListener(this);
        // Over the chart, a box left behind when the mouse leaves would hide the lines under it.
        viewer.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> {
            viewer.getChart().getXYPlot().setDomainCrosshairVisible(false);
            readout.setVisible(false);
        });
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
            readout.setVisible(false);
            return;
        }
        mouseX = x;
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
            text.append('\n').append(series.name().get(locale.get())).append("  ")
                    .append(series.unit().format(data.result().value(index, year), locale.get()));
        }
        readout.setText(text.toString());
        readout.setVisible(true);
        place();
    }

    /**
     * Sizes the box to its text (at most half the plot's width, wider only when its lines would not fit the plot's
     * height) and puts it at the plot's top, on the side away from the mouse, kept within the chart.
     */
    private void place() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null || readout.getParent() == null) {
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        javafx.scene.Node canvas = viewer.getCanvas();
        javafx.geometry.Point2D topLeft = readout.getParent().sceneToLocal(canvas.localToScene(area.getMinX(),
                area.getMinY()));
        javafx.geometry.Bounds chart = readout.getParent().sceneToLocal(viewer.localToScene(
                viewer.getLayoutBounds()));
        readout.applyCss();
        double margin = Math.ceil(readout.getFont().getSize() / 2);
        double room = Math.max(0, Math.min(area.getWidth(), chart.getWidth()) - 2 * margin);
        double width = Math.min(readout.prefWidth(-1), room / 2);
        if (readout.prefHeight(width) > area.getHeight() - 2 * margin) {
            width = Math.min(readout.prefWidth(-1), room);
        }
        double height = readout.prefHeight(width);
        readout.resize(width, height);
        boolean mouseOnRight = Double.isNaN(mouseX) || mouseX > area.getCenterX();
        double x = mouseOnRight ? topLeft.getX() + margin : topLeft.getX() + area.getWidth() - margin - width;
        x = Math.max(chart.getMinX(), Math.min(x, chart.getMaxX() - width));
        double y = Math.max(chart.getMinY(), Math.min(topLeft.getY() + margin, chart.getMaxY() - height));
        readout.relocate(Math.round(x), Math.round(y));
    }
}
