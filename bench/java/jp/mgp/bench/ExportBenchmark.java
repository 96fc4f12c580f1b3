package jp.mgp.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;

/**
 * What an export costs: the whole deck of the default projection (three native charts and the assumptions
 * slide), the same as pictures, the PDF, and the workbook, each written to disk as the user would.
 * {@code singleShot} measures the first export in a fresh JVM, the one a user waits for after starting mgp.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ExportBenchmark {

    private Projection projection;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        System.setProperty("java.awt.headless", "true");
        projection = ProjectionFiles.read(Path.of("projections", "japan-ai-2040.json"));
        dir = Files.createTempDirectory("mgp-bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private Object export(ExportFormat format, boolean pictures) throws Exception {
        return Exporter.export(projection, "base", Exporter.Request.of(format, Locale.JAPANESE)
                .withTemplate(null, pictures), dir.resolve("deck." + format.extension()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object deckNativeCharts() throws Exception {
        return export(ExportFormat.PPTX, false);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object deckFirstInFreshJvm() throws Exception {
        return export(ExportFormat.PPTX, false);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object deckPictures() throws Exception {
        return export(ExportFormat.PPTX, true);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object pdf() throws Exception {
        return export(ExportFormat.PDF, false);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object workbook() throws Exception {
        return export(ExportFormat.XLSX, false);
    }
}
