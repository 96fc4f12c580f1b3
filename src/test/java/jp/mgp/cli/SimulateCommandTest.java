package jp.mgp.cli;

import static jp.mgp.cli.MgpCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest.Run;
import jp.mgp.engine.FanResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;

/** mgp simulate and mgp sensitivity, run as a script would run them. */
class SimulateCommandTest {

    private static final String FILE = Fixtures.FIXTURES.resolve("uncertainty.json").toString();

    @Test
    void simulatePrintsEverySeriesYearWithItsQuantilesAndMean() {
        Run r = run("simulate", FILE, "--paths", "2000");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("series,year,p5,p10,p50,p90,p95,mean");
        assertThat(lines).hasSize(1 + 3 * 17);
        // The known point is certain in every path.
        assertThat(lines.get(1)).isEqualTo("robots,2024,0.7,0.7,0.7,0.7,0.7,0.7");
        assertThat(lines).contains("ai,2034,10.8,10.8,10.8,10.8,10.8,10.8");
        // The file's seed with 2,000 paths: the same figures the engine gives.
        FanResult fan = Simulation.run(Fixtures.fixture("uncertainty.json"), null,
                new SimulationSettings(42, 2000, 1), SimulationMonitor.NONE);
        String[] total2040 = lines.stream().filter(l -> l.startsWith("total,2040,")).findFirst().orElseThrow()
                .split(",");
        assertThat(Double.parseDouble(total2040[4])).isCloseTo(fan.quantile(2, 16, FanResult.P50), within(1e-6));
        assertThat(Double.parseDouble(total2040[7])).isCloseTo(fan.mean(2, 16), within(1e-6));
    }

    @Test
    void aSeedReproducesItsOutputAndAnotherSeedDoesNot() {
        Run a = run("simulate", FILE, "--paths", "1000", "--seed", "5");
        Run b = run("simulate", FILE, "--paths", "1000", "--seed", "5");
        Run c = run("simulate", FILE, "--paths", "1000", "--seed", "6");
        assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
    }

    @Test
    void theTextFormatNamesSeriesInTheChosenLanguage() {
        Run r = run("simulate", FILE, "--paths", "500", "--format", "text", "--lang", "ja");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("シミュレーション: 経路 500、シード 42").contains("ロボット (兆円)")
                .contains("   年    P5   P10");
    }

    @Test
    void badArgumentsAreRefusedWithExitTwoInTheUsersLanguage() {
        Run paths = run("simulate", FILE, "--paths", "5", "--lang", "ja");
        assertThat(paths.code()).isEqualTo(2);
        assertThat(paths.err()).contains("--paths は 100～1000000 の整数です（5 が指定されました）");
        Run scenario = run("simulate", FILE, "--scenario", "nope");
        assertThat(scenario.code()).isEqualTo(2);
        assertThat(scenario.err()).contains("--scenario: no scenario \"nope\"");
        Run target = run("sensitivity", FILE, "--target", "total2040", "--lang", "ja");
        assertThat(target.code()).isEqualTo(2);
        assertThat(target.err()).contains("--target は 系列:年 の形です");
        Run series = run("sensitivity", FILE, "--target", "nope:2040", "--lang", "ja");
        assertThat(series.code()).isEqualTo(2);
        assertThat(series.err()).contains("このファイルに系列「nope」はありません");
        Run year = run("sensitivity", FILE, "--target", "total:2050");
        assertThat(year.code()).isEqualTo(2);
        assertThat(year.err()).contains("2050 is outside the projection's years 2024\u20132040");
    }

    @Test
    void sensitivityPrintsTheInputsSortedBySwing() {
        Run r = run("sensitivity", FILE, "--target", "total:2040");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("input,low,high,swing");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0]).containsExactly(
                "robots/segments[0]/rate", "robots/shock", "ai/segments[0]/rate", "ai/shock");
        // Robots at its low rate, 30 %, with AI at base: 0.7 * 1.3^16 + 10.8 * 1.216^6.
        double low = 0.7 * Math.pow(1.3, 16) + 10.8 * Math.pow(1.216, 6);
        assertThat(Double.parseDouble(lines.get(1).split(",")[1])).isCloseTo(low, within(1e-6));
        double previous = Double.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            double swing = Double.parseDouble(line.split(",")[3]);
            assertThat(swing).isLessThanOrEqualTo(previous);
            previous = swing;
        }
    }

    @Test
    void aTargetNoInputMovesSaysSoInsteadOfAnEmptyRanking() {
        Run r = run("sensitivity", FILE, "--target", "robots:2024", "--lang", "ja");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("input,low,high,swing\n");
        assertThat(r.err()).contains("この対象を動かす不確実な入力");
    }

    /** The tornado exports like the other charts: --picture draws it, as the How sure window does, beside the table. */
    @Test
    void sensitivityDrawsTheTornadoIntoAPictureAndRefusesAnotherKindOfFileFirst(@org.junit.jupiter.api.io.TempDir
                                                                                java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path svg = dir.resolve("tornado.svg");
        Run r = run("sensitivity", FILE, "--target", "total:2040", "--picture", svg.toString(), "--lang", "ja");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(run("sensitivity", FILE, "--target", "total:2040").out());
        assertThat(r.err()).contains(svg + " に書き出しました");
        String picture = java.nio.file.Files.readString(svg);
        // Robots' rate range moves the 2040 total most: first, from 0.7 * 1.3^16 + 10.8 * 1.216^6 (its low end).
        String low = jp.mgp.model.Unit.JPY_TRILLION.format(0.7 * Math.pow(1.3, 16) + 10.8 * Math.pow(1.216, 6),
                java.util.Locale.JAPANESE);
        assertThat(picture).contains("<title>2040年の合計を最も動かす前提</title>").contains("1. ").contains(low)
                .contains("viewBox=");
        java.nio.file.Path png = dir.resolve("tornado.png");
        assertThat(run("sensitivity", FILE, "--target", "total:2040", "--picture", png.toString()).code()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);

        java.nio.file.Path text = dir.resolve("tornado.txt");
        Run refused = run("sensitivity", FILE, "--target", "total:2040", "--picture", text.toString(), "--lang", "ja");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--picture: トルネード図の書き出し先は .png か .svg のファイルです: " + text);
        assertThat(refused.out()).isEmpty();
        assertThat(text).doesNotExist();
    }
}
