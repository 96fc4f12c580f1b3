package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.ZipParts;
import jp.mgp.io.json.ProjectionFiles;

/**
 * Kills a saving and an exporting JVM at random moments (seeded) and checks what a killed write leaves: the
 * target is the old file or the new one, byte for byte (a deck: every part but the time of writing), and opens;
 * a temporary file left behind carries the killed process's id, and the next write removes it. {@code mvn verify}
 * kills 20 times; {@code -Pkilled-writes} (docs/RELIABILITY.md) 200 times.
 */
class KilledWritesTest {

    private static final int KILLS = Integer.getInteger("mgp.kills", 20);
    private static final long SEED = Long.getLong("mgp.kills.seed", 20261128L);

    @TempDir
    Path dir;

    /** How long the child's first write took after "ready", last time (0: not yet known). */
    private volatile long firstWriteMillis;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileAndTheNextSaveClearsItsTemporary() throws Exception {
        byte[] a = ProjectionFiles.toBytes(Fixtures.defaultProjection());
        byte[] b = ProjectionFiles.toBytes(Fixtures.fixture("all-models.json"));
        Path target = dir.resolve("plan.json");
        Files.write(target, a);
        Random random = new Random(SEED);
        int olds = 0;
        int temporaries = 0;
        int runs = KILLS / 2;
        for (int i = 0; i < runs; i++) {
            byte[] before = Files.readAllBytes(target);
            long pid = killDuring("save", target, random);
            byte[] after = Files.readAllBytes(target);
            assertThat(Arrays.equals(after, a) || Arrays.equals(after, b))
                    .as("kill %d: the file is one of the two projections, whole", i).isTrue();
            assertThat(ProjectionFiles.read(target).title()).isNotNull();
            olds += Arrays.equals(after, before) ? 1 : 0;
            temporaries += leftBy(pid, target);
            ProjectionFiles.write(Fixtures.defaultProjection(), target);
            assertThat(names()).as("after the next save").containsExactly("plan.json");
        }
        report("save", runs, olds, temporaries);
    }

    @Test
    void aKilledExportLeavesTheOldOrTheNewDeckAndTheNextExportClearsItsTemporary() throws Exception {
        Path references = Files.createDirectory(dir.resolve("references"));
        Path en = references.resolve("en.pptx");
        Path ja = references.resolve("ja.pptx");
        Exporter.export(Fixtures.defaultProjection(), "base", Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH), en);
        Exporter.export(Fixtures.defaultProjection(), "base", Exporter.Request.of(ExportFormat.PPTX, Locale.JAPANESE), ja);
        Map<String, String> english = ZipParts.of(en);
        Map<String, String> japanese = ZipParts.of(ja);
        assertThat(english).isNotEqualTo(japanese);

        Path folder = Files.createDirectory(dir.resolve("out"));
        Path target = folder.resolve("deck.pptx");
        Files.copy(en, target);
        Random random = new Random(SEED + 1);
        int olds = 0;
        int temporaries = 0;
        int runs = KILLS - KILLS / 2;
        for (int i = 0; i < runs; i++) {
            byte[] before = Files.readAllBytes(target);
            long pid = killDuring("export", target, random);
            Map<String, String> parts = ZipParts.of(target);
            assertThat(parts.equals(english) || parts.equals(japanese))
                    .as("kill %d: the deck is the English or the Japanese one, whole", i).isTrue();
            try (InputStream in = Files.newInputStream(target); XMLSlideShow ppt = new XMLSlideShow(in)) {
                assertThat(ppt.getCharts()).hasSize(5);
            }
            olds += Arrays.equals(Files.readAllBytes(target), before) ? 1 : 0;
            temporaries += leftBy(pid, target);
            // The next export of any file to the folder removes what the killed one left.
            Exporter.export(Fixtures.defaultProjection(), "base", Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH),
                    folder.resolve("table.csv"));
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted())
                        .as("after the next export").containsExactly("deck.pptx", "table.csv");
            }
            Files.delete(folder.resolve("table.csv"));
        }
        report("export", runs, olds, temporaries);
    }

    /**
     * Starts the child, waits until it is loaded, lets it write for a random time up to 1.5 times its first
     * write's (so kills fall on the first write and the next, a cold one and a warm one), kills it; its id.
     */
    private long killDuring(String mode, Path target, Random random) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), KilledWriteChild.class.getName(), mode, target.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the child started").isEqualTo("ready");
            long ready = System.nanoTime();
            Thread watcher = new Thread(() -> {
                try {
                    if ("wrote".equals(out.readLine())) {
                        firstWriteMillis = (System.nanoTime() - ready) / 1_000_000;
                    }
                } catch (IOException e) {
                    // the child was killed first
                }
            });
            watcher.setDaemon(true);
            watcher.start();
            if (firstWriteMillis == 0) {
                // The first run learns how long a write takes, and is killed during its second.
                watcher.join(60_000);
                Thread.sleep((long) (random.nextDouble() * 0.5 * firstWriteMillis));
            } else {
                Thread.sleep((long) (random.nextDouble() * 1.5 * firstWriteMillis));
            }
            assertThat(child.isAlive()).as("the child still writes when killed").isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return child.pid();
    }

    /** How many temporary files the killed process left beside {@code target}; each must name that process. */
    private static int leftBy(long pid, Path target) throws IOException {
        try (Stream<Path> files = Files.list(target.getParent())) {
            List<String> left = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("." + target.getFileName() + ".")).toList();
            assertThat(left).allMatch(n -> n.startsWith("." + target.getFileName() + ".mgp-" + pid + "-")
                    && n.endsWith(".tmp"));
            return left.size();
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void report(String what, int runs, int olds, int temporaries) {
        // The long run's counts go to docs/RELIABILITY.md.
        System.out.printf("killed %s: %d kills (seed %d): old file %d, new file %d; temporaries left %d, all removed"
                + " by the next write%n", what, runs, SEED, olds, runs - olds, temporaries);
    }
}
