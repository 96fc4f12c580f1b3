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

import org.jfree.chart.annotations.AbstractXYAnnotation;
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
 * before it (the least crowded if none is clear). "Source: ¥55.0 tn" was struck through by the robots line, and
 * the labour gap's sourced 2040 diamond hid behind the reference line's label.
 */
final class LabelLayer extends AbstractXYAnnotation {

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
        Obstacles obstacles = Obstacles.of(plot, area, xAxis, yAxis);
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
                                  Obstacles obstacles, List<Placed> done) {
        double y = yAxis.valueToJava2D(marker.getValue(), area, plot.getRangeAxisEdge());
        Font font = marker.getLabelFont();
        Size size = Size.of(g2, font, marker.getLabel());
        List<Rectangle2D> candidates = new ArrayList<>();
        for (double along : new double[] {0.99, 0.8, 0.6, 0.4, 0.2, 0.01}) {
            double right = area.getX() + area.getWidth() * along;
            double x = Math.max(area.getX() + 2, Math.min(right - size.w, area.getMaxX() - size.w - 2));
            candidates.add(new Rectangle2D.Double(x, y - 3 - size.h, size.w, size.h));
            candidates.add(new Rectangle2D.Double(x, y + 3, size.w, size.h));
        }
        Rectangle2D box = obstacles.best(candidates, done, area);
        done.add(new Placed(marker.getLabel(), box));
        g2.setPaint(Theme.awt(Theme.WHITE, 230));
        g2.fill(box);
        text(g2, font, marker.getLabelPaint(), marker.getLabel(), box, size);
    }

    private static void reported(Graphics2D g2, ReportedLabel label, Rectangle2D area, ValueAxis xAxis,
                                 ValueAxis yAxis, XYPlot plot, Obstacles obstacles, List<Placed> done) {
        double px = xAxis.valueToJava2D(label.year(), area, plot.getDomainAxisEdge());
        double py = yAxis.valueToJava2D(label.getY(), area, plot.getRangeAxisEdge());
        double tick = Math.abs(xAxis.valueToJava2D(label.year() + 0.3, area, plot.getDomainAxisEdge()) - px);
        Size size = Size.of(g2, label.getFont(), label.getText());
        List<Rectangle2D> candidates = new ArrayList<>();
        double left = px - tick - 2 - size.w;
        double right = px + tick + 2;
        // Beside the tick first, then stepping away from it up and down, then further out to the side.
        for (int shift = 0; shift <= 3; shift++) {
            for (int step = 0; step <= 8; step++) {
                double dy = step * (size.h * 0.6);
                for (double x : new double[] {left - shift * size.w / 2, right + shift * size.w / 2}) {
                    candidates.add(new Rectangle2D.Double(x, py - size.h / 2 - dy, size.w, size.h));
                    if (step > 0) {
                        candidates.add(new Rectangle2D.Double(x, py - size.h / 2 + dy, size.w, size.h));
                    }
                }
            }
        }
        candidates.add(new Rectangle2D.Double(px - size.w / 2, py - MARKER - 2 - size.h, size.w, size.h));
        candidates.add(new Rectangle2D.Double(px - size.w / 2, py + MARKER + 2, size.w, size.h));
        Rectangle2D box = null;
        int least = Integer.MAX_VALUE;
        for (Rectangle2D c : candidates) {
            Line2D leader = leader(c, px, py, tick);
            // Text struck through is worse than a thin leader line crossing a curve.
            int n = 3 * obstacles.count(c, done) + (area.contains(c) ? 0 : 1000)
                    + (leader == null ? 0 : obstacles.crossings(leader, px, py));
            if (n < least) {
                least = n;
                box = c;
            }
            if (n == 0) {
                break;
            }
        }
        done.add(new Placed(label.getText(), box));
        Line2D leader = leader(box, px, py, tick);
        if (leader != null) {
            g2.setPaint(label.getPaint());
            g2.setStroke(new BasicStroke(0.75f));
            g2.draw(leader);
        }
        text(g2, label.getFont(), label.getPaint(), label.getText(), box, size);
    }

    /** A label moved away from its figure points back to it with a thin line; none when right beside it. */
    private static Line2D leader(Rectangle2D box, double px, double py, double tick) {
        boolean level = box.getMaxY() >= py - 1 && box.getY() <= py + 1;
        boolean beside = box.getMaxX() >= px - tick - 4 && box.getX() <= px + tick + 4;
        if (level && beside) {
            return null;
        }
        if (level) {
            return new Line2D.Double(box.getMaxX() < px ? box.getMaxX() : box.getX(), py,
                    box.getMaxX() < px ? px - tick : px + tick, py);
        }
        double ex = box.getMaxX() < px ? box.getMaxX() : box.getX() > px ? box.getX() : box.getCenterX();
        double ey = box.getMaxY() < py ? box.getMaxY() : box.getY();
        return new Line2D.Double(ex, ey, px, py);
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
    static final class Obstacles {
        final List<Line2D> segments = new ArrayList<>();
        final List<Rectangle2D> markers = new ArrayList<>();

        static Obstacles of(XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
            Obstacles o = new Obstacles();
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
                            o.segments.add(new Line2D.Double(lastX, lastY, x, jy));
                        }
                        if (points) {
                            o.markers.add(new Rectangle2D.Double(x - MARKER, jy - MARKER, 2 * MARKER, 2 * MARKER));
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
                        o.segments.add(new Line2D.Double(area.getX(), y, area.getMaxX(), y));
                    }
                }
            }
            return o;
        }

        /** How many lines {@code leader} crosses, not counting those through its end at the figure. */
        int crossings(Line2D leader, double px, double py) {
            int n = 0;
            for (Line2D s : segments) {
                boolean throughEnd = s.ptSegDist(px, py) < 1.5;
                n += !throughEnd && s.intersectsLine(leader) ? 1 : 0;
            }
            return n;
        }

        /** How many things {@code box} covers. */
        int count(Rectangle2D box, List<Placed> done) {
            int n = 0;
            for (Line2D s : segments) {
                n += box.intersectsLine(s) ? 1 : 0;
            }
            for (Rectangle2D m : markers) {
                n += box.intersects(m) ? 1 : 0;
            }
            for (Placed p : done) {
                n += box.intersects(p.box()) ? 1 : 0;
            }
            return n;
        }

        /** The first candidate inside the plot that covers nothing, else the one inside covering least. */
        Rectangle2D best(List<Rectangle2D> candidates, List<Placed> done, Rectangle2D area) {
            Rectangle2D best = null;
            int least = Integer.MAX_VALUE;
            for (Rectangle2D c : candidates) {
                int n = count(c, done) + (area.contains(c) ? 0 : 1000);
                if (n < least) {
                    least = n;
                    best = c;
                }
                if (n == 0) {
                    break;
                }
            }
            return best;
        }
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
