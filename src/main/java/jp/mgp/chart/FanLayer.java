package jp.mgp.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Series;

/**
 * The fans of a chart made by {@link ProjectionCharts#create}: nested bands, P5 to P95 lighter and P10 to P90
 * darker, each in its series' colour, with the median as a thin line, drawn behind the chart's own lines. Each
 * band is a {@link FanDataset} the plot holds; a new simulation is given to both with {@link #show}. A stacked
 * chart has no fans (a band of a part stacked on other parts' medians would claim a precision it lacks).
 */
public final class FanLayer {

    private final FanDataset outer;
    private final FanDataset inner;

    private FanLayer(FanDataset outer, FanDataset inner) {
        this.outer = outer;
        this.inner = inner;
    }

    /** Adds the two bands to {@code chart} (empty until {@link #show}); null for a stacked chart. */
    public static FanLayer attach(JFreeChart chart, ChartSpec spec, ProjectionResult result) {
        if (spec.stacked()) {
            return null;
        }
        List<Series> series = spec.series().stream().map(result.effective()::series)
                .flatMap(java.util.Optional::stream).toList();
        XYPlot plot = chart.getXYPlot();
        FanDataset outer = new FanDataset(spec, series, 0, 4);
        FanDataset inner = new FanDataset(spec, series, 1, 3);
        add(plot, outer, 0.16f, false);
        add(plot, inner, 0.30f, true);
        // The chart's own lines (dataset 0) over the bands.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        return new FanLayer(outer, inner);
    }

    private static void add(XYPlot plot, FanDataset band, float alpha, boolean median) {
        int index = plot.getDatasetCount();
        DeviationRenderer renderer = new DeviationRenderer(median, false) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint lookupSeriesPaint(int s) {
                return ProjectionCharts.colour(band.series(s), band.bands() == null ? 0
                        : band.bands().fan().seriesIndex(band.series(s).id()));
            }

            @Override
            public java.awt.Paint lookupSeriesFillPaint(int s) {
                Color c = (Color) lookupSeriesPaint(s);
                return new Color(c.getRed(), c.getGreen(), c.getBlue());
            }
        };
        renderer.setAlpha(alpha);
        renderer.setDefaultStroke(new BasicStroke(1.2f));
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultSeriesVisibleInLegend(false);
        renderer.setAutoPopulateSeriesFillPaint(false);
        plot.setDataset(index, band);
        plot.setRenderer(index, renderer);
    }

    /** Shows {@code bands} (null hides the fans): one change event per band. */
    public void show(FanBands bands) {
        outer.setBands(bands);
        inner.setBands(bands);
    }

    /** The outer band, P5 to P95. */
    public FanDataset outer() {
        return outer;
    }

    /** The inner band, P10 to P90, with the median. */
    public FanDataset inner() {
        return inner;
    }
}
