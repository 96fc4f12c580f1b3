package jp.mgp.io.export;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

import jp.mgp.chart.LabelPlaces;
import jp.mgp.i18n.Bundles;

/**
 * Where a native chart's plot and data labels go, worked out in points on the chart's frame so that no label covers
 * a line, a marker or another label, and none runs off the frame: left to the viewer, LibreOffice struck "Source:
 * ¥55.0 tn" through with the robots line, and the end labels ran past the edge of a 28 × 15.75 cm slide. The value
 * axis gets a fixed range, the plot a manual layout with a right margin as wide as the widest end label, and each
 * label a side of its point ({@code c:dLblPos}) and, where that side is taken, an offset from it
 * ({@code c:manualLayout}), chosen by the rule the drawn charts use ({@link LabelPlaces}).
 *
 * <p>Both viewers set a label beside its point this way (measured in LibreOffice): to the right, its left edge
 * {@link #GAP} beyond the point's marker and its middle level with the point; to the left likewise; above and below,
 * centred on the point. An offset is a share of the frame's width and height, from that place.
 */
final class PptxLabels {

    /** The data labels' size in points. */
    static final double SIZE = 11;
    /** Between a point's marker (or the point) and a label beside it. */
    static final double GAP = 3;
    /** The sourced diamond's and the reported figure's tick's sizes, in points. */
    static final int DIAMOND = 9;
    static final int TICK = 12;
    private static final double PAD = 2;
    /**
     * Kept clear around a label inside the plot, beyond its measured text: the viewers' faces differ a little from
     * the one measured, and a label 1 pt off a curve reads as touching it.
     */
    static final double CLEAR = 3;

    /** The value axis as written: its ends and its tick step (0 on a log axis). */
    record Axis(double min, double max, double step, boolean log) {

        /** Where {@code v} falls, 0 at the bottom of the plot and 1 at its top. */
        double share(double v) {
            return log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                    : (v - min) / (max - min);
        }
    }

    /**
     * One data label: on point {@code point} of part {@code part}, beside it at {@code position}, moved by
     * {@code dx} and {@code dy} (shares of the frame) from there.
     */
    record Label(int part, int point, STDLblPos.Enum position, double dx, double dy) {

        boolean moved() {
            return dx != 0 || dy != 0;
        }
    }

    private final double width;
    private final double height;
    private final Axis axis;
    /** The plot's inner rectangle as shares of the frame: x, y, width, height. */
    private final double[] plot;
    private final Map<Long, Label> labels = new HashMap<>();
    private final int years;

    private PptxLabels(double width, double height, Axis axis, double[] plot, int years) {
        this.width = width;
        this.height = height;
        this.axis = axis;
        this.plot = plot.clone();
        this.years = years;
    }

    Axis axis() {
        return axis;
    }

    /** The plot's inner rectangle as shares of the frame: x, y, width, height. */
    double[] plot() {
        return plot.clone();
    }

    /** The label on point {@code point} of part {@code part}, or null when it has none. */
    Label label(int part, int point) {
        return labels.get(((long) part << 32) | point);
    }

    /** Lays out a chart of {@code width} × {@code height} points whose drawn columns are {@code parts}. */
    static PptxLabels of(ChartContent content, List<ChartPart> parts, double width, double height) {
        return of(content, parts, List.of(), width, height);
    }

    /**
     * The same for a chart that also draws the edges {@code under} (uncertainty fans' levels, in the chart's unit,
     * one value a year) under its lines: the axis holds them, and no label is set on them.
     */
    static PptxLabels of(ChartContent content, List<ChartPart> parts, List<double[]> under, double width,
                         double height) {
        ToDoubleFunction<String> measure = TableLayout.slideText(SIZE);
        double h = SIZE * 1.2 + 2 * PAD;
        DataFormatter formatter = new DataFormatter(content.locale());
        String valueFormat = ChartSheet.labelled(content.unit(), content.locale());

        // The end labels' texts first: the right margin is as wide as the widest.
        Map<Integer, String> ends = new HashMap<>();
        double widestEnd = 0;
        for (int p = 0; p < parts.size(); p++) {
            int last = endPoint(parts.get(p));
            if (last >= 0) {
                String text = formatter.formatRawCellContents(parts.get(p).values()[last], -1, valueFormat);
                ends.put(p, text);
                widestEnd = Math.max(widestEnd, measure.applyAsDouble(text) + 2 * PAD + TICK / 2.0 + GAP);
            }
        }
        Axis axis = axis(content, parts, under);
        double widest = Math.max(Math.abs(axis.min()), Math.abs(axis.max()));
        // Room on the left for the tick labels: "2,000,000" needs half again the room "60.0" does.
        double left = widest >= 10_000 ? 0.12 : 0.08;
        double top = Math.max(0.05, (h / 2 + PAD) / height);
        double right = Math.max(0.03, (widestEnd + PAD) / width);
        double[] plot = {left, top, 1 - left - right, Math.max(0.35, 1 - top - below(content, parts, width) / height)};
        PptxLabels layout = new PptxLabels(width, height, axis, plot, content.years().length);
        layout.place(content, parts, under, ends, measure, h, formatter);
        return layout;
    }

