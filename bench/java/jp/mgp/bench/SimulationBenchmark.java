package jp.mgp.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import jp.mgp.engine.FanResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Shock;
import jp.mgp.model.Uncertainty;
import jp.mgp.model.Unit;

/**
 * The simulation's workload of issue 13: five series, 16 annual steps (2025-2040) from a 2024 anchor, each with a
 * mean-preserving lognormal shock, P10, P50 and P90 per series-year (mgp computes P5 and P95 and the mean as
 * well), at 10,000 and 100,000 paths; against a straightforward version in the same run (java.util.Random, the
 * values multiplied step by step, a full sort per series-year, one thread). Compute only: the projection is
 * built once. Run with {@code mvn -Pbench verify -Dbench.include=SimulationBenchmark}, and under the app's own
 * flags as docs/PERFORMANCE.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SimulationBenchmark {

    static final double[] ANCHORS = {10.8, 12.5, 2.4, 6.7, 0.7};
    static final double[] RATES = {0.216, 0.344, 0.30, 0.069, 0.344};
    static final double[] SIGMAS = {0.04, 0.06, 0.08, 0.05, 0.06};
    static final int STEPS = 16;
    static final double[] OUTPUT = {0.10, 0.50, 0.90};

    @Param({"10000", "100000"})
    public int paths;

    private Projection projection;
    private SimulationSettings oneThread;
    private SimulationSettings everyCore;

    @Setup
    public void setUp() {
        List<Series> series = new ArrayList<>();
        Uncertainty u = Uncertainty.NONE;
        for (int s = 0; s < ANCHORS.length; s++) {
            String id = "s" + s;
            series.add(new Series(id, LocalizedText.of(id), Unit.JPY_TRILLION, "",
                    List.of(Anchor.assumption(2024, ANCHORS[s])),
                    List.of(new Segment.Compound(2024, 2040, RATES[s], Basis.assumption(LocalizedText.of("b")))),
                    null));
            u = u.withShock(id, Shock.of(SIGMAS[s]));
        }
        projection = new Projection(LocalizedText.of("bench"), LocalizedText.EMPTY, 2024, 2040, series, List.of(),
                List.of(), List.of(), Map.of(), u);
        oneThread = new SimulationSettings(2040, paths, 1);
        everyCore = new SimulationSettings(2040, paths, SimulationSettings.defaultThreads());
    }

    /** mgp's simulation on every core (the way the window runs it). */
    @Benchmark
    public double mgpEveryCore() {
        return touch(Simulation.run(projection, null, everyCore, SimulationMonitor.NONE));
    }

    /** mgp's simulation on one thread: what the generator, the flat steps and selection give without the second core. */
    @Benchmark
    public double mgpOneThread() {
        return touch(Simulation.run(projection, null, oneThread, SimulationMonitor.NONE));
    }

    /** The straightforward version: java.util.Random, multiply step by step, sort every series-year. */
    @Benchmark
    public double baseline() {
        Random random = new Random(2040);
        int years = STEPS + 1;
        double[][][] values = new double[ANCHORS.length][years][paths];
        for (int p = 0; p < paths; p++) {
            for (int s = 0; s < ANCHORS.length; s++) {
                double v = ANCHORS[s];
                values[s][0][p] = v;
                double sigma = SIGMAS[s];
                for (int y = 1; y < years; y++) {
                    v = v * (1 + RATES[s]) * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
                    values[s][y][p] = v;
                }
            }
        }
        double sum = 0;
        for (int s = 0; s < ANCHORS.length; s++) {
            for (int y = 0; y < years; y++) {
                double[] sorted = values[s][y];
                Arrays.sort(sorted);
                for (double q : OUTPUT) {
                    double h = (paths - 1) * q;
                    int k = (int) h;
                    sum += sorted[k] + (h - k) * (sorted[Math.min(k + 1, paths - 1)] - sorted[k]);
                }
            }
        }
        return sum;
    }

    private static double touch(FanResult fan) {
        double sum = 0;
        for (int s = 0; s < fan.seriesCount(); s++) {
            for (int y = 0; y < fan.years(); y++) {
                for (double q : OUTPUT) {
                    sum += fan.quantile(s, y, q);
                }
            }
        }
        return sum;
    }
}
