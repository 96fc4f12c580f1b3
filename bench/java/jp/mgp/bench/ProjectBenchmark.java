package jp.mgp.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import jp.mgp.chart.ProjectionCharts;
import jp.mgp.edit.EditHistory;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * What one slider step costs: projecting the default file (all five series, one scenario), and the same plus
 * handing the result to the three charts' datasets. Run with {@code mvn -Pbench verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProjectBenchmark {

    private final ProjectionEngine engine = new ProjectionEngine();
    private Projection base;
    private Projection edited;
    private JFreeChart[] charts;

    @Setup
    public void setUp() throws Exception {
        System.setProperty("java.awt.headless", "true");
        base = ProjectionFiles.read(Path.of("projections", "japan-ai-2040.json"));
        Series vertical = base.series("vertical-ai").orElseThrow();
        Segment after2034 = vertical.segments().get(1).withParameter("rate", 0.25);
        edited = base.withSeries(vertical.withSegment(1, after2034));
        ProjectionResult first = engine.project(base, "base");
        charts = base.charts().stream().map(c -> ProjectionCharts.create(c, first, Locale.JAPANESE))
                .toArray(JFreeChart[]::new);
        history = new EditHistory(base);
        history.beginGesture();
    }

    @Benchmark
    public ProjectionResult projectDefault() {
        return engine.project(base, "base");
    }

    @Benchmark
    public ProjectionResult projectOptimisticScenario() {
        return engine.project(base, "optimistic");
    }

    /** One edit as the editor will make it: a new rate, a new result, every chart's dataset swapped once. */
    @Benchmark
    public ProjectionResult editRecomputeAndUpdateCharts() {
        ProjectionResult result = engine.project(edited, "base");
        for (JFreeChart chart : charts) {
            ProjectionCharts.dataset(chart).setResult(result);
        }
        return result;
    }

    /**
     * One slider step as the editor makes it: the rate set through {@link ProjectionEdits} (the segment becomes
     * the user's assumption), recorded in the undo history as part of a drag, projected, and handed to the chart on
     * screen. Drawing is measured in the running window (docs/PERFORMANCE.md).
     */
    @Benchmark
    public ProjectionResult sliderStepThroughHistory() {
        step = (step + 1) % 100;
        history.apply("drag", ProjectionEdits.setParameter(history.current(), "base", "vertical-ai", 1, "rate",
                0.20 + step * 0.001, LocalizedText.of("benchmark")));
        ProjectionResult result = engine.project(history.current(), "base");
        ProjectionCharts.dataset(charts[0]).setResult(result);
        return result;
    }

    private int step;
    private EditHistory history;
}
