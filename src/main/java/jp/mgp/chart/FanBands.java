package jp.mgp.chart;

import java.util.HashMap;
import java.util.Map;

import jp.mgp.engine.FanResult;
import jp.mgp.model.Projection;

/**
 * The bands a chart draws from a simulation: P5, P10, P50, P90 and P95 per series and year, in each series' own
 * unit, all the simulation's own: it derives the derived series path by path by the engine's one set of rules
 * ({@code PathPlan}), so a band follows the same rule as its line (FanBandsTest checks a sum and the labour chain).
 */
public final class FanBands {

    /** The levels kept, lowest first: P5, P10, P50, P90, P95. */
    static final double[] LEVELS = FanResult.levels();

    private final FanResult fan;
    /** {@code id -> [level][yearIndex]}. */
    private final Map<String, double[][]> bands = new HashMap<>();

    private FanBands(FanResult fan) {
        this.fan = fan;
    }

    /** The bands of {@code fan}, every series' levels for every year. */
    public static FanBands of(FanResult fan) {
        FanBands out = new FanBands(fan);
        Projection p = fan.effective();
        int years = fan.years();
        for (int s = 0; s < fan.seriesCount(); s++) {
            double[][] levels = new double[LEVELS.length][years];
            for (int y = 0; y < years; y++) {
                for (int l = 0; l < LEVELS.length; l++) {
                    levels[l][y] = fan.quantile(s, y, LEVELS[l]);
                }
            }
            out.bands.put(p.series().get(s).id(), levels);
        }
        return out;
    }

    /**
     * Every path's value of series {@code id} in year index {@code y}, for a histogram or the chance of passing a
     * threshold.
     */
    public double[] values(String id, int y) {
        return fan.values(fan.seriesIndex(id), y);
    }

    /** The {@code p} quantile of sorted values, linear between the two nearest (as R's type 7). */
    static double quantile(double[] sorted, double p) {
        double at = p * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
    }

    /** The simulation these bands come from. */
    public FanResult fan() {
        return fan;
    }

    /** Whether series {@code id} has a band of any width (a shock or a range of its own or of an input). */
    public boolean isUncertain(String id) {
        int s = fan.seriesIndex(id);
        return s >= 0 && fan.isUncertain(s);
    }

    /** Level {@code level} (an index into {@link #LEVELS}) of series {@code id} in year index {@code y}; NaN if none. */
    public double level(String id, int level, int y) {
        double[][] b = bands.get(id);
        return b == null || y < 0 || y >= b[level].length ? Double.NaN : b[level][y];
    }

    public int firstYear() {
        return fan.firstYear();
    }

    public int years() {
        return fan.years();
    }
}
