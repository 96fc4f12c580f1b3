package jp.mgp.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RectangularCholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import jp.mgp.model.Anchor;
import jp.mgp.model.Correlation;
import jp.mgp.model.Derivation;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Shock;
import jp.mgp.model.Uncertainty;

/**
 * One scenario of a projection compiled into flat arrays for simulating many paths: the steps {@link SeriesPath}
 * takes, in its order (forwards from each known year, then backwards before it), each as
 * {@code v[to] = (a * v[from] + b) * shock}, with the rate of a ranged segment drawn per path; then the derived
 * series, year by year. Pinned anchors are the certain points every path passes through, so a step's shock is
 * carried away from them in both directions and a back-cast fans out backwards. Built once per run and shared,
 * read-only, by every worker.
 */
final class PathPlan {

    static final byte STEP = 0;
    static final byte TARGET = 1;
    static final byte FREE = 2;

    static final byte TRIANGULAR = 0;
    static final byte UNIFORM = 1;
    static final byte NORMAL = 2;

    /** The normal quantile of 0.95: the ends of a normal range are its 5th and 95th percentiles. */
    static final double Z95 = 1.6448536269514722;

    final Projection effective;
    final int seriesCount;
    /** The first year of the span every series is computed over (a pinned anchor may lie outside the horizon). */
    final int lo;
    /** Years in that span; a path's values are {@code v[series * width + (year - lo)]}. */
    final int width;
    final int horizonOffset;
    final int years;

    // The steps, in the order they are taken.
    final int stepCount;
    final byte[] stepType;
    final int[] stepFrom;
    final int[] stepTo;
    final double[] stepA;
    final double[] stepB;
    /** The ranged segment whose drawn rate makes {@code a}, or -1. */
    final int[] stepRange;
    final boolean[] stepForward;
    /** The noise series whose shock this step takes, or -1; and the step's year in the span. */
    final int[] stepNoise;
    final int[] stepYear;
    /** A target step: the value aimed at and the years left to it, counted from the step's year. */
    final double[] stepGoal;
    final int[] stepsLeft;

    final int[] pinnedAt;
    final double[] pinnedValue;

    // Noise: the series with a shock or a correlation, their sigma, and the Cholesky factor of correlated ones.
    final int noiseCount;
    final int[] noiseSeries;
    final double[] sigma;
    final double[] halfVariance;
    /** Which noise series are correlated (indices into the noise series), and the lower factor L with LL' = C. */
    final int[] correlated;
    final double[][] cholesky;
    /** The normals drawn per path, in order: the noise series and step year of each. */
    final int[] drawNoise;
    final int[] drawYear;

    // Rates drawn once per path, one per ranged segment.
    final int rangeCount;
    final RateRange[] ranges;
    final byte[] distribution;
    final double[] rangeLow;
    final double[] rangeHigh;
    final double[] rangeMode;
    /** The segment's own rate in this scenario, the range's base. */
    final double[] rangeBase;

    // Derived series, in an order where inputs come first.
    final int[] derivedOrder;
    final Derivation.Op[] derivedOp;
    final int[][] derivedInputs;
    final double[][] derivedConversion;
    final double[] derivedFactor;

