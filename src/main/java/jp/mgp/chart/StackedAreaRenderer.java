package jp.mgp.chart;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;

/**
 * Draws a stacked chart's series as areas on each other, in the order of the chart (the first at the bottom), each
 * in its series' colour read from the dataset the plot holds when drawn. For parts that make up a whole: the
 * labour gap filled by robots, by reskilling, and what remains stack up to the whole gap.
 */
final class StackedAreaRenderer extends StackedXYAreaRenderer2 {

    private static final long serialVersionUID = 1L;

    /** A little of the grid shows through, so the years stay readable across the areas. */
    private static final int ALPHA = 215;

    StackedAreaRenderer() {
        setRoundXCoordinates(true);
    }

    @Override
    public Paint lookupSeriesPaint(int series) {
        XYPlot plot = getPlot();
        Color c = (Color) ProjectionCharts.colour((ResultDataset) plot.getDataset(plot.getIndexOf(this)), series);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), ALPHA);
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
