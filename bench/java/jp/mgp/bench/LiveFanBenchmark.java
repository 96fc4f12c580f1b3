package jp.mgp.bench;

import java.nio.file.Path;
import java.util.List;
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

import jp.mgp.edit.RangeEdits;
import jp.mgp.engine.FanResult;
import jp.mgp.engine.LiveFan;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;

/**
 * A slider step's 10,000-path fan of the default projection (14 series, 5 of them with shocks, 6 rate ranges,
 * three correlated): followed by {@link LiveFan} (only the moved series and what derives from it stepped again,
 * on the FX thread in the window) against a fresh simulation of every series on every core. Each call moves a
 * series' last compound rate to the other of two values 0.2 points apart, as a slider does: the vertical AI
 * market's (one series), or the robot market's (with the five series of the labour chain derived from it). Run with
 * {@code mvn -Pbench verify -Dbench.include=LiveFanBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LiveFanBenchmark {

    /** The series whose last compound rate moves: one series alone, or the robot market the labour chain follows. */
    @Param({"vertical-ai", "multipurpose-robots"})
    public String moved;

    private Projection[] steps;
    private SimulationSettings settings;
    private LiveFan live;
    private int next;

    @Setup
    public void setUp() throws Exception {
        Projection p = ProjectionFiles.read(Path.of("projections", "japan-ai-2040.json"));
        LocalizedText why = LocalizedText.of("bench");
        List<Segment> segments = p.series(moved).orElseThrow().segments();
        int last = segments.size() - 1;
        while (!(segments.get(last) instanceof Segment.Compound)) {
            last--;
        }
        double rate = ((Segment.Compound) segments.get(last)).rate();
        steps = new Projection[] {RangeEdits.setRate(p, null, moved, last, rate - 0.001, why),
            RangeEdits.setRate(p, null, moved, last, rate + 0.001, why)};
        settings = SimulationSettings.of(p).withPaths(10_000);
        live = LiveFan.run(steps[0], null, settings, SimulationMonitor.NONE);
    }

    /** The fan after a slider step, followed from the kept paths (one thread, as the window's FX thread does). */
    @Benchmark
    public double followed() {
        next ^= 1;
        return touch(live.update(steps[next], null, settings));
    }

    /** The same fan simulated afresh, every series, on every core (as the window did before). */
    @Benchmark
    public double fresh() {
        next ^= 1;
        return touch(Simulation.run(steps[next], null, settings, SimulationMonitor.NONE));
    }

    private static double touch(FanResult fan) {
        int s = fan.seriesCount() - 1;
        return fan.quantile(s, fan.years() - 1, FanResult.P50);
    }
}
