package jp.mgp.engine;

/**
 * How a simulation reports its progress and learns it is no longer wanted (the window cancels a refinement when
 * the next edit comes). Both are called from the simulation's worker threads, between blocks of paths: an
 * implementation passes progress on to its own thread and answers {@link #isCancelled()} quickly.
 */
public interface SimulationMonitor {

    /** Neither reports nor cancels. */
    SimulationMonitor NONE = new SimulationMonitor() {
    };

    /** {@code done} of {@code total} units of work are finished (blocks of paths, then the summary). */
    default void progress(long done, long total) {
    }

    /** Whether to stop: the simulation then ends with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
