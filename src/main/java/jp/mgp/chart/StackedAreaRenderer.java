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

    /**
     * A reference line without its label, as {@link ProvenanceRenderer} draws it: the chart's {@link LabelLayer}
     * places the label. Drawn here as well, the labour gap's "Shortfall in 2040" stood twice, one above the other.
     */
    @Override
    public void drawRangeMarker(java.awt.Graphics2D g2, XYPlot plot, org.jfree.chart.axis.ValueAxis axis,
                                org.jfree.chart.plot.Marker marker, java.awt.geom.Rectangle2D area) {
        super.drawRangeMarker(g2, plot, axis, ProvenanceRenderer.lineOnly(marker), area);
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
