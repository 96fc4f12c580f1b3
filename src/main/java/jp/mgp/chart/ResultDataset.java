package jp.mgp.chart;

import java.util.Locale;

import org.jfree.data.xy.AbstractXYDataset;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * A chart's view of a projection result: one XY series per series of the chart, years on X and values converted
 * to the chart's unit on Y. It reads the engine's arrays directly; {@link #setResult} swaps in a new result and
 * fires one change event, so an edit repaints the chart once however many series it has.
 */
public final class ResultDataset extends AbstractXYDataset implements org.jfree.data.xy.TableXYDataset {

    private static final long serialVersionUID = 1L;

    private final ChartSpec spec;
    private final Locale locale;
    private final String keySuffix;
    private transient ProjectionResult result;
    private int[] index;

    public ResultDataset(ChartSpec spec, ProjectionResult result, Locale locale) {
        this(spec, result, locale, "");
    }

    /** A dataset whose legend entries read "name{@code keySuffix}", for a second scenario laid over the first. */
    public ResultDataset(ChartSpec spec, ProjectionResult result, Locale locale, String keySuffix) {
        this.spec = spec;
        this.locale = locale;
        this.keySuffix = keySuffix;
        bind(result);
    }

    /** Shows a new result of the same projection shape; one dataset-changed event. */
    public void setResult(ProjectionResult newResult) {
        bind(newResult);
        fireDatasetChanged();
    }

    private void bind(ProjectionResult newResult) {
        this.result = newResult;
        this.index = spec.series().stream().mapToInt(newResult::seriesIndex).toArray();
    }

    public ProjectionResult result() {
        return result;
    }

    public Series series(int s) {
        return result.series(index[s]);
    }

    public Unit unit() {
        return spec.unit();
    }

    public Kind kind(int s, int item) {
        return result.kind(index[s], result.firstYear() + item);
    }

    /** Whether the line from {@code item} to the next year is a projection (see {@link ProjectionResult#isProjectedStep}). */
    public boolean isProjectedStep(int s, int item) {
        return result.isProjectedStep(index[s], year(item));
    }

    public int year(int item) {
        return result.firstYear() + item;
    }

    @Override
    public int getSeriesCount() {
        return index.length;
    }

    @Override
    public Comparable<?> getSeriesKey(int s) {
        return series(s).name().get(locale) + keySuffix;
    }

    @Override
    public int getItemCount(int s) {
        return result.years();
    }

    /** Every series spans the same years, so a stacked chart can add them up year by year. */
    @Override
    public int getItemCount() {
        return result.years();
    }

    @Override
    public Number getX(int s, int item) {
        return year(item);
    }

    @Override
    public double getXValue(int s, int item) {
        return year(item);
    }

    @Override
    public Number getY(int s, int item) {
        return getYValue(s, item);
    }

    @Override
    public double getYValue(int s, int item) {
        double v = result.value(index[s], year(item));
        return Double.isNaN(v) ? v : series(s).unit().convert(v, spec.unit());
    }
}