    /**
     * Room under the plot, in points: the year labels, then the legend's rows. The legend sets its entries in
     * columns as wide as the widest, so three long Japanese names take three rows, not the two their summed widths
     * would fill; counted as two, the last row printed over the years. A share of the frame left too little on a
     * short slide (28 x 15.75 cm).
     */
    static double below(ChartContent content, List<ChartPart> parts, double width) {
        ToDoubleFunction<String> measure = TableLayout.slideText(12);
        List<String> names = new ArrayList<>();
        if (content.spec().stacked()) {
            content.lines().forEach(l -> names.add(l.name()));
        }
        parts.stream().filter(ChartPart::inLegend).forEach(p -> names.add(p.name()));
        double widest = 0;
        int entries = names.size();
        for (String name : names) {
            widest = Math.max(widest, measure.applyAsDouble(name) + 40);
        }
        int columns = (int) Math.max(1, Math.floor(width * 0.95 / Math.max(1, widest)));
        return 40 + 18 * Math.ceil(entries / (double) columns);
    }

    /** The point of {@code part} that carries its line's end label: the line's last value, if this part draws it. */
    static int endPoint(ChartPart part) {
        if (part.line() == null || part.reportedKey() != null) {
            return -1;
        }
        double[] line = part.line().values();
        int last = line.length - 1;
        while (last >= 0 && !Double.isFinite(line[last])) {
            last--;
        }
        return last >= 0 && Double.isFinite(part.values()[last]) ? last : -1;
    }

    /** A reported figure's label's number format: the bundle's words around the value in its unit. */
    static String reportedFormat(ChartContent content, String key) {
        String pattern = Bundles.get("jp.mgp.chart.messages", content.locale()).getString(key);
        int at = pattern.indexOf("{0}");
        return literal(pattern.substring(0, at)) + ChartSheet.labelled(content.unit(), content.locale())
                + literal(pattern.substring(at + 3));
    }

    private static String literal(String text) {
        return text.isEmpty() ? "" : ChartSheet.quoted(text);
    }

    /**
     * A fixed range, so that the labels' places hold in every viewer (each scales an automatic axis its own way):
     * from zero, or the lowest value, to the highest, in round steps of which there are at most seven.
     */
    static Axis axis(ChartContent content, List<ChartPart> parts) {
        return axis(content, parts, List.of());
    }

