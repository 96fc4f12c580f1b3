package jp.mgp.engine;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/**
 * A fan that follows the edits of a slider at once: it keeps what its paths drew (each ranged rate's draw, every
 * shock's normal) and every path's values, and after an edit takes again only the series the edit changed, and
 * the derived series that depend on them, from the same draws. The result is the fan {@link Simulation#run} gives
 * for the edited projection, to the last bit; a default projection's rate costs one series' paths instead of
 * fourteen. An edit that changes what is drawn (the seed, the paths, a series or shock added or taken away, the
 * correlation, a range's kind of distribution) cannot be followed: {@link #update} then says so, and the caller
 * simulates afresh.
 * <p>
 * Not safe for use by two threads at once: one thread makes it and hands it over, another updates it (the
 * window's FX thread). Each result is a new, immutable {@link FanResult}; those given before are not changed.
 */
public final class LiveFan {

    private final SimulationSettings settings;
    private final Simulation.Chunk[] chunks;
    private PathPlan plan;
    private FanResult result;

    private LiveFan(SimulationSettings settings, Simulation.Chunk[] chunks, PathPlan plan, FanResult result) {
        this.settings = settings;
        this.chunks = chunks;
        this.plan = plan;
        this.result = result;
    }

    /**
     * Simulates scenario {@code scenarioId} of {@code projection} as {@link Simulation#run} does, keeping the
     * paths' draws and values ({@link #keptBytes}: 25 MB for 10,000 paths of the default projection).
     *
     * @throws CancellationException when the monitor cancels it
     * @throws jp.mgp.model.RuleViolation when the scenario does not exist or cannot be laid on the file
     */
    public static LiveFan run(Projection projection, String scenarioId, SimulationSettings settings,
                              SimulationMonitor monitor) {
        Simulation.Chunk[] chunks = new Simulation.Chunk[Simulation.chunkCount(settings.paths())];
        FanResult fan = Simulation.run(projection, scenarioId, settings, monitor, chunks);
        return new LiveFan(settings, chunks, PathPlan.of(projection, scenarioId), fan);
    }

    /**
     * The bytes {@link #run} keeps for {@code paths} paths of scenario {@code scenarioId} of {@code projection}:
     * every series' value in every year of the span, every shock's normal and every range's draw, per path.
     */
    public static long keptBytes(Projection projection, String scenarioId, int paths) {
        PathPlan p = PathPlan.of(projection, scenarioId);
        long perPath = (long) p.seriesCount * p.width + (long) p.shocks.count * (p.width - 1) + p.rates.count;
        return perPath * Double.BYTES * paths;
    }

    /** The fan of the projection last simulated or updated. */
    public FanResult result() {
        return result;
    }

