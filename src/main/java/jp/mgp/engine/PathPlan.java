package jp.mgp.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.mgp.model.Anchor;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;

/**
 * One scenario of a projection compiled into flat arrays for simulating many paths: the steps {@link SeriesPath}
 * takes, in its order ({@link StepCompiler}), each as {@code v[to] = (a * v[from] + b) * shock}, with the rate of
 * a ranged segment drawn per path ({@link RangedRates}) and the shocks of {@link Shocks}; then the derived
 * series, year by year ({@link Derivations}). Pinned anchors are the certain points every path passes through, so
 * a step's shock is carried away from them in both directions and a back-cast fans out backwards. Built once per
 * run and shared, read-only, by every worker.
 */
final class PathPlan {

    final Projection effective;
    final int seriesCount;
    /** The first year of the span every series is computed over (a pinned anchor may lie outside the horizon). */
    final int lo;
    /** Years in that span; a path's values are {@code v[series * width + (year - lo)]}. */
    final int width;
    final int horizonOffset;
    final int years;

    final RangedRates rates;
    final Shocks shocks;
    final Derivations derivations;

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

    /** Series s's steps are {@code firstStep[s]} to {@code endStep[s]} (exclusive): a series' steps lie together. */
    final int[] firstStep;
    final int[] endStep;

    /** The normals drawn per path, in order: the noise series and step year of each. */
    final int[] drawNoise;
    final int[] drawYear;

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
        this.shocks = new Shocks(file, effective);
        this.rates = new RangedRates(file, effective);

        StepCompiler steps = new StepCompiler(effective, lo, width, rates, shocks);
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
        pinnedAt = steps.pinAt.stream().mapToInt(Integer::intValue).toArray();
        pinnedValue = steps.pinValue.stream().mapToDouble(Double::doubleValue).toArray();
        firstStep = new int[seriesCount];
        endStep = new int[seriesCount];
        for (int i = stepCount - 1; i >= 0; i--) {
            int s = stepTo[i] / width;
            firstStep[s] = i;
            endStep[s] = Math.max(endStep[s], i + 1);
        }

        // Draw a normal for every step year a noise series uses, and for every year of a correlated one (the
        // Cholesky factor mixes them).
        int noiseCount = shocks.count;
        boolean[][] used = new boolean[noiseCount][Math.max(width - 1, 0)];
        for (int i = 0; i < stepCount; i++) {
            if (stepNoise[i] >= 0) {
                used[stepNoise[i]][stepYear[i]] = true;
            }
        }
        boolean[] isCorrelated = new boolean[noiseCount];
        for (int k : shocks.correlated) {
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

        this.derivations = new Derivations(effective, width, horizonOffset);
    }

    /** The plan of {@code scenarioId} (null: the file's default) of {@code file}. */
    static PathPlan of(Projection file, String scenarioId) {
        return new PathPlan(file, ScenarioApplier.apply(file, scenarioId));
    }

    /**
     * Takes every step of {@code n} paths at once into {@code v}, then derives the derived series. The paths lie
     * side by side: path p's value of series s in span year t is {@code v[(s * width + t) * n + p]}, so each step
     * is one loop over the paths (no branch on the step's kind per value, and arrays read in order).
     * {@code growth[r * n + p]} is {@code 1 + rate} of ranged segment r; {@code z[(k * (width - 1) + t) * n + p]}
     * the (correlated) normal of noise series k in step year t; each step is multiplied by
     * {@code exp(sigma[k] * z - halfVariance[k])}. With n = 1 this is one path, value by value.
     */
    void paths(double[] v, int n, double[] growth, double[] z, double[] sigma, double[] halfVariance) {
        Arrays.fill(v, 0, seriesCount * width * n, Double.NaN);
        for (int i = 0; i < pinnedAt.length; i++) {
            Arrays.fill(v, pinnedAt[i] * n, pinnedAt[i] * n + n, pinnedValue[i]);
        }
        steps(v, n, growth, z, sigma, halfVariance, 0, stepCount);
        derivations.derive(v, n);
    }

    /**
     * Takes series {@code s} of {@code n} paths anew, as {@link #paths} takes it: its values cleared, its pinned
     * anchors set and its steps taken (a derived series is only cleared: {@link Derivations#derive} fills it).
     * The other series are not touched; a series' steps read only its own values.
     */
    void series(int s, double[] v, int n, double[] growth, double[] z, double[] sigma, double[] halfVariance) {
        Arrays.fill(v, s * width * n, (s + 1) * width * n, Double.NaN);
        for (int i = 0; i < pinnedAt.length; i++) {
            if (pinnedAt[i] / width == s) {
                Arrays.fill(v, pinnedAt[i] * n, pinnedAt[i] * n + n, pinnedValue[i]);
            }
        }
        if (endStep[s] > firstStep[s]) {
            steps(v, n, growth, z, sigma, halfVariance, firstStep[s], endStep[s]);
        }
    }

    /** Steps {@code first} to {@code end} (exclusive) of {@code n} paths, in order. */
    private void steps(double[] v, int n, double[] growth, double[] z, double[] sigma, double[] halfVariance,
                       int first, int end) {
        int steps = width - 1;
        for (int i = first; i < end; i++) {
            int to = stepTo[i] * n;
            int from = stepFrom[i] * n;
            double b = stepB[i];
            switch (stepType[i]) {
                case StepCompiler.STEP: {
                    int r = stepRange[i] * n;
                    if (r < 0) {
                        double a = stepA[i];
                        for (int p = 0; p < n; p++) {
                            v[to + p] = a * v[from + p] + b;
                        }
                    } else if (stepForward[i]) {
                        for (int p = 0; p < n; p++) {
                            v[to + p] = growth[r + p] * v[from + p] + b;
                        }
                    } else {
                        for (int p = 0; p < n; p++) {
                            v[to + p] = 1 / growth[r + p] * v[from + p] + b;
                        }
                    }
                    break;
                }
                case StepCompiler.TARGET: {
                    double goal = stepGoal[i];
                    double power = 1.0 / stepsLeft[i];
                    for (int p = 0; p < n; p++) {
                        double now = v[from + p];
                        double ratio = goal / now;
                        v[to + p] = ratio > 0 ? now * Math.pow(ratio, power) : Double.NaN;
                    }
                    break;
                }
                default:
                    Arrays.fill(v, to, to + n, b);
            }
            int k = stepNoise[i];
            if (k >= 0 && sigma[k] != 0) {
                double sk = sigma[k];
                double hk = halfVariance[k];
                int at = (k * steps + stepYear[i]) * n;
                for (int p = 0; p < n; p++) {
                    double x = v[to + p] * Math.exp(sk * z[at + p] - hk);
                    v[to + p] = Double.isFinite(x) ? x : Double.NaN;
                }
            } else {
                for (int p = 0; p < n; p++) {
                    if (!Double.isFinite(v[to + p])) {
                        v[to + p] = Double.NaN;
                    }
                }
            }
        }
    }

    /**
     * How many shocked steps lie between each value and the certain point it is carried from, {@code
     * [series * width + t]}: 0 at a pinned anchor, one more per step away from it.
     */
    int[] stepsFromKnown() {
        int[] depth = new int[seriesCount * width];
        for (int i = 0; i < stepCount; i++) {
            depth[stepTo[i]] = stepType[i] == StepCompiler.FREE ? 0 : depth[stepFrom[i]] + 1;
        }
        return depth;
    }
}
