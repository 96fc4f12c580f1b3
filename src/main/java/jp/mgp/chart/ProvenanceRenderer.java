package jp.mgp.chart;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import jp.mgp.model.Kind;

/**
 * Draws each point by where it comes from: a large filled diamond for a sourced figure, a small filled dot for a
 * value derived by the source's rule, a hollow dot for an assumption; the line is dashed where it projects beyond
 * the last sourced figure or touches an assumed point. Kinds, dashes and colours are read from the dataset the
 * plot holds when drawn, so they follow every edit.
 */
public final class ProvenanceRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    static final Stroke SOLID = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 5f}, 0f);

    public ProvenanceRenderer() {
        super(true, true);
        setDrawSeriesLineAsPath(false);
        setUseOutlinePaint(false);
    }

    /**
     * The dataset this renderer draws, read from its plot each time (as JFreeChart's renderers do) rather than
     * held, so it is always the one the plot shows.
     */
    private ResultDataset dataset() {
        XYPlot plot = getPlot();
        return (ResultDataset) plot.getDataset(plot.getIndexOf(this));
    }

    /** The marker for a kind, centred on the origin; also used by the legend of kinds. */
    public static Shape shape(Kind kind) {
        if (kind == Kind.SOURCED) {
            Path2D.Double d = new Path2D.Double();
            d.moveTo(0, -7);
            d.lineTo(7, 0);
            d.lineTo(0, 7);
            d.lineTo(-7, 0);
            d.closePath();
            return d;
        }
        return new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    }

    /** A series' colour, from the series the dataset holds now (its own, or the palette's by its place). */
    @Override
    public Paint lookupSeriesPaint(int series) {
        return ProjectionCharts.colour(dataset(), series);
    }

    @Override
    public Shape getItemShape(int series, int item) {
        Kind kind = dataset().kind(series, item);
        return shape(kind == null ? Kind.DERIVED : kind);
    }

    @Override
    public boolean getItemShapeFilled(int series, int item) {
        return dataset().kind(series, item) != Kind.ASSUMPTION;
    }

    /** The line into {@code item} is dashed when that step is a projection: the sources do not reach it. */
    @Override
    public Stroke getItemStroke(int series, int item) {
        return item > 0 && dataset().isProjectedStep(series, item - 1) ? DASHED : SOLID;
    }

    /**
     * A reference line without its label: the chart's {@link LabelLayer} places the label where it covers no
     * point or line.
     */
    @Override
    public void drawRangeMarker(java.awt.Graphics2D g2, XYPlot plot, org.jfree.chart.axis.ValueAxis axis,
                                org.jfree.chart.plot.Marker marker, java.awt.geom.Rectangle2D area) {
        super.drawRangeMarker(g2, plot, axis, lineOnly(marker), area);
    }

    /** {@code marker} as its line alone: the same value, paint, stroke and alpha, without the label. */
    static org.jfree.chart.plot.Marker lineOnly(org.jfree.chart.plot.Marker marker) {
        if (marker instanceof org.jfree.chart.plot.ValueMarker v && v.getLabel() != null) {
            org.jfree.chart.plot.ValueMarker line = new org.jfree.chart.plot.ValueMarker(v.getValue(), v.getPaint(),
                    v.getStroke());
            line.setAlpha(v.getAlpha());
            return line;
        }
        return marker;
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
