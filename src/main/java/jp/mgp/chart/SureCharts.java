package jp.mgp.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import jp.mgp.engine.Histogram;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.engine.Tornado;
import jp.mgp.engine.TornadoBar;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;
import jp.mgp.presentation.ChartTheme;
import jp.mgp.presentation.Theme;

/**
 * How sure a figure is, as charts: the paths' values of a series in a year as a histogram, and a tornado of what
 * moves a target most, bars sorted by swing (largest on top).
 */
public final class SureCharts {

    private SureCharts() {
    }

    /**
     * The tornado of {@code tornado}'s target, its rate bars worked again by the projection engine (each range moved
     * to its ends, everything else as projected) so that a target derived by a product or a running total moves
     * as the chart's line does, whatever the simulation's own stepping; shock bars are kept as the sensitivity
     * gives them. Sorted by swing.
     *
     * @param effective the projection as the scenario sees it (its overrides applied)
     */
    public static Tornado reworked(Tornado tornado, Projection effective) {
        ProjectionEngine engine = new ProjectionEngine();
        Projection plain = effective.withScenarios(List.of());
        List<TornadoBar> bars = new ArrayList<>();
        for (TornadoBar bar : tornado.bars()) {
            int cut = bar.input().indexOf("/segments[");
            if (cut < 0 || !bar.input().endsWith("]/rate")) {
                bars.add(bar);
                continue;
            }
            String series = bar.input().substring(0, cut);
            int segment = Integer.parseInt(bar.input().substring(cut + 10, bar.input().length() - 6));
            double low = valueWithRate(engine, plain, series, segment, bar.inputLow(), tornado);
            double high = valueWithRate(engine, plain, series, segment, bar.inputHigh(), tornado);
            bars.add(new TornadoBar(bar.input(), bar.label(), bar.inputLow(), bar.inputHigh(), low, high));
        }
        bars.sort(java.util.Comparator.comparingDouble(TornadoBar::swing).reversed());
        ProjectionResult base = engine.project(plain, null);
        return new Tornado(tornado.seriesId(), tornado.year(), base.value(base.seriesIndex(tornado.seriesId()),
                tornado.year()), bars);
    }

    private static double valueWithRate(ProjectionEngine engine, Projection p, String seriesId, int segment,
                                        double rate, Tornado target) {
        Series s = p.series(seriesId).orElseThrow();
        Projection moved = p.withSeries(s.withSegment(segment, s.segments().get(segment).withParameter("rate", rate)));
        ProjectionResult r = engine.project(moved, null);
        return r.value(r.seriesIndex(target.seriesId()), target.year());
    }

    /** A horizontal bar per input from the target's value at the input's low end to that at its high end. */
    public static JFreeChart tornado(Tornado t, String title, Unit unit, Locale locale) {
        int n = t.bars().size();
        Number[][] starts = new Number[1][n];
        Number[][] ends = new Number[1][n];
        Comparable<?>[] inputs = new Comparable<?>[n];
        for (int i = 0; i < n; i++) {
            TornadoBar b = t.bars().get(i);
            starts[0][i] = Math.min(b.low(), b.high());
            ends[0][i] = Math.max(b.low(), b.high());
            inputs[i] = (i + 1) + ". " + b.label().get(locale);
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(new Comparable<?>[] {title},
                inputs, starts, ends);
        NumberAxis values = new NumberAxis(unit.label(locale));
        values.setAutoRangeIncludesZero(false);
        CategoryAxis names = new CategoryAxis();
        // An input's name wraps over up to three lines: on one line How sure cut it to "Vertical AI market
        // (global): growth ra…", and which segment's rate it was could not be read.
        names.setMaximumCategoryLabelLines(3);
        names.setMaximumCategoryLabelWidthRatio(0.4f);
        CategoryPlot plot = new CategoryPlot(data, names, values, new IntervalBarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(t.base(), Theme.awt(Theme.INK), new java.awt.BasicStroke(1.5f)));
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartTheme.applyTo(chart);
        plot.getRenderer().setSeriesPaint(0, Theme.awt(Theme.ACCENT));
        return chart;
    }

    /** The share of {@code paths} above {@code threshold}, from 0 to 1 (a path with no value is not above). */
    public static double shareAbove(double[] paths, double threshold) {
        int count = 0;
        for (double v : paths) {
            if (v > threshold) {
                count++;
            }
        }
        return (double) count / paths.length;
    }

    /**
     * The paths' values in {@code bins} equal bins from their P1 to their P99 (the 1 % at each end counted apart),
     * as {@link jp.mgp.engine.FanResult#histogram(int, int, int)} bins the simulation's own series.
     *
     * @throws IllegalArgumentException where paths have no value
     */
    public static Histogram bins(double[] paths, int bins) {
        double[] sorted = paths.clone();
        java.util.Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("no histogram where paths have no value");
        }
        double lo = FanBands.quantile(sorted, 0.01);
        double hi = FanBands.quantile(sorted, 0.99);
        if (!(hi > lo)) {
            // Every path on one value (a sourced, certain point): bins a twentieth of it either way, so that the one
            // bar holding them all is drawn as a bar on an axis that reads as the value's neighbourhood.
            double pad = Math.max(Math.abs(lo) * 0.05, 1e-12);
            lo -= pad;
            hi += pad;
        }
        int[] counts = new int[bins];
        int below = 0;
        int above = 0;
        double width = (hi - lo) / bins;
        for (double x : sorted) {
            if (x < lo) {
                below++;
            } else if (x > hi) {
                above++;
            } else {
                counts[Math.min(bins - 1, (int) ((x - lo) / width))]++;
            }
        }
        return new Histogram(lo, hi, counts, below, above, 0);
    }

    /** The paths' values in bins, with a line at {@code threshold} (NaN: none). */
    public static JFreeChart histogram(Histogram h, String title, String axis, double threshold) {
        XYSeries bins = new XYSeries(title);
        for (int i = 0; i < h.bins(); i++) {
            bins.add(h.edge(i) + h.binWidth() / 2, h.count(i));
        }
        NumberAxis values = new NumberAxis(axis);
        values.setAutoRangeIncludesZero(false);
        // Paths that all end on a sourced (certain) point span nothing: at least a tenth of the value either way,
        // so the ticks read "58, 59, 60" rather than "5.999994E1".
        double centre = Math.abs(h.edge(0) + h.binWidth() * h.bins() / 2);
        values.setAutoRangeMinimumSize(Math.max(centre * 0.2, 1e-9));
        XYPlot plot = new XYPlot(new XYBarDataset(new XYSeriesCollection(bins), h.binWidth()), values,
                new NumberAxis(), new XYBarRenderer(0.05));
        if (!Double.isNaN(threshold)) {
            plot.addDomainMarker(new ValueMarker(threshold, Theme.awt(Theme.REFERENCE), new java.awt.BasicStroke(2f)));
        }
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartTheme.applyTo(chart);
        ((XYBarRenderer) plot.getRenderer()).setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        plot.getRenderer().setSeriesPaint(0, Theme.awt(Theme.palette().get(1)));
        return chart;
    }
}