    private static Axis axis(ChartContent content, List<ChartPart> parts, List<double[]> under) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] line : drawn(content, parts, under)) {
            for (double v : line) {
                if (Double.isFinite(v) && (!content.spec().logScale() || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (content.spec().logScale()) {
            double min = lo <= hi ? Math.pow(10, Math.floor(Math.log10(lo))) : 1;
            double max = lo <= hi ? Math.pow(10, Math.ceil(Math.log10(hi))) : 10;
            return new Axis(min, max > min ? max : min * 10, 0, true);
        }
        lo = Math.min(0, lo <= hi ? lo : 0);
        hi = Math.max(0, lo <= hi ? hi : 1);
        if (hi - lo <= 0) {
            hi = lo + 1;
        }
        double step = step((hi - lo) / 7, hi - lo >= 5 || content.unit().decimals() == 0);
        // Plus zero: an axis ending at zero is written "0", not "-0".
        double min = Math.floor(lo / step + 1e-9) * step + 0.0;
        double max = Math.ceil(hi / step - 1e-9) * step + 0.0;
        return new Axis(min, max, step, false);
    }

    /** The least of 1, 2, 2.5 and 5 times a power of ten at least {@code least}; 2.5 only where it prints whole. */
    private static double step(double least, boolean whole) {
        double power = Math.pow(10, Math.floor(Math.log10(least)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= least * (1 - 1e-9) && !(whole && m == 2.5 && power < 10)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The lines as the chart draws them: each part's values, or on a stacked chart the areas' tops. */
    private static List<double[]> drawn(ChartContent content, List<ChartPart> parts, List<double[]> under) {
        List<double[]> lines = new ArrayList<>(under);
        if (content.spec().stacked()) {
            double[] sum = new double[content.years().length];
            for (ChartContent.Line line : content.lines()) {
                double[] v = line.values();
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += Double.isFinite(v[i]) ? v[i] : 0;
                }
                lines.add(sum.clone());
            }
        }
        for (ChartPart part : parts) {
            lines.add(part.values());
        }
        return lines;
    }

    private double x(int point) {
        return years == 1 ? (plot[0] + plot[2] / 2) * width : (plot[0] + plot[2] * point / (years - 1)) * width;
    }

    private double y(double value) {
        return (plot[1] + plot[3] * (1 - axis.share(value))) * height;
    }

    private void place(ChartContent content, List<ChartPart> parts, List<double[]> under, Map<Integer, String> ends,
                       ToDoubleFunction<String> measure, double h, DataFormatter formatter) {
        LabelPlaces places = new LabelPlaces();
        List<double[]> lines = drawn(content, parts, under);
        for (int l = 0; l < lines.size(); l++) {
            ChartPart part = l < lines.size() - parts.size() ? null : parts.get(l - (lines.size() - parts.size()));
            if (part != null && part.reportedKey() != null) {
                continue;
            }
            double[] v = lines.get(l);
            for (int i = 1; i < v.length; i++) {
                if (Double.isFinite(v[i - 1]) && Double.isFinite(v[i])) {
                    places.line(new Line2D.Double(x(i - 1), y(v[i - 1]), x(i), y(v[i])));
                }
            }
            for (int i = 0; part != null && part.line() != null && i < v.length; i++) {
                if (Double.isFinite(v[i]) && part.line().sourced()[i]) {
                    places.marker(square(x(i), y(v[i]), DIAMOND / 2.0 + 1));
                }
            }
        }
        for (ChartPart part : parts) {
            for (int i = 0; part.reportedKey() != null && i < part.values().length; i++) {
                if (Double.isFinite(part.values()[i])) {
                    places.marker(new Rectangle2D.Double(x(i) - TICK / 2.0, y(part.values()[i]) - 1.5, TICK, 3));
                }
            }
        }
        Rectangle2D plotBox = new Rectangle2D.Double(plot[0] * width, plot[1] * height, plot[2] * width,
                plot[3] * height);
        // Labels may use the plot and the margin right of it, down to the year labels.
        Rectangle2D room = new Rectangle2D.Double(plotBox.getX(), 0, width - plotBox.getX() - 1, plotBox.getMaxY());

        // The end labels, right of each line's last point, moved clear of a reported figure's tick there, or up or
        // down off each other, if they must: the highest first, so that the others give way downwards.
        List<Integer> ending = new ArrayList<>(ends.keySet());
        ending.sort(java.util.Comparator.comparingDouble(p -> y(parts.get(p).values()[endPoint(parts.get(p))])));
        for (int p : ending) {
            String text = ends.get(p);
            int i = endPoint(parts.get(p));
            double w = measure.applyAsDouble(text) + 2 * PAD;
            double px = x(i);
            double py = y(parts.get(p).values()[i]);
            double marker = parts.get(p).line().sourced()[i] ? DIAMOND : 0;
            Rectangle2D beside = place(STDLblPos.R, px, py, marker, w, h);
            List<Rectangle2D> candidates = new ArrayList<>();
            for (int step = 0; step <= 12; step++) {
                for (int sign : step == 0 ? new int[] {1} : new int[] {-1, 1}) {
                    for (double x : new double[] {beside.getX(), px + TICK / 2.0 + GAP}) {
                        candidates.add(new Rectangle2D.Double(x, beside.getY() + sign * step * h * 0.4, w, h));
                    }
                }
            }
            put(p, i, STDLblPos.R, marker, places.best(candidates, room), px, py, places);
        }
        // The reference lines' labels along their lines, on the point nearest the place chosen.
        for (int p = 0; p < parts.size(); p++) {
            ChartPart part = parts.get(p);
            if (part.line() != null || part.reportedKey() != null) {
                continue;
            }
            double w = measure.applyAsDouble(part.name()) + 2 * PAD;
            double py = y(part.values()[0]);
            Rectangle2D roomy = shrink(places.best(LabelPlaces.alongLine(plotBox, py, w + 2 * CLEAR,
                    h + 2 * CLEAR), plotBox));
            Rectangle2D tight = places.best(LabelPlaces.alongLine(plotBox, py, w, h), plotBox);
            Rectangle2D box = places.count(tight) < places.count(roomy) ? tight : roomy;
            int i = nearest(box.getCenterX());
            put(p, i, box.getMaxY() <= py ? STDLblPos.T : STDLblPos.B, 0, box, x(i), py, places);
        }
        // The reported figures beside their ticks, or moved off the lines with a leader back to them.
        for (int p = 0; p < parts.size(); p++) {
            ChartPart part = parts.get(p);
            for (int i = 0; part.reportedKey() != null && i < part.values().length; i++) {
                if (!Double.isFinite(part.values()[i])) {
                    continue;
                }
                String text = formatter.formatRawCellContents(part.values()[i], -1,
                        reportedFormat(content, part.reportedKey()));
                double w = measure.applyAsDouble(text) + 2 * PAD;
                double px = x(i);
                double py = y(part.values()[i]);
                Rectangle2D roomy = shrink(places.beside(px, py, TICK / 2.0, TICK / 2.0, w + 2 * CLEAR,
                        h + 2 * CLEAR, room));
                Rectangle2D tight = places.beside(px, py, TICK / 2.0, TICK / 2.0, w, h, room);
                // On a short plot there may be no room to spare: then the place that covers least, leader and all.
                Rectangle2D box = cost(places, tight, px, py, room) < cost(places, roomy, px, py, room) ? tight
                        : roomy;
                STDLblPos.Enum side = box.getMaxX() <= px ? STDLblPos.L : box.getX() >= px ? STDLblPos.R
                        : box.getMaxY() <= py ? STDLblPos.T : STDLblPos.B;
                put(p, i, side, TICK, box, px, py, places);
            }
        }
    }

    private int nearest(double x) {
        int best = 0;
        for (int i = 1; i < years; i++) {
            best = Math.abs(x(i) - x) < Math.abs(x(best) - x) ? i : best;
        }
        return best;
    }

    private void put(int part, int point, STDLblPos.Enum side, double marker, Rectangle2D box, double px, double py,
                     LabelPlaces places) {
        Rectangle2D beside = place(side, px, py, marker, box.getWidth(), box.getHeight());
        double dx = Math.abs(box.getX() - beside.getX()) < 0.5 ? 0 : (box.getX() - beside.getX()) / width;
        double dy = Math.abs(box.getY() - beside.getY()) < 0.5 ? 0 : (box.getY() - beside.getY()) / height;
        labels.put(((long) part << 32) | point, new Label(part, point, side, dx, dy));
        places.placed(box);
    }

    /** Where a viewer sets a label of {@code w} × {@code h} at {@code side} of a point with a marker {@code marker} wide. */
    static Rectangle2D place(STDLblPos.Enum side, double px, double py, double marker, double w, double h) {
        double off = marker / 2 + GAP;
        if (side == STDLblPos.R) {
            return new Rectangle2D.Double(px + off, py - h / 2, w, h);
        } else if (side == STDLblPos.L) {
            return new Rectangle2D.Double(px - off - w, py - h / 2, w, h);
        } else if (side == STDLblPos.T) {
            return new Rectangle2D.Double(px - w / 2, py - off - h, w, h);
        }
        return new Rectangle2D.Double(px - w / 2, py + off, w, h);
    }

    /** How bad a reported figure's place is, as {@link LabelPlaces#beside} weighs it. */
    private static int cost(LabelPlaces places, Rectangle2D box, double px, double py, Rectangle2D room) {
        java.awt.geom.Line2D leader = LabelPlaces.leader(box, px, py, TICK / 2.0);
        return 3 * places.count(box) + (room.contains(box) ? 0 : 1000)
                + (leader == null ? 0 : places.crossings(leader, px, py));
    }

    /** The label's own box within a place chosen with {@link #CLEAR} around it. */
    private static Rectangle2D shrink(Rectangle2D place) {
        return new Rectangle2D.Double(place.getX() + CLEAR, place.getY() + CLEAR, place.getWidth() - 2 * CLEAR,
                place.getHeight() - 2 * CLEAR);
    }

    private static Rectangle2D square(double x, double y, double half) {
        return new Rectangle2D.Double(x - half, y - half, 2 * half, 2 * half);
    }
}
