package jp.mgp.chart;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mgp.engine.FanResult;
import jp.mgp.model.Derivation;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;

/**
 * The bands a chart draws from a simulation: P5, P10, P50, P90 and P95 per series and year, in each series' own
 * unit. A base series' figures are the simulation's own. A derived series is derived here again path by path
 * from its inputs' paths ({@link FanResult#values}: index i is the same path everywhere), by the rules of
 * {@code ProjectionEngine}, so that a band follows the same rule as its line; it also gives a derived series'
 * paths to the histogram ({@link #values}). (The simulation first lacked the labour chain's products and running
 * totals; with them in {@code PathPlan} both agree, which FanBandsTest checks for a sum.)
 */
public final class FanBands {

    /** The levels kept, lowest first: P5, P10, P50, P90, P95. */
    static final double[] LEVELS = FanResult.levels();

    /** A running total not yet begun (no known year so far): no value a sum of real figures takes. */
    private static final double NOT_STARTED = Double.NEGATIVE_INFINITY;

    private final FanResult fan;
    /** {@code id -> [level][yearIndex]}. */
    private final Map<String, double[][]> bands = new HashMap<>();
    private final Map<String, Boolean> uncertain = new HashMap<>();

    private FanBands(FanResult fan) {
        this.fan = fan;
    }

    /** The bands of {@code fan}; derived series are derived again path by path (see the class comment). */
    public static FanBands of(FanResult fan) {
        FanBands out = new FanBands(fan);
        Projection p = fan.effective();
        int years = fan.years();
        for (int s = 0; s < fan.seriesCount(); s++) {
            Series series = p.series().get(s);
            if (!series.isDerived()) {
                double[][] levels = new double[LEVELS.length][years];
                for (int y = 0; y < years; y++) {
                    for (int l = 0; l < LEVELS.length; l++) {
                        levels[l][y] = fan.quantile(s, y, LEVELS[l]);
                    }
                }
                out.bands.put(series.id(), levels);
                out.uncertain.put(series.id(), fan.isUncertain(s));
            }
        }
        out.deriveAll(p);
        return out;
    }

    private void deriveAll(Projection p) {
        List<Series> derived = p.series().stream().filter(Series::isDerived).toList();
        for (Series d : derived) {
            bands.put(d.id(), new double[LEVELS.length][fan.years()]);
            uncertain.put(d.id(), false);
        }
        if (!derived.isEmpty()) {
            paths(p, derived, fan.years() - 1, true);
        }
    }