    /**
     * The fan of {@code edited}'s scenario {@code scenarioId} with {@code settings}, from the paths' own draws,
     * or null when the edit changes what the paths draw (then nothing here changes, and the caller simulates).
     *
     * @throws jp.mgp.model.RuleViolation when the scenario does not exist or cannot be laid on the file
     */
    public FanResult update(Projection edited, String scenarioId, SimulationSettings settings) {
        Scenario scenario = ScenarioApplier.resolve(edited, scenarioId);
        PathPlan next = PathPlan.of(edited, scenarioId);
        if (settings.seed() != this.settings.seed() || settings.paths() != this.settings.paths()
                || !sameDraws(plan, next)) {
            return null;
        }
        boolean[] changed = changedSeries(plan, next);
        boolean[] derive = new boolean[next.derivations.order.length];
        for (int d = 0; d < derive.length; d++) {
            derive[d] = changed[next.derivations.order[d]];
        }
        int paths = settings.paths();
        int years = next.years;
        float[][] values = result.valuesShared();
        float[][] nowValues = values.clone();
        for (int s = 0; s < next.seriesCount; s++) {
            if (changed[s]) {
                for (int y = 0; y < years; y++) {
                    nowValues[s * years + y] = new float[paths];
                }
            }
        }
        // The blocks on every core, each block's chunks in order (as Simulation.run steps them), then the
        // changed series-years' quantiles: a block's sums are added in the same order whatever thread takes it.
        int blocks = chunks[chunks.length - 1].block() + 1;
        int[] firstChunk = new int[blocks + 1];
        for (int i = chunks.length - 1; i >= 0; i--) {
            firstChunk[chunks[i].block()] = i;
        }
        firstChunk[blocks] = chunks.length;
        Tally.Block[] found = new Tally.Block[blocks];
        AtomicInteger nextBlock = new AtomicInteger();
        Simulation.inParallel(settings.threads(), () -> {
            double[] growth = new double[next.rates.count * chunks[0].n];
            for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                found[b] = new Tally.Block(next.seriesCount * years);
                for (int i = firstChunk[b]; i < firstChunk[b + 1]; i++) {
                    follow(next, chunks[i], changed, derive, growth, nowValues, found[b]);
                }
            }
        });
        FanResult was = result;
        double[][] levels = new double[next.seriesCount * years][];
        double[] means = new double[levels.length];
        int[] failed = new int[levels.length];
        int[] taken = java.util.stream.IntStream.range(0, levels.length).filter(sy -> changed[sy / years]).toArray();
        for (int sy = 0; sy < levels.length; sy++) {
            if (!changed[sy / years]) {
                levels[sy] = was.levelsShared(sy);
                means[sy] = was.mean(sy / years, sy % years);
                failed[sy] = was.failedPaths(sy / years, sy % years);
            }
        }
        AtomicInteger nextTaken = new AtomicInteger();
        Simulation.inParallel(settings.threads(), () -> {
            Tally.Selection selection = new Tally.Selection(paths);
            for (int i = nextTaken.getAndIncrement(); i < taken.length; i = nextTaken.getAndIncrement()) {
                Tally.finish(taken[i], found, nowValues[taken[i]], paths, means, failed, levels, selection);
            }
        });
        plan = next;
        result = new FanResult(next.effective, scenario == null ? null : scenario.id(), settings, nowValues, levels,
                means, failed, Simulation.uncertain(next));
        return result;
    }

    /** Takes chunk {@code c}'s changed series again from its draws and stores them, adding to its block's sums. */
    private static void follow(PathPlan next, Simulation.Chunk c, boolean[] changed, boolean[] derive,
                               double[] growth, float[][] values, Tally.Block into) {
        for (int r = 0; r < next.rates.count; r++) {
            for (int p = 0; p < c.n; p++) {
                growth[r * c.n + p] = 1 + next.rates.rate(r, c.drawn[r * c.n + p]);
            }
        }
        for (int s = 0; s < next.seriesCount; s++) {
            if (changed[s]) {
                next.series(s, c.v, c.n, growth, c.z, next.shocks.sigma, next.shocks.halfVariance);
            }
        }
        next.derivations.derive(c.v, c.n, derive);
        for (int s = 0; s < next.seriesCount; s++) {
            if (changed[s]) {
                Tally.store(next, s, c.v, c.n, c.first, values, into);
            }
        }
    }

    /**
     * Whether two plans draw the same numbers in the same order for the same purposes: the same span, the same
     * noise series with the same normals drawn, correlated alike, and as many ranges, each drawing a uniform or a
     * normal as before.
     */
    static boolean sameDraws(PathPlan a, PathPlan b) {
        if (a.seriesCount != b.seriesCount || a.lo != b.lo || a.width != b.width || a.years != b.years
                || a.horizonOffset != b.horizonOffset || a.rates.count != b.rates.count
                || !Arrays.equals(a.drawNoise, b.drawNoise) || !Arrays.equals(a.drawYear, b.drawYear)
                || !Arrays.equals(a.shocks.series, b.shocks.series)
                || !Arrays.equals(a.shocks.correlated, b.shocks.correlated)
                || !Arrays.deepEquals(a.shocks.cholesky, b.shocks.cholesky)) {
            return false;
        }
        for (int r = 0; r < a.rates.count; r++) {
            if (a.rates.drawsNormal(r) != b.rates.drawsNormal(r)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The series whose paths differ between plans of the same draws: a base series whose steps, pinned anchors,
     * shock or ranges differ; a derived series whose rule differs or one of whose inputs changed.
     */
    static boolean[] changedSeries(PathPlan a, PathPlan b) {
        boolean[] changed = new boolean[b.seriesCount];
        for (int s = 0; s < b.seriesCount; s++) {
            changed[s] = !sameSteps(a, b, s) || !samePins(a, b, s) || !sameShock(a, b, s);
        }
        Derivations da = a.derivations;
        Derivations db = b.derivations;
        boolean sameOrder = Arrays.equals(da.order, db.order);
        for (int d = 0; d < db.order.length; d++) {
            int s = db.order[d];
            boolean same = sameOrder && da.op[d] == db.op[d] && Arrays.equals(da.inputs[d], db.inputs[d])
                    && Arrays.equals(da.conversion[d], db.conversion[d])
                    && Double.compare(da.factor[d], db.factor[d]) == 0;
            for (int in : db.inputs[d]) {
                same &= !changed[in];
            }
            changed[s] |= !same;
        }
        return changed;
    }

    private static boolean sameSteps(PathPlan a, PathPlan b, int s) {
        int i = a.firstStep[s];
        int j = b.firstStep[s];
        int count = a.endStep[s] - i;
        if (b.endStep[s] - j != count) {
            return false;
        }
        for (int k = 0; k < count; k++, i++, j++) {
            if (a.stepType[i] != b.stepType[j] || a.stepFrom[i] != b.stepFrom[j] || a.stepTo[i] != b.stepTo[j]
                    || Double.compare(a.stepA[i], b.stepA[j]) != 0 || Double.compare(a.stepB[i], b.stepB[j]) != 0
                    || a.stepForward[i] != b.stepForward[j] || a.stepNoise[i] != b.stepNoise[j]
                    || a.stepYear[i] != b.stepYear[j] || Double.compare(a.stepGoal[i], b.stepGoal[j]) != 0
                    || a.stepsLeft[i] != b.stepsLeft[j] || a.stepRange[i] != b.stepRange[j]
                    || (b.stepRange[j] >= 0 && !sameRange(a.rates, b.rates, b.stepRange[j]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRange(RangedRates a, RangedRates b, int r) {
        return a.distribution[r] == b.distribution[r] && Double.compare(a.low[r], b.low[r]) == 0
                && Double.compare(a.high[r], b.high[r]) == 0 && Double.compare(a.mode[r], b.mode[r]) == 0;
    }

    private static boolean samePins(PathPlan a, PathPlan b, int s) {
        return Arrays.equals(pins(a, s), pins(b, s));
    }

    /** Series s's pinned anchors: place and value, in the plan's order. */
    private static double[] pins(PathPlan p, int s) {
        return java.util.stream.IntStream.range(0, p.pinnedAt.length).filter(i -> p.pinnedAt[i] / p.width == s)
                .mapToObj(i -> new double[] {p.pinnedAt[i], p.pinnedValue[i]})
                .flatMapToDouble(Arrays::stream).toArray();
    }

    private static boolean sameShock(PathPlan a, PathPlan b, int s) {
        int k = b.shocks.of[s];
        return k < 0 || Double.compare(a.shocks.sigma[k], b.shocks.sigma[k]) == 0
                && Double.compare(a.shocks.halfVariance[k], b.shocks.halfVariance[k]) == 0;
    }
}
