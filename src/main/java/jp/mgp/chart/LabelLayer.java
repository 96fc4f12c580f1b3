package jp.mgp.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

import jp.mgp.presentation.Theme;

/**
 * Draws a chart's labels where they cover no data and no other label: the reference lines' labels and the figures
 * a source reports beside the curve ({@link ReportedLabel}). Each label tries a few places near what it labels, in
 * order of preference, and takes the first whose box crosses no line segment, no point marker and no label placed
 * before it (the least crowded if none is clear); the places and the rule are {@link LabelPlaces}, which the
 * native slide charts share. "Source: ¥55.0 tn" was struck through by the robots line, and
 * the labour gap's sourced 2040 diamond hid behind the reference line's label.
 */
final class LabelLayer extends OwnAnnotation {

    private static final long serialVersionUID = 1L;

    /** Half the side of the square kept clear around every point: the sourced diamond is 14 px across. */
    static final double MARKER = 7.5;
    private static final double PAD = 2;

    /** The boxes of the last drawing, for tests and tooltips: label text and box in Java2D space. */
    record Placed(String text, Rectangle2D box) {
    }

    private transient List<Placed> placed = List.of();

    List<Placed> lastPlaced() {
        return placed;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis, int index,
                     PlotRenderingInfo info) {
        LabelPlaces obstacles = obstacles(plot, area, xAxis, yAxis);
        List<Placed> done = new ArrayList<>();
        Collection<?> markers = plot.getRangeMarkers(0, Layer.FOREGROUND);
        if (markers != null) {
            for (Object m : markers) {
                if (m instanceof ValueMarker marker && marker.getLabel() != null) {
                    reference(g2, marker, area, yAxis, plot, obstacles, done);
                }
            }
        }
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof ReportedLabel label) {
                reported(g2, label, area, xAxis, yAxis, plot, obstacles, done);
            }
        }
        placed = List.copyOf(done);
    }

    private static void reference(Graphics2D g2, ValueMarker marker, Rectangle2D area, ValueAxis yAxis, XYPlot plot,
                                  LabelPlaces obstacles, List<Placed> done) {
        double y = yAxis.valueToJava2D(marker.getValue(), area, plot.getRangeAxisEdge());
        Font font = marker.getLabelFont();
        Size size = Size.of(g2, font, marker.getLabel());
        Rectangle2D box = obstacles.best(LabelPlaces.alongLine(area, y, size.w, size.h), area);
        done.add(new Placed(marker.getLabel(), box));
        obstacles.placed(box);
        g2.setPaint(Theme.awt(Theme.WHITE, 230));
        g2.fill(box);
        text(g2, font, marker.getLabelPaint(), marker.getLabel(), box, size);
    }

    private static void reported(Graphics2D g2, ReportedLabel label, Rectangle2D area, ValueAxis xAxis,
                                 ValueAxis yAxis, XYPlot plot, LabelPlaces obstacles, List<Placed> done) {
        double px = xAxis.valueToJava2D(label.year(), area, plot.getDomainAxisEdge());
        double py = yAxis.valueToJava2D(label.getY(), area, plot.getRangeAxisEdge());
        double tick = Math.abs(xAxis.valueToJava2D(label.year() + 0.3, area, plot.getDomainAxisEdge()) - px);
        Size size = Size.of(g2, label.getFont(), label.getText());
        Rectangle2D box = obstacles.beside(px, py, tick, MARKER, size.w, size.h, area);
        done.add(new Placed(label.getText(), box));
        obstacles.placed(box);
        Line2D leader = LabelPlaces.leader(box, px, py, tick);
        if (leader != null) {
            g2.setPaint(label.getPaint());
            g2.setStroke(new BasicStroke(0.75f));
            g2.draw(leader);
        }
        text(g2, label.getFont(), label.getPaint(), label.getText(), box, size);
    }

    private static void text(Graphics2D g2, Font font, Paint paint, String s, Rectangle2D box, Size size) {
        g2.setFont(font);
        g2.setPaint(paint == null ? Color.BLACK : paint);
        g2.drawString(s, (float) (box.getX() + PAD), (float) (box.getY() + PAD + size.ascent));
    }

    /** A label's box with its padding; {@code ascent} from the top of the box's text to its baseline. */
    private record Size(double w, double h, double ascent) {
        static Size of(Graphics2D g2, Font font, String s) {
            FontMetrics m = g2.getFontMetrics(font);
            return new Size(m.getStringBounds(s, g2).getWidth() + 2 * PAD, m.getAscent() + m.getDescent() + 2 * PAD,
                    m.getAscent());
        }
    }

    /** What labels must not cover: every visible line's segments and every point's marker, in Java2D space. */
    static LabelPlaces obstacles(XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
        LabelPlaces o = new LabelPlaces();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            XYItemRenderer renderer = plot.getRenderer(d);
            if (data == null || renderer == null) {
                continue;
            }
            boolean points = renderer instanceof ProvenanceRenderer;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (!renderer.isSeriesVisible(s)) {
                    continue;
                }
                double lastX = Double.NaN;
                double lastY = Double.NaN;
                for (int i = 0; i < data.getItemCount(s); i++) {
                    double y = data.getYValue(s, i);
                    if (!Double.isFinite(y)) {
                        lastX = Double.NaN;
                        continue;
                    }
                    double x = xAxis.valueToJava2D(data.getXValue(s, i), area, plot.getDomainAxisEdge());
                    double jy = yAxis.valueToJava2D(y, area, plot.getRangeAxisEdge());
                    if (Double.isFinite(lastX)) {
                        o.line(new Line2D.Double(lastX, lastY, x, jy));
                    }
                    if (points) {
                        o.marker(new Rectangle2D.Double(x - MARKER, jy - MARKER, 2 * MARKER, 2 * MARKER));
                    }
                    lastX = x;
                    lastY = jy;
                }
            }
        }
        Collection<?> lines = plot.getRangeMarkers(0, Layer.FOREGROUND);
        if (lines != null) {
            for (Object m : lines) {
                if (m instanceof ValueMarker marker) {
                    double y = yAxis.valueToJava2D(marker.getValue(), area, plot.getRangeAxisEdge());
                    o.line(new Line2D.Double(area.getX(), y, area.getMaxX(), y));
                }
            }
        }
        return o;
    }
}