    /**
     * Derives every derived series path by path up to year index {@code last}; with {@code summarise} keeps each
     * year's levels. Returns the paths' values in year {@code last} by series id.
     */
    private Map<String, double[]> paths(Projection p, List<Series> derived, int last, boolean summarise) {
        Map<String, double[]> now = new HashMap<>();
        Map<String, double[]> totals = new HashMap<>();
        for (int y = 0; y <= last; y++) {
            now.clear();
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Series d : derived) {
                    if (!now.containsKey(d.id()) && ready(p, d, now)) {
                        double[] v = derive(p, d, y, now, totals);
                        now.put(d.id(), v);
                        if (summarise) {
                            summarise(d.id(), y, v);
                        }
                        progress = true;
                    }
                }
            }
        }
        return now;
    }

    /**
     * Every path's value of series {@code id} in year index {@code y}, path by path (a derived series derived
     * again as the bands are), for a histogram or the chance of passing a threshold.
     */
    public double[] values(String id, int y) {
        Projection p = fan.effective();
        Series s = p.series(id).orElseThrow();
        if (!s.isDerived()) {
            return fan.values(fan.seriesIndex(id), y);
        }
        return paths(p, p.series().stream().filter(Series::isDerived).toList(), y, false).get(id);
    }

    private static boolean ready(Projection p, Series d, Map<String, double[]> now) {
        for (String in : d.derivation().inputs()) {
            Series input = p.series(in).orElse(null);
            if (input == null || (input.isDerived() && !now.containsKey(in))) {
                return false;
            }
        }
        return true;
    }

    /** Path by path, the value of {@code d} in year index {@code y}, from its inputs' paths. */
    private double[] derive(Projection p, Series d, int y, Map<String, double[]> now, Map<String, double[]> totals) {
        Derivation dv = d.derivation();
        int n = dv.inputs().size();
        double[][] in = new double[n][];
        double[] toUnit = new double[n];
        for (int j = 0; j < n; j++) {
            String id = dv.inputs().get(j);
            Series input = p.series(id).orElseThrow();
            in[j] = input.isDerived() ? now.get(id) : fan.values(fan.seriesIndex(id), y);
            toUnit[j] = input.unit().convertibleTo(d.unit()) ? input.unit().convert(1, d.unit()) : 1;
        }
        int paths = in[0].length;
        double[] out = new double[paths];
        for (int i = 0; i < paths; i++) {
            out[i] = switch (dv.op()) {
                case SUM -> {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        sum += in[j][i] * toUnit[j];
                    }
                    yield sum;
                }
                case DIFFERENCE -> {
                    double diff = in[0][i] * toUnit[0];
                    for (int j = 1; j < n; j++) {
                        diff -= in[j][i] * toUnit[j];
                    }
                    yield diff;
                }
                case RATIO -> in[1][i] == 0 ? Double.NaN : in[0][i] / in[1][i] * dv.factor();
                case SCALE -> in[0][i] * dv.factor();
                case PRODUCT -> {
                    double product = dv.factor();
                    for (int j = 0; j < n; j++) {
                        product *= in[j][i];
                    }
                    yield product;
                }
                case CUMULATIVE -> in[0][i] * toUnit[0];
            };
        }
        if (dv.op() == Derivation.Op.CUMULATIVE) {
            // As the engine: a path's total starts with its first known year; a gap after that leaves it unknown.
            double[] total = totals.computeIfAbsent(d.id(), k -> {
                double[] t = new double[paths];
                Arrays.fill(t, NOT_STARTED);
                return t;
            });
            for (int i = 0; i < paths; i++) {
                boolean known = !Double.isNaN(out[i]);
                if (total[i] == NOT_STARTED) {
                    total[i] = known ? out[i] : NOT_STARTED;
                } else if (!Double.isNaN(total[i])) {
                    total[i] = known ? total[i] + out[i] : Double.NaN;
                }
                out[i] = total[i] == NOT_STARTED ? Double.NaN : total[i];
            }
        }
        return out;
    }

    private void summarise(String id, int y, double[] v) {
        double[][] levels = bands.get(id);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isNaN(x)) {
                for (double[] level : levels) {
                    level[y] = Double.NaN;
                }
                return;
            }
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (max == min) {
            for (double[] level : levels) {
                level[y] = min;
            }
            return;
        }
        uncertain.put(id, true);
        // Selection rather than a sort: the levels lie in order, so each search starts where the last one ended.
        double[] work = v.clone();
        int from = 0;
        for (int l = 0; l < LEVELS.length; l++) {
            double at = LEVELS[l] * (work.length - 1);
            int lo = (int) Math.floor(at);
            double a = select(work, from, lo);
            double b = lo + 1 < work.length ? select(work, lo + 1, lo + 1) : a;
            levels[l][y] = a + (b - a) * (at - lo);
            from = lo;
        }
    }

    /**
     * The {@code k}-th smallest of {@code v}, when everything before {@code from} is already no larger than the rest
     * (Hoare's selection); leaves {@code v} partitioned around {@code k}.
     */
    private static double select(double[] v, int from, int k) {
        int lo = from;
        int hi = v.length - 1;
        while (lo < hi) {
            double pivot = v[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return v[k];
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
        return uncertain.getOrDefault(id, false);
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
