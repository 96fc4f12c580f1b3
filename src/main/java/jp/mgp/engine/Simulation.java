package jp.mgp.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/**
 * Monte Carlo over a projection's uncertainty: every path draws each ranged segment's rate once and a shock for
 * every step, takes the steps the projection takes, derives the derived series, and the paths' values give each
 * series-year's quantiles and mean ({@link FanResult}).
 * <p>
 * Reproducible: the paths are cut into blocks of {@value #BLOCK} whatever the number of threads, and block b draws
 * from the b-th generator split in turn from one L64X128MixRandom seeded with the seed, so a seed gives the same
 * figures on 1 or 16 threads. Fast: the steps are flat arrays ({@link PathPlan}), each thread keeps its scratch
 * arrays for all its paths, quantiles are selected rather than sorted, and blocks run on every core. Between
 * blocks the monitor hears the progress and may cancel.
 */
public final class Simulation {

    /** Paths per block; part of what a seed means, so never changed. */
    static final int BLOCK = 1024;
    static final String GENERATOR = "L64X128MixRandom";

    private static final ForkJoinPool SHARED = new ForkJoinPool(SimulationSettings.defaultThreads());

    private Simulation() {
    }

    /**
     * Simulates scenario {@code scenarioId} (null: the file's default) of {@code projection}.
     *
     * @throws CancellationException when the monitor cancels it
     * @throws jp.mgp.model.RuleViolation when the scenario does not exist or cannot be laid on the file
     */
    public static FanResult run(Projection projection, String scenarioId, SimulationSettings settings,
                                SimulationMonitor monitor) {
        return run(projection, scenarioId, settings, monitor, null);
    }