    private PathPlan(Projection file, Projection effective) {
        this.effective = effective;
        this.seriesCount = effective.series().size();
        int spanLo = effective.firstYear();
        int spanHi = effective.lastYear();
        for (Series s : effective.series()) {
            for (Anchor a : s.anchors()) {
                if (a.pinned() && !s.isDerived()) {
                    spanLo = Math.min(spanLo, a.year());
                    spanHi = Math.max(spanHi, a.year());
                }
            }
        }
        this.lo = spanLo;
        this.width = spanHi - spanLo + 1;
        this.horizonOffset = effective.firstYear() - spanLo;
        this.years = effective.years();

        Uncertainty u = file.uncertainty();
        // Noise series: those with a shock, then any others in the correlation, in the file's series order.
        List<Integer> noise = new ArrayList<>();
        Correlation c = u.correlation();
        for (int s = 0; s < seriesCount; s++) {
            Series series = effective.series().get(s);
            boolean shocked = u.shock(series.id()).map(x -> x.sigma() > 0).orElse(false);
            if (!series.isDerived() && (shocked || c.series().contains(series.id()))) {
                noise.add(s);
            }
        }
        noiseCount = noise.size();
        noiseSeries = noise.stream().mapToInt(Integer::intValue).toArray();
        sigma = new double[noiseCount];
        halfVariance = new double[noiseCount];
        for (int k = 0; k < noiseCount; k++) {
            sigma[k] = u.shock(effective.series().get(noiseSeries[k]).id()).map(Shock::sigma).orElse(0.0);
            halfVariance[k] = sigma[k] * sigma[k] / 2;
        }
        int[] noiseOf = new int[seriesCount];
        Arrays.fill(noiseOf, -1);
        for (int k = 0; k < noiseCount; k++) {
            noiseOf[noiseSeries[k]] = k;
        }
        correlated = new int[c.series().size()];
        for (int i = 0; i < correlated.length; i++) {
            correlated[i] = noiseOf[effective.seriesIndex(c.series().get(i))];
        }
        cholesky = correlated.length == 0 ? new double[0][] : cholesky(c.matrix());

        // Ranged segments, moved as a scenario moves the segment's rate.
        List<RateRange> found = new ArrayList<>();
        for (RateRange r : u.rateRanges()) {
            int s = effective.seriesIndex(r.series());
            // The model's rules refuse a range on a segment that is not there or not compound; such a range, in a
            // projection built without them, takes no part.
            if (s >= 0 && r.segment() >= 0 && r.segment() < effective.series().get(s).segments().size()
                    && effective.series().get(s).segments().get(r.segment()) instanceof Segment.Compound) {
                found.add(r);
            }
        }
        rangeCount = found.size();
        ranges = found.toArray(new RateRange[0]);
        distribution = new byte[rangeCount];
        rangeLow = new double[rangeCount];
        rangeHigh = new double[rangeCount];
        rangeMode = new double[rangeCount];
        rangeBase = new double[rangeCount];
        for (int r = 0; r < rangeCount; r++) {
            RateRange range = ranges[r];
            int s = effective.seriesIndex(range.series());
            double now = ((Segment.Compound) effective.series().get(s).segments().get(range.segment())).rate();
            double inFile = ((Segment.Compound) file.series().get(s).segments().get(range.segment())).rate();
            RateRange moved = range.shifted(now - inFile);
            distribution[r] = switch (moved.distribution()) {
                case TRIANGULAR -> TRIANGULAR;
                case UNIFORM -> UNIFORM;
                case NORMAL -> NORMAL;
            };
            rangeLow[r] = moved.low();
            rangeHigh[r] = moved.high();
            rangeMode[r] = Math.max(moved.low(), Math.min(moved.high(), now));
            rangeBase[r] = now;
        }

        StepList steps = new StepList();
        List<Integer> pinAt = new ArrayList<>();
        List<Double> pinValue = new ArrayList<>();
        for (int s = 0; s < seriesCount; s++) {
            Series series = effective.series().get(s);
            if (!series.isDerived()) {
                compile(series, s, noiseOf[s], steps, pinAt, pinValue);
            }
        }
        stepCount = steps.size;
        stepType = Arrays.copyOf(steps.type, stepCount);
        stepFrom = Arrays.copyOf(steps.from, stepCount);
        stepTo = Arrays.copyOf(steps.to, stepCount);
        stepA = Arrays.copyOf(steps.a, stepCount);
        stepB = Arrays.copyOf(steps.b, stepCount);
        stepRange = Arrays.copyOf(steps.range, stepCount);
        stepForward = Arrays.copyOf(steps.forward, stepCount);
        stepNoise = Arrays.copyOf(steps.noise, stepCount);
        stepYear = Arrays.copyOf(steps.year, stepCount);
        stepGoal = Arrays.copyOf(steps.goal, stepCount);
        stepsLeft = Arrays.copyOf(steps.left, stepCount);
        pinnedAt = pinAt.stream().mapToInt(Integer::intValue).toArray();
        pinnedValue = pinValue.stream().mapToDouble(Double::doubleValue).toArray();

        // Draw a normal for every step year a noise series uses, and for every year of a correlated one (the
        // Cholesky factor mixes them).
        boolean[][] used = new boolean[noiseCount][Math.max(width - 1, 0)];
        for (int i = 0; i < stepCount; i++) {
            if (stepNoise[i] >= 0) {
                used[stepNoise[i]][stepYear[i]] = true;
            }
        }
        boolean[] isCorrelated = new boolean[noiseCount];
        for (int k : correlated) {
            isCorrelated[k] = true;
        }
        List<int[]> draws = new ArrayList<>();
        for (int t = 0; t < width - 1; t++) {
            for (int k = 0; k < noiseCount; k++) {
                if (used[k][t] || isCorrelated[k]) {
                    draws.add(new int[] {k, t});
                }
            }
        }
        drawNoise = draws.stream().mapToInt(x -> x[0]).toArray();
        drawYear = draws.stream().mapToInt(x -> x[1]).toArray();

        List<Integer> order = derivedOrder(effective);
        derivedOrder = order.stream().mapToInt(Integer::intValue).toArray();
        derivedOp = new Derivation.Op[derivedOrder.length];
        derivedInputs = new int[derivedOrder.length][];
        derivedConversion = new double[derivedOrder.length][];
        derivedFactor = new double[derivedOrder.length];
        for (int d = 0; d < derivedOrder.length; d++) {
            Series out = effective.series().get(derivedOrder[d]);
            Derivation dv = out.derivation();
            derivedOp[d] = dv.op();
            derivedInputs[d] = dv.inputs().stream().mapToInt(effective::seriesIndex).toArray();
            derivedConversion[d] = new double[derivedInputs[d].length];
            for (int j = 0; j < derivedInputs[d].length; j++) {
                Series in = effective.series().get(derivedInputs[d][j]);
                boolean adds = dv.op() == Derivation.Op.SUM || dv.op() == Derivation.Op.DIFFERENCE
                        || dv.op() == Derivation.Op.CUMULATIVE;
                derivedConversion[d][j] = adds ? in.unit().convert(1.0, out.unit()) : 1.0;
            }
            derivedFactor[d] = dv.factor();
        }
    }

