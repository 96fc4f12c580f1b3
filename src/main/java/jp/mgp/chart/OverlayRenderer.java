package jp.mgp.chart;

import java.awt.Paint;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Draws another scenario laid over a chart: lines only, each in its series' colour, read from the dataset the
 * plot holds when drawn so a later edit's colours show too.
 */
final class OverlayRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    OverlayRenderer() {
        super(true, false);
    }

    @Override
    public Paint lookupSeriesPaint(int series) {
        XYPlot plot = getPlot();
        return ProjectionCharts.colour((ResultDataset) plot.getDataset(plot.getIndexOf(this)), series);
    }

    @Override
    public boolean equals(Object obj) {
        return super.equals(obj);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
