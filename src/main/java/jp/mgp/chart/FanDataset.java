package jp.mgp.chart;

import java.util.ArrayList;
import java.util.List;

import org.jfree.data.xy.AbstractIntervalXYDataset;

import jp.mgp.model.ChartSpec;
import jp.mgp.model.Series;

/**
 * One band of a chart's fans as a dataset: for each uncertain series of the chart, years on X, the median on Y and
 * the band from a low to a high level (P5 to P95, or P10 to P90) as the Y interval, in the chart's unit. What the
 * fan draws is this dataset, read when drawn; {@link #setBands} swaps in a new simulation with one change event.
 */
public final class FanDataset extends AbstractIntervalXYDataset {

    private static final long serialVersionUID = 1L;
    private static final int MEDIAN = 2;

    private final ChartSpec spec;
    private final List<Series> chartSeries;
    private final int low;
    private final int high;
    private transient FanBands bands;
    private final List<Series> shown = new ArrayList<>();
    private final java.util.Set<String> hidden = new java.util.HashSet<>();

    /**
     * @param chartSeries the chart's series, in its order
     * @param low         the band's lower level, an index into {@link FanBands#LEVELS} (0 for P5, 1 for P10)
     * @param high        its upper level (4 for P95, 3 for P90)
     */
    FanDataset(ChartSpec spec, List<Series> chartSeries, int low, int high) {
        this.spec = spec;
        this.chartSeries = List.copyOf(chartSeries);
        this.low = low;
        this.high = high;
    }

    /** Shows {@code newBands} (null: nothing); one dataset-changed event. */
    public void setBands(FanBands newBands) {
        bands = newBands;
        shown.clear();
        if (newBands != null) {
            for (Series s : chartSeries) {
                if (newBands.isUncertain(s.id()) && !hidden.contains(s.id())) {
                    shown.add(s);
                }
            }
        }
        fireDatasetChanged();
    }

    /** Hides or shows the band of series {@code id}, as its line is hidden or shown; one change event. */
    public void setVisible(String id, boolean visible) {
        if (visible ? hidden.remove(id) : hidden.add(id)) {
            setBands(bands);
        }
    }

    public FanBands bands() {
        return bands;
    }

    /** The series drawn as band {@code s}. */
    public Series series(int s) {
        return shown.get(s);
    }

    /** The value of level {@code level} for band {@code s} in year index {@code item}, in the chart's unit. */
    public double level(int s, int level, int item) {
        Series series = shown.get(s);
        double v = bands.level(series.id(), level, item);
        return Double.isNaN(v) ? v : series.unit().convert(v, spec.unit());
    }

    @Override
    public int getSeriesCount() {
        return shown.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int s) {
        return shown.get(s).id() + "/" + low + "-" + high;
    }

    @Override
    public int getItemCount(int s) {
        return bands == null ? 0 : bands.years();
    }

    @Override
    public Number getX(int s, int item) {
        return bands.firstYear() + item;
    }

    @Override
    public Number getY(int s, int item) {
        return level(s, MEDIAN, item);
    }

    @Override
    public Number getStartX(int s, int item) {
        return getX(s, item);
    }

    @Override
    public Number getEndX(int s, int item) {
        return getX(s, item);
    }

    @Override
    public Number getStartY(int s, int item) {
        return level(s, low, item);
    }

    @Override
    public Number getEndY(int s, int item) {
        return level(s, high, item);
    }
}
