package jp.mgp.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.XYAnnotationBoundsInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * The values of a chart's reference lines, for its value axis to take in. The lines are drawn as markers, which
 * JFreeChart's automatic range leaves out, so a line outside the curves' range was off the plot in the window
 * while the deck (which draws it as a series) showed it. This draws nothing; it only says which values to show.
 */
final class ReferenceExtent extends OwnAnnotation implements XYAnnotationBoundsInfo {

    private final Range values;

    ReferenceExtent(Range values) {
        this.values = values;
    }

    @Override
    public boolean getIncludeInDataBounds() {
        return true;
    }

    @Override
    public Range getXRange() {
        return null;
    }

    @Override
    public Range getYRange() {
        return values;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        // Nothing to draw: the markers draw the lines.
    }
}
