package jp.mgp.io.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A drawn column of a native chart ({@link PptxChart}): the solid (sourced or derived) or dashed (projected) stretch of a line, a
 * reference line, or a figure a source reports. Drawing the two stretches as two series, instead of styling
 * points, is what both PowerPoint and LibreOffice show as dashed (LibreOffice draws a line's points' own dashes
 * as solid); their cells read the line's one value column, so one edit moves both. The projected series stays
 * out of the legend; the legend's entry carries the line's growth.
 *
 * @param column      its column in the chart's sheet
 * @param from        the value column its cells read, or -1
 * @param reportedKey for a reported figure, its label's bundle key ("reported"); else null
 */
record ChartPart(String name, double[] values, String colour, boolean dashed, boolean inLegend,
                 ChartContent.Line line, int column, int from, String reportedKey) {

    /**
     * Between a line's name and its growth in the legend. The growth changes with every edit of a rate, the name
     * does not: a deck being updated knows its series by what comes before this ({@link PptxUpdate}).
     */
    static final String GROWTH_SEPARATOR = "  ";

    ChartPart(String name, double[] values, String colour, boolean dashed, boolean inLegend,
              ChartContent.Line line) {
        this(name, values, colour, dashed, inLegend, line, -1, -1, null);
    }

    ChartPart at(int column, int from) {
        return new ChartPart(name, values, colour, dashed, inLegend, line, column, from, reportedKey);
    }

    ChartPart reported(String key) {
        return new ChartPart(name, values, colour, dashed, inLegend, line, column, from, key);
    }

    static List<ChartPart> of(ChartContent.Line line, String colour, String projectedName) {
        int n = line.values().length;
        double[] solid = new double[n];
        double[] dashed = new double[n];
        boolean anySolid = false;
        boolean anyDashed = false;
        for (int i = 0; i < n; i++) {
            double v = line.values()[i];
            boolean into = i > 0 && line.projected()[i];
            boolean outOf = i + 1 < n && line.projected()[i + 1];
            boolean solidInto = i > 0 && !line.projected()[i] && Double.isFinite(line.values()[i - 1]);
            boolean solidOut = i + 1 < n && !line.projected()[i + 1] && Double.isFinite(line.values()[i + 1]);
            // A value with no neighbour (years on both sides not computed, or a one-year line) is drawn as a
            // point of the solid part, whose marker shows it (PptxChart): in neither part it would be left out.
            solid[i] = solidInto || solidOut || n == 1 || lone(line.values(), i) && !into && !outOf ? v : Double.NaN;
            dashed[i] = into || outOf ? v : Double.NaN;
            anySolid |= Double.isFinite(solid[i]);
            anyDashed |= Double.isFinite(dashed[i]);
        }
        String legend = line.growth().isEmpty() ? line.name() : line.name() + GROWTH_SEPARATOR + line.growth();
        List<ChartPart> parts = new ArrayList<>();
        if (anySolid) {
            parts.add(new ChartPart(legend, solid, colour, false, true, line));
        }
        if (anyDashed) {
            parts.add(new ChartPart(anySolid ? projectedName : legend, dashed, colour, true,
                    !anySolid, line));
        }
        return parts;
    }

    private static boolean neighbour(double[] values, int i) {
        return i >= 0 && i < values.length && Double.isFinite(values[i]);
    }

    /** Whether point {@code i} of this part stands alone: drawn, but joined by no line to another. */
    boolean lone(int i) {
        return lone(values, i);
    }

    private static boolean lone(double[] values, int i) {
        return Double.isFinite(values[i]) && !neighbour(values, i - 1) && !neighbour(values, i + 1);
    }
}
