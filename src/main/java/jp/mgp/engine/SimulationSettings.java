package jp.mgp.engine;

import jp.mgp.model.Projection;
import jp.mgp.model.SimulationSetup;

/**
 * What one simulation runs with. The seed and the path count decide the result; the number of threads only how
 * fast it comes (the paths are cut into fixed blocks, each with its own generator split from the seed, so 1, 2 or
 * 4 threads give the same figures to the last bit).
 *
 * @param threads how many threads work at once, at least 1 ({@link #defaultThreads()}: one per core)
 */
public record SimulationSettings(long seed, int paths, int threads) {

    public SimulationSettings {
        if (paths < 1) {
            throw new IllegalArgumentException("a simulation needs at least one path: " + paths);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("a simulation needs at least one thread: " + threads);
        }
    }

    /** The seed and paths the file gives (or {@link SimulationSetup#DEFAULT}), one thread per core. */
    public static SimulationSettings of(Projection projection) {
        SimulationSetup setup = projection.uncertainty().setupOrDefault();
        return new SimulationSettings(setup.seed(), setup.paths(), defaultThreads());
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public SimulationSettings withPaths(int newPaths) {
        return new SimulationSettings(seed, newPaths, threads);
    }

    public SimulationSettings withSeed(long newSeed) {
        return new SimulationSettings(newSeed, paths, threads);
    }

    public SimulationSettings withThreads(int newThreads) {
        return new SimulationSettings(seed, paths, newThreads);
    }
}
