package jp.mgp.model;

/**
 * What a file says a simulation runs with, so that its fan reproduces exactly: the seed of the random numbers
 * and the number of paths.
 */
public record SimulationSetup(long seed, int paths) {

    public static final int MIN_PATHS = 100;
    public static final int MAX_PATHS = 1_000_000;
    /** What a file without a setup is simulated with. */
    public static final SimulationSetup DEFAULT = new SimulationSetup(2040, 10_000);
}