    /** The plan of {@code scenarioId} (null: the file's default) of {@code file}. */
    static PathPlan of(Projection file, String scenarioId) {
        return new PathPlan(file, ScenarioApplier.apply(file, scenarioId));
    }

    /** The steps of one base series, found as {@link SeriesPath#project} takes them. */
    private void compile(Series series, int s, int noise, StepList steps, List<Integer> pinAt,
                         List<Double> pinValue) {
        int sLo = effective.firstYear();
        int sHi = effective.lastYear();
        for (Anchor a : series.anchors()) {
            if (a.pinned()) {
                sLo = Math.min(sLo, a.year());
                sHi = Math.max(sHi, a.year());
            }
        }
        int n = sHi - sLo + 1;
        boolean[] known = new boolean[n];
        boolean[] pinned = new boolean[n];
        int base = s * width + (sLo - lo);
        for (Anchor a : series.anchors()) {
            if (a.pinned()) {
                known[a.year() - sLo] = true;
                pinned[a.year() - sLo] = true;
                pinAt.add(base + a.year() - sLo);
                pinValue.add(a.value());
            }
        }
        Segment[] bySpan = new Segment[n - 1];
        for (Segment g : series.segments()) {
            for (int y = Math.max(g.from(), sLo); y < Math.min(g.to(), sHi); y++) {
                if (bySpan[y - sLo] == null) {
                    bySpan[y - sLo] = g;
                }
            }
        }
        boolean nothingPinned = series.anchors().stream().noneMatch(Anchor::pinned);
        for (int y = sLo; y < sHi; y++) {
            int i = y - sLo;
            Segment seg = bySpan[i];
            boolean free = nothingPinned && !known[i] && seg instanceof Segment.Logistic;
            if (pinned[i + 1] || seg == null || (!known[i] && !free)) {
                continue;
            }
            int year = y - lo;
            if (free) {
                steps.add(FREE, -1, base + i + 1, 0, ((Segment.Logistic) seg).at(y + 1), -1, true, -1, year, 0, 0);
            } else if (seg instanceof Segment.Target t) {
                double goal = t.aimsAtAnchor() ? SeriesPath.pinnedValue(series, t.to()) : t.value();
                steps.add(TARGET, base + i, base + i + 1, 1, 0, -1, true, noise, year, goal, t.to() - y);
            } else {
                step(series, s, seg, y, true, base + i, base + i + 1, noise, steps);
            }
            known[i + 1] = true;
        }
        for (int y = sHi - 1; y >= sLo; y--) {
            int i = y - sLo;
            Segment seg = bySpan[i];
            boolean free = nothingPinned && !known[i + 1] && seg instanceof Segment.Logistic;
            if (known[i] || seg == null || seg instanceof Segment.Target || (!known[i + 1] && !free)) {
                continue;
            }
            if (free) {
                steps.add(FREE, -1, base + i, 0, ((Segment.Logistic) seg).at(y), -1, false, -1, y - lo, 0, 0);
            } else {
                step(series, s, seg, y, false, base + i + 1, base + i, noise, steps);
            }
            known[i] = true;
        }
    }

