package jp.mgp.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The label of a figure a source reports beside the curve ("Source: ¥35.0 tn"): its text, and the place it would
 * take left of the figure's tick. The chart's {@link LabelLayer} draws it, where it covers no line and no other
 * label, so it does not draw itself.
 */
final class ReportedLabel extends XYTextAnnotation {

    private static final long serialVersionUID = 1L;

    private final int year;

    ReportedLabel(String text, int year, double y) {
        super(text, year - 0.3, y);
        this.year = year;
    }

    int year() {
        return year;
    }

    /** Drawn by the chart's {@link LabelLayer}, among all labels at once. */
    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        // Nothing here: placed with the others, so that no two labels cover each other.
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