    /**
     * As {@link #run(Projection, String, SimulationSettings, SimulationMonitor)}, keeping every chunk's draws and
     * values in {@code kept} (one per chunk of {@link Worker#CHUNK} paths, in path order) when it is not null, for
     * {@link LiveFan} to take the paths again after an edit.
     */
    static FanResult run(Projection projection, String scenarioId, SimulationSettings settings,
                         SimulationMonitor monitor, Chunk[] kept) {
        Scenario scenario = ScenarioApplier.resolve(projection, scenarioId);
        PathPlan plan = PathPlan.of(projection, scenarioId);
        int paths = settings.paths();
        int blocks = (paths + BLOCK - 1) / BLOCK;
        int seriesYears = plan.seriesCount * plan.years;
        float[][] values = new float[seriesYears][paths];
        Tally.Block[] found = new Tally.Block[blocks];
        SplittableGenerator root = RandomGeneratorFactory.<SplittableGenerator>of(GENERATOR).create(settings.seed());
        SplittableGenerator[] generators = new SplittableGenerator[blocks];
        for (int b = 0; b < blocks; b++) {
            generators[b] = root.split();
        }
        long total = blocks + 1L;
        AtomicLong done = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        inParallel(settings.threads(), () -> {
            Worker w = new Worker(plan);
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                if (monitor.isCancelled()) {
                    return;
                }
                int from = b * BLOCK;
                int to = Math.min(paths, from + BLOCK);
                found[b] = new Tally.Block(seriesYears);
                w.block(generators[b], from, to, values, found[b], kept);
                monitor.progress(done.incrementAndGet(), total);
            }
        });
        if (monitor.isCancelled()) {
            throw new CancellationException("simulation cancelled");
        }
        double[] means = new double[seriesYears];
        int[] failed = new int[seriesYears];
        double[][] levels = new double[seriesYears][];
        AtomicInteger nextSeriesYear = new AtomicInteger();
        inParallel(settings.threads(), () -> {
            Tally.Selection selection = new Tally.Selection(paths);
            for (int i = nextSeriesYear.getAndIncrement(); i < seriesYears; i = nextSeriesYear.getAndIncrement()) {
                Tally.finish(i, found, values[i], paths, means, failed, levels, selection);
            }
        });
        monitor.progress(total, total);
        return new FanResult(plan.effective, scenario == null ? null : scenario.id(), settings, values, levels, means,
                failed, uncertain(plan));
    }

    /**
     * Runs {@code work} on {@code threads} threads at once (the caller's among them) and waits for those that began
     * it. {@code work} must take its pieces from a shared counter, so that running it once more when all are taken
     * does nothing.
     */
    static void inParallel(int threads, Runnable work) {
        if (threads == 1) {
            work.run();
            return;
        }
        ForkJoinPool pool = threads == SHARED.getParallelism() ? SHARED : new ForkJoinPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            List<AtomicBoolean> started = new ArrayList<>();
            for (int t = 0; t < threads - 1; t++) {
                AtomicBoolean begun = new AtomicBoolean();
                started.add(begun);
                running.add(pool.submit(() -> {
                    if (begun.compareAndSet(false, true)) {
                        work.run();
                    }
                }));
            }
            work.run();
            for (int t = 0; t < running.size(); t++) {
                // The work is handed out piece by piece, so when the caller's share ends none is left: a thread
                // that has not begun by then (its core busy elsewhere, as the renderer's often is) is told not to,
                // and not waited for.
                if (!started.get(t).compareAndSet(false, true)) {
                    running.get(t).get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("simulation interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (pool != SHARED) {
                pool.shutdown();
            }
        }
    }

    /** Which series vary: a shock or a range of their own, or an input that varies. */
    static boolean[] uncertain(PathPlan plan) {
        boolean[] out = new boolean[plan.seriesCount];
        for (int i = 0; i < plan.stepCount; i++) {
            int s = plan.stepTo[i] / plan.width;
            int k = plan.stepNoise[i];
            out[s] |= plan.stepRange[i] >= 0 || (k >= 0 && plan.shocks.sigma[k] > 0);
        }
        for (int d = 0; d < plan.derivations.order.length; d++) {
            for (int in : plan.derivations.inputs[d]) {
                out[plan.derivations.order[d]] |= out[in];
            }
        }
        return out;
    }

    /** The chunk that path {@code first} begins: blocks of {@value #BLOCK} paths, cut into {@link Worker#CHUNK}s. */
    static int chunkIndex(int first) {
        int perBlock = BLOCK / Worker.CHUNK;
        return first / BLOCK * perBlock + first % BLOCK / Worker.CHUNK;
    }

    /** The chunks {@code paths} paths are cut into. */
    static int chunkCount(int paths) {
        return chunkIndex(paths - 1) + 1;
    }

    /**
     * What one chunk of paths drew and came to, kept so that {@link LiveFan} can take its paths again with other
     * rates: the draw behind each ranged rate (the uniform, or the normal of a normal range), the shocks' normals
     * (correlated), and every series' values.
     */
    static final class Chunk {
        final int first;
        final int n;
        double[] drawn;
        double[] z;
        double[] v;

        Chunk(int first, int n) {
            this.first = first;
            this.n = n;
        }

        /** The block this chunk's paths belong to. */
        int block() {
            return first / BLOCK;
        }

        void keep(PathPlan p, double[] values, double[] normals) {
            v = Arrays.copyOf(values, p.seriesCount * p.width * n);
            z = Arrays.copyOf(normals, p.shocks.count * (p.width - 1) * n);
        }
    }

    /**
     * One thread's scratch space, reused for every path it simulates. A block is taken {@value #CHUNK} paths at a
     * time, side by side ({@link PathPlan#paths}), so that each step and each series-year is one loop over the
     * paths; the paths draw from the block's generator one after another, as they would one at a time.
     */
    private static final class Worker {
        /** Paths stepped at once: their values and normals (about 170 KB for 5 series) stay in the cache. */
        static final int CHUNK = 128;

        private final PathPlan plan;
        private final double[] v;
        private final double[] growth;
        private final double[] z;
        private final double[] mixed;

        Worker(PathPlan plan) {
            this.plan = plan;
            this.v = new double[plan.seriesCount * plan.width * CHUNK];
            this.growth = new double[plan.rates.count * CHUNK];
            this.z = new double[Math.max(1, plan.shocks.count * (plan.width - 1)) * CHUNK];
            this.mixed = new double[plan.shocks.correlated.length];
        }

        void block(RandomGenerator rng, int from, int to, float[][] values, Tally.Block into, Chunk[] kept) {
            for (int first = from; first < to; first += CHUNK) {
                int n = Math.min(CHUNK, to - first);
                Chunk keep = kept == null ? null : new Chunk(first, n);
                if (keep != null) {
                    kept[chunkIndex(first)] = keep;
                }
                chunk(rng, first, n, values, into, keep);
            }
        }

        private void chunk(RandomGenerator rng, int first, int n, float[][] values, Tally.Block into, Chunk keep) {
            PathPlan p = plan;
            RangedRates rates = p.rates;
            if (keep != null) {
                keep.drawn = new double[rates.count * n];
            }
            int steps = p.width - 1;
            int[] drawAt = new int[p.drawNoise.length];
            for (int d = 0; d < drawAt.length; d++) {
                drawAt[d] = (p.drawNoise[d] * steps + p.drawYear[d]) * n;
            }
            for (int path = 0; path < n; path++) {
                for (int r = 0; r < rates.count; r++) {
                    double draw = rates.drawsNormal(r) ? rng.nextGaussian() : rng.nextDouble();
                    growth[r * n + path] = 1 + rates.rate(r, draw);
                    if (keep != null) {
                        keep.drawn[r * n + path] = draw;
                    }
                }
                for (int d = 0; d < drawAt.length; d++) {
                    z[drawAt[d] + path] = rng.nextGaussian();
                }
            }
            if (mixed.length > 0) {
                correlate(steps, n);
            }
            p.paths(v, n, growth, z, p.shocks.sigma, p.shocks.halfVariance);
            if (keep != null) {
                keep.keep(p, v, z);
            }
            for (int s = 0; s < p.seriesCount; s++) {
                Tally.store(p, s, v, n, first, values, into);
            }
        }

        /** z = L e for the correlated series, year by year and path by path. */
        private void correlate(int steps, int n) {
            int[] c = plan.shocks.correlated;
            double[][] l = plan.shocks.cholesky;
            for (int t = 0; t < steps; t++) {
                for (int path = 0; path < n; path++) {
                    for (int i = 0; i < c.length; i++) {
                        double sum = 0;
                        for (int j = 0; j < c.length; j++) {
                            sum += l[i][j] * z[(c[j] * steps + t) * n + path];
                        }
                        mixed[i] = sum;
                    }
                    for (int i = 0; i < c.length; i++) {
                        z[(c[i] * steps + t) * n + path] = mixed[i];
                    }
                }
            }
        }
    }
}
