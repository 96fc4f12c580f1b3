package jp.mgp.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a chart's labels may go so that none covers data or another label, in any space whose y grows downwards
 * (Java2D pixels for the drawn charts, points on a slide for the native PowerPoint ones): the lines' segments and
 * the points' markers a label must not cover, the labels placed so far, and the places a label tries near what it
 * labels, in order of preference. {@link LabelLayer} draws from it; the native charts in the slides place their
 * data labels with it, so both follow one rule.
 */
public final class LabelPlaces {

    private final List<Line2D> segments = new ArrayList<>();
    private final List<Rectangle2D> markers = new ArrayList<>();
    private final List<Rectangle2D> labels = new ArrayList<>();

    /** A stretch of a line (or a reference line across the plot) that labels must not cross. */
    public void line(Line2D segment) {
        segments.add(segment);
    }

    /** A point's marker that labels must not cover. */
    public void marker(Rectangle2D marker) {
        markers.add(marker);
    }

    /** A label placed: those placed after it keep clear of it. */
    public void placed(Rectangle2D box) {
        labels.add(box);
    }

    /**
     * Places along a horizontal line at {@code y} (a reference line's label), right to left, above it then below:
     * the reader finds a reference line's label at its right end first.
     */
    public static List<Rectangle2D> alongLine(Rectangle2D area, double y, double w, double h) {
        List<Rectangle2D> candidates = new ArrayList<>();
        for (double along : new double[] {0.99, 0.8, 0.6, 0.4, 0.2, 0.01}) {
            double right = area.getX() + area.getWidth() * along;
            double x = Math.max(area.getX() + 2, Math.min(right - w, area.getMaxX() - w - 2));
            candidates.add(new Rectangle2D.Double(x, y - 3 - h, w, h));
            candidates.add(new Rectangle2D.Double(x, y + 3, w, h));
        }
        return candidates;
    }

    /**
     * The place of a label of size {@code w} × {@code h} for a figure at ({@code px}, {@code py}) drawn as a tick
     * {@code tick} to either side: beside the tick first, then stepping away from it up and down, then further out
     * to the side, then above or below it. Takes the first that covers nothing and whose leader line back to the
     * figure crosses no line; else the one covering least, text struck through counting worse than a leader line
     * crossing a curve.
     *
     * @param marker half the side of the figure's marker, kept clear above and below it
     */
    public Rectangle2D beside(double px, double py, double tick, double marker, double w, double h,
                              Rectangle2D area) {
        List<Rectangle2D> candidates = new ArrayList<>();
        double left = px - tick - 2 - w;
        double right = px + tick + 2;
        for (int shift = 0; shift <= 3; shift++) {
            for (int step = 0; step <= 8; step++) {
                double dy = step * (h * 0.6);
                for (double x : new double[] {left - shift * w / 2, right + shift * w / 2}) {
                    candidates.add(new Rectangle2D.Double(x, py - h / 2 - dy, w, h));
                    if (step > 0) {
                        candidates.add(new Rectangle2D.Double(x, py - h / 2 + dy, w, h));
                    }
                }
            }
        }
        candidates.add(new Rectangle2D.Double(px - w / 2, py - marker - 2 - h, w, h));
        candidates.add(new Rectangle2D.Double(px - w / 2, py + marker + 2, w, h));
        Rectangle2D box = null;
        int least = Integer.MAX_VALUE;
        for (Rectangle2D c : candidates) {
            Line2D leader = leader(c, px, py, tick);
            int n = 3 * count(c) + (area.contains(c) ? 0 : 1000)
                    + (leader == null ? 0 : crossings(leader, px, py));
            if (n < least) {
                least = n;
                box = c;
            }
            if (n == 0) {
                break;
            }
        }
        return box;
    }

    /** A label moved away from its figure points back to it with a thin line; none when right beside it. */
    public static Line2D leader(Rectangle2D box, double px, double py, double tick) {
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

    /** How many lines {@code leader} crosses, not counting those through its end at the figure. */
    public int crossings(Line2D leader, double px, double py) {
        int n = 0;
        for (Line2D s : segments) {
            boolean throughEnd = s.ptSegDist(px, py) < 1.5;
            n += !throughEnd && s.intersectsLine(leader) ? 1 : 0;
        }
        return n;
    }

    /** How many things {@code box} covers: segments, markers and labels placed. */
    public int count(Rectangle2D box) {
        int n = 0;
        for (Line2D s : segments) {
            n += box.intersectsLine(s) ? 1 : 0;
        }
        for (Rectangle2D m : markers) {
            n += box.intersects(m) ? 1 : 0;
        }
        for (Rectangle2D p : labels) {
            n += box.intersects(p) ? 1 : 0;
        }
        return n;
    }

    /** The first candidate inside {@code area} that covers nothing, else the one inside covering least. */
    public Rectangle2D best(List<Rectangle2D> candidates, Rectangle2D area) {
        Rectangle2D best = null;
        int least = Integer.MAX_VALUE;
        for (Rectangle2D c : candidates) {
            int n = count(c) + (area.contains(c) ? 0 : 1000);
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