    /** A step of a compound, linear, S-curve or flat segment as {@code a * v + b}. */
    private void step(Series series, int s, Segment seg, int y, boolean forward, int from, int to, int noise,
                      StepList steps) {
        double a = 1;
        double b = 0;
        int range = -1;
        if (seg instanceof Segment.Compound c) {
            a = forward ? 1 + c.rate() : 1 / (1 + c.rate());
            range = rangeOf(series.id(), series.segments().indexOf(seg));
        } else if (seg instanceof Segment.Linear l) {
            b = forward ? l.increment() : -l.increment();
        } else if (seg instanceof Segment.Logistic g) {
            b = forward ? g.rise(y, 1) : -g.rise(y, 1);
        }
        steps.add(STEP, from, to, a, b, range, forward, noise, y - lo, 0, 0);
    }

    private int rangeOf(String seriesId, int segment) {
        for (int r = 0; r < rangeCount; r++) {
            if (ranges[r].series().equals(seriesId) && ranges[r].segment() == segment) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Takes every step of one path into {@code v} (length {@code seriesCount * width}), then derives the derived
     * series. {@code growth[r]} is {@code 1 + rate} of ranged segment r; {@code z} holds the (correlated) normal of
     * noise series k in step year t at {@code k * (width - 1) + t}; each step is multiplied by
     * {@code exp(sigma[k] * z - halfVariance[k])}.
     */
    void path(double[] v, double[] growth, double[] z, double[] sigma, double[] halfVariance) {
        Arrays.fill(v, Double.NaN);
        for (int i = 0; i < pinnedAt.length; i++) {
            v[pinnedAt[i]] = pinnedValue[i];
        }
        int steps = width - 1;
        for (int i = 0; i < stepCount; i++) {
            double next;
            switch (stepType[i]) {
                case STEP: {
                    int r = stepRange[i];
                    double a = r < 0 ? stepA[i] : stepForward[i] ? growth[r] : 1 / growth[r];
                    next = a * v[stepFrom[i]] + stepB[i];
                    break;
                }
                case TARGET: {
                    double now = v[stepFrom[i]];
                    double ratio = stepGoal[i] / now;
                    next = ratio > 0 ? now * Math.pow(ratio, 1.0 / stepsLeft[i]) : Double.NaN;
                    break;
                }
                default:
                    next = stepB[i];
            }
            int k = stepNoise[i];
            if (k >= 0 && sigma[k] != 0) {
                next *= Math.exp(sigma[k] * z[k * steps + stepYear[i]] - halfVariance[k]);
            }
            v[stepTo[i]] = Double.isFinite(next) ? next : Double.NaN;
        }
        for (int d = 0; d < derivedOrder.length; d++) {
            derive(d, v);
        }
    }

    private void derive(int d, double[] v) {
        int out = derivedOrder[d] * width;
        int[] in = derivedInputs[d];
        double[] conv = derivedConversion[d];
        if (derivedOp[d] == Derivation.Op.CUMULATIVE) {
            cumulative(d, v);
            return;
        }
        for (int t = horizonOffset; t < horizonOffset + years; t++) {
            double r;
            switch (derivedOp[d]) {
                case SUM:
                    r = 0;
                    for (int j = 0; j < in.length; j++) {
                        r += v[in[j] * width + t] * conv[j];
                    }
                    break;
                case DIFFERENCE:
                    r = v[in[0] * width + t] * conv[0];
                    for (int j = 1; j < in.length; j++) {
                        r -= v[in[j] * width + t] * conv[j];
                    }
                    break;
                case RATIO: {
                    double den = v[in[1] * width + t];
                    r = den == 0 ? Double.NaN : v[in[0] * width + t] / den * derivedFactor[d];
                    break;
                }
                case PRODUCT:
                    r = derivedFactor[d];
                    for (int j = 0; j < in.length; j++) {
                        r *= v[in[j] * width + t];
                    }
                    break;
                default:
                    r = v[in[0] * width + t] * derivedFactor[d];
            }
            v[out + t] = Double.isFinite(r) ? r : Double.NaN;
        }
    }

    /**
     * A running total over the horizon, as {@code ProjectionEngine} takes it: from the input's first year with a
     * value; a year without one after that leaves the total unknown from there on.
     */
    private void cumulative(int d, double[] v) {
        int out = derivedOrder[d] * width;
        int in = derivedInputs[d][0] * width;
        double conv = derivedConversion[d][0];
        double total = 0;
        boolean started = false;
        boolean broken = false;
        for (int t = horizonOffset; t < horizonOffset + years; t++) {
            double x = v[in + t];
            broken |= started && Double.isNaN(x);
            started |= !Double.isNaN(x);
            if (!started || broken) {
                v[out + t] = Double.NaN;
                continue;
            }
            total += x * conv;
            v[out + t] = Double.isFinite(total) ? total : Double.NaN;
        }
    }

    /**
     * How many shocked steps lie between each value and the certain point it is carried from, {@code
     * [series * width + t]}: 0 at a pinned anchor, one more per step away from it.
     */
    int[] stepsFromKnown() {
        int[] depth = new int[seriesCount * width];
        for (int i = 0; i < stepCount; i++) {
            depth[stepTo[i]] = stepType[i] == FREE ? 0 : depth[stepFrom[i]] + 1;
        }
        return depth;
    }

    /** The rate drawn for ranged segment r from a uniform {@code u} in [0, 1) or a standard normal {@code g}. */
    double rate(int r, double u, double g) {
        double low = rangeLow[r];
        double high = rangeHigh[r];
        double rate;
        switch (distribution[r]) {
            case UNIFORM:
                rate = low + u * (high - low);
                break;
            case NORMAL:
                rate = (low + high) / 2 + g * (high - low) / (2 * Z95);
                break;
            default: {
                double span = high - low;
                double c = rangeMode[r];
                if (span <= 0) {
                    rate = low;
                } else if (u < (c - low) / span) {
                    rate = low + Math.sqrt(u * span * (c - low));
                } else {
                    rate = high - Math.sqrt((1 - u) * span * (high - c));
                }
            }
        }
        // A normal's tail can pass -100 %, which no compound rate may; it is held just above.
        return Math.max(rate, -0.999);
    }

    private static double[][] cholesky(double[][] correlation) {
        RealMatrix m = new Array2DRowRealMatrix(correlation);
        // Semi-definite matrices (perfect correlations) are allowed: the rectangular factor takes them.
        RectangularCholeskyDecomposition d = new RectangularCholeskyDecomposition(m, 1e-10);
        RealMatrix root = d.getRootMatrix();
        int n = correlation.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < root.getColumnDimension(); j++) {
                l[i][j] = root.getEntry(i, j);
            }
        }
        return l;
    }

    private static List<Integer> derivedOrder(Projection p) {
        List<Integer> order = new ArrayList<>();
        boolean[] done = new boolean[p.series().size()];
        for (int s = 0; s < done.length; s++) {
            done[s] = !p.series().get(s).isDerived();
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int s = 0; s < done.length; s++) {
                if (!done[s] && p.series().get(s).derivation().inputs().stream()
                        .allMatch(id -> p.seriesIndex(id) >= 0 && done[p.seriesIndex(id)])) {
                    done[s] = true;
                    order.add(s);
                    progress = true;
                }
            }
        }
        for (int s = 0; s < done.length; s++) {
            if (!done[s]) {
                throw new IllegalArgumentException("derived series '" + p.series().get(s).id()
                        + "' depends on itself through its inputs");
            }
        }
        return order;
    }

    /** The steps as they are found, grown as needed, before they are fixed in arrays. */
    private static final class StepList {
        int size;
        byte[] type = new byte[64];
        int[] from = new int[64];
        int[] to = new int[64];
        double[] a = new double[64];
        double[] b = new double[64];
        int[] range = new int[64];
        boolean[] forward = new boolean[64];
        int[] noise = new int[64];
        int[] year = new int[64];
        double[] goal = new double[64];
        int[] left = new int[64];

        void add(byte t, int f, int o, double aa, double bb, int r, boolean fw, int k, int y, double g, int l) {
            if (size == type.length) {
                int n = size * 2;
                type = Arrays.copyOf(type, n);
                from = Arrays.copyOf(from, n);
                to = Arrays.copyOf(to, n);
                a = Arrays.copyOf(a, n);
                b = Arrays.copyOf(b, n);
                range = Arrays.copyOf(range, n);
                forward = Arrays.copyOf(forward, n);
                noise = Arrays.copyOf(noise, n);
                year = Arrays.copyOf(year, n);
                goal = Arrays.copyOf(goal, n);
                left = Arrays.copyOf(left, n);
            }
            type[size] = t;
            from[size] = f;
            to[size] = o;
            a[size] = aa;
            b[size] = bb;
            range[size] = r;
            forward[size] = fw;
            noise[size] = k;
            year[size] = y;
            goal[size] = g;
            left[size] = l;
            size++;
        }
    }
}
