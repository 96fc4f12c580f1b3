package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.chart.FanBands;
import jp.mgp.chart.FanDataset;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.FanResult;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;

/**
 * The fans in the window: Ctrl+F lays nested bands over the charts, drawn from the simulation the engine gives for
 * the same file, seed and paths (10,000 at once, then 100,000 refined in the background); a rate moved redraws
 * them from the new rate; a stacked chart takes no fans.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class FanFxTest {

    private static final Path FILE = Fixtures.FIXTURES.resolve("labour-fans.json");

    private MainWindow window;
    private Stage stage;
    private Messages messages;
    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ProjectionViewModel(new ProjectionEngine());
        messages = new Messages(Messages.ENGLISH);
        window = TestWindows.show(stage, messages, model, scratch);
        stage.setWidth(1300);
        stage.setHeight(850);
        window.controller().open(FILE);
    }

    /** Waits until the fans show a simulation of {@code paths} paths of the projection now edited. */
    private FanBands settled(FxRobot robot, int paths) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            FanBands b = TestWindows.onFx(robot, () -> window.controller().fans().bandsProperty().get());
            Projection now = TestWindows.onFx(robot, () -> model.projection());
            if (b != null && b.fan().paths() == paths && b.fan().effective().series().equals(now.series())) {
                return b;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the fans did not settle on " + paths + " paths");
    }

    /** The outer band (P5-P95) or the inner one (P10-P90), in the order the fans were laid on; null if none. */
    private static FanDataset band(JFreeChart chart, boolean inner) {
        XYPlot plot = chart.getXYPlot();
        java.util.List<FanDataset> bands = new java.util.ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) instanceof FanDataset f) {
                bands.add(f);
            }
        }
        return bands.isEmpty() ? null : bands.get(inner ? 1 : 0);
    }

    private static int row(FanDataset band, String id) {
        for (int s = 0; s < band.getSeriesCount(); s++) {
            if (band.series(s).id().equals(id)) {
                return s;
            }
        }
        throw new AssertionError(id + " has no band");
    }

    @Test
    void ctrlFDrawsTheEnginesQuantilesAndAMovedRateRedrawsThem(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(TestWindows.onFx(robot, () -> window.controller().fans().shownProperty().get())).isTrue();
        FanBands refined = settled(robot, FanView.REFINED_PATHS);
        Projection p = TestWindows.onFx(robot, () -> model.projection());
        FanResult engine = Simulation.run(p, "base", SimulationSettings.of(p).withPaths(FanView.REFINED_PATHS),
                SimulationMonitor.NONE);
        int robots = engine.seriesIndex("multipurpose-robots");
        int y2030 = engine.yearIndex(2030);

        JFreeChart markets = TestWindows.onFx(robot, () -> window.charts().get(0));
        FanDataset outer = band(markets, false);
        FanDataset inner = band(markets, true);
        assertThat(outer).isNotSameAs(inner);
        int s = row(inner, "multipurpose-robots");
        assertThat(inner.getStartYValue(s, y2030)).isEqualTo(engine.quantile(robots, y2030, FanResult.P10));
        assertThat(inner.getEndYValue(s, y2030)).isEqualTo(engine.quantile(robots, y2030, FanResult.P90));
        assertThat(inner.getYValue(s, y2030)).isEqualTo(engine.quantile(robots, y2030, FanResult.P50));
        assertThat(outer.getStartYValue(row(outer, "multipurpose-robots"), y2030))
                .isEqualTo(engine.quantile(robots, y2030, FanResult.P5));
        // A real band: P5 < P10 < P50 < P90 < P95.
        assertThat(outer.getStartYValue(row(outer, "multipurpose-robots"), y2030))
                .isLessThan(inner.getStartYValue(s, y2030));
        assertThat(inner.getStartYValue(s, y2030)).isLessThan(inner.getEndYValue(s, y2030));
        assertThat(refined.isUncertain("multipurpose-robots")).isTrue();
        double before = inner.getYValue(s, y2030);

        // The rate moves (as a slider step does): the bands follow from the new rate.
        robot.interact(() -> model.edit("rate", q -> ProjectionEdits.setParameter(q, "base", "multipurpose-robots",
                0, "rate", 0.20, LocalizedText.of("moved in a test"))));
        settled(robot, FanView.REFINED_PATHS);
        Projection moved = TestWindows.onFx(robot, () -> model.projection());
        FanResult again = Simulation.run(moved, "base", SimulationSettings.of(moved).withPaths(
                FanView.REFINED_PATHS), SimulationMonitor.NONE);
        FanDataset now = band(TestWindows.onFx(robot, () -> window.charts().get(0)), true);
        int t = row(now, "multipurpose-robots");
        assertThat(now.getYValue(t, y2030)).isEqualTo(again.quantile(robots, y2030, FanResult.P50))
                .isNotEqualTo(before);
        // Back-cast from the pinned 2040 figure, a slower rate leaves more in 2030.
        assertThat(now.getYValue(t, y2030)).isGreaterThan(before);
        screenshot(robot, "fans-en.png");

        // A series hidden in the list loses its band with its line.
        robot.interact(() -> model.hiddenSeries().add("multipurpose-robots"));
        FanDataset hidden = band(TestWindows.onFx(robot, () -> window.charts().get(0)), true);
        assertThat(TestWindows.onFx(robot, () -> java.util.stream.IntStream.range(0, hidden.getSeriesCount())
                .mapToObj(i -> hidden.series(i).id()).toList())).doesNotContain("multipurpose-robots")
                .contains("physical-ai");
    }

    @Test
    void aSliderStepsFanIsInTheChartOnScreenBeforeTheFrameThatDrawsItsLine(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        settled(robot, FanView.REFINED_PATHS);
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        int robotsChart = 4;
        assertThat(TestWindows.onFx(robot, () -> window.controller().chartTabs().specs().get(robotsChart).id()))
                .isEqualTo("robots-japan");

        // One slider step, and what the charts hold when its handler returns, before any pulse draws a frame: the
        // chart on screen has the moved rate's 10,000-path fan already; the robots chart, on a tab not chosen, gets
        // it when its tab is chosen.
        double[] seen = TestWindows.onFx(robot, () -> {
            model.edit("rate", q -> ProjectionEdits.setParameter(q, "base", "multipurpose-robots", 0, "rate", 0.20,
                    LocalizedText.of("moved in a test")));
            ChartTabs charts = window.controller().chartTabs();
            FanDataset onScreen = band(charts.chartAt(0), true);
            FanDataset robotsBand = band(charts.chartAt(robotsChart), true);
            double hiddenBefore = robotsBand == null ? Double.NaN
                    : robotsBand.getYValue(row(robotsBand, "robots-deployed"), 6);
            tabs.getSelectionModel().select(robotsChart);
            FanDataset chosen = band(charts.chartAt(robotsChart), true);
            return new double[] {onScreen.getYValue(row(onScreen, "multipurpose-robots"), 6), hiddenBefore,
                chosen.getYValue(row(chosen, "robots-deployed"), 6), onScreen.bands().fan().paths()};
        });

        Projection moved = TestWindows.onFx(robot, () -> model.projection());
        FanResult quick = Simulation.run(moved, "base", SimulationSettings.of(moved).withPaths(FanView.QUICK_PATHS),
                SimulationMonitor.NONE);
        int y2030 = quick.yearIndex(2030);
        assertThat(y2030).isEqualTo(6);
        assertThat(seen[3]).isEqualTo(FanView.QUICK_PATHS);
        assertThat(seen[0]).isEqualTo(quick.quantile(quick.seriesIndex("multipurpose-robots"), y2030, FanResult.P50));
        double deployed = quick.quantile(quick.seriesIndex("robots-deployed"), y2030, FanResult.P50);
        assertThat(seen[1]).as("the hidden chart's band before its tab is chosen").isNotEqualTo(deployed);
        assertThat(seen[2]).isEqualTo(deployed);
        screenshot(robot, "fans-robots-en.png");
    }

    @Test
    void aFileTooLargeForItsPathsToBeKeptStillGetsEachEditsFanSimulatedAfresh(FxRobot robot) throws Exception {
        // 45 shocked markets: 10,000 paths' values and normals would hold 105 MB, more than the fans keep to
        // follow the edits, so each edit's fan is simulated afresh off the FX thread.
        java.util.List<jp.mgp.model.Series> many = new java.util.ArrayList<>();
        jp.mgp.model.Uncertainty u = jp.mgp.model.Uncertainty.NONE;
        for (int i = 0; i < 45; i++) {
            String id = "m" + i;
            many.add(new jp.mgp.model.Series(id, LocalizedText.of(id), jp.mgp.model.Unit.JPY_TRILLION, "",
                    java.util.List.of(jp.mgp.model.Anchor.assumption(2024, 1 + i)),
                    java.util.List.of(new jp.mgp.model.Segment.Compound(2024, 2040, 0.1,
                            jp.mgp.model.Basis.assumption(LocalizedText.of("test")))), null));
            u = u.withShock(id, jp.mgp.model.Shock.of(0.05));
        }
        Projection large = new Projection(LocalizedText.of("many"), LocalizedText.EMPTY, 2024, 2040, many,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.Map.of(), u);
        assertThat(jp.mgp.engine.LiveFan.keptBytes(large, null, FanView.QUICK_PATHS))
                .isGreaterThan(FanView.FOLLOW_BYTES);
        Path file = scratch.folder().resolve("many.json");
        jp.mgp.io.json.ProjectionFiles.write(large, file);
        robot.interact(() -> window.controller().open(file));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        settled(robot, FanView.REFINED_PATHS);

        robot.interact(() -> model.edit("rate", q -> ProjectionEdits.setParameter(q, null, "m7", 0, "rate", 0.25,
                LocalizedText.of("moved in a test"))));
        FanBands after = settled(robot, FanView.REFINED_PATHS);
        Projection moved = TestWindows.onFx(robot, () -> model.projection());
        FanResult engine = Simulation.run(moved, null, SimulationSettings.of(moved).withPaths(FanView.REFINED_PATHS),
                SimulationMonitor.NONE);
        int y2040 = engine.yearIndex(2040);
        assertThat(after.level("m7", 2, y2040)).isEqualTo(engine.quantile(engine.seriesIndex("m7"), y2040, 0.5))
                .isGreaterThan(7 * Math.pow(1.2, 16));
    }

    @Test
    void theStackedLabourChartTakesNoFansAndItsChainIsDerivedPathByPath(FxRobot robot) throws Exception {
        robot.interact(() -> window.controller().fans().shownProperty().set(true));
        FanBands bands = settled(robot, FanView.REFINED_PATHS);
        JFreeChart labour = TestWindows.onFx(robot, () -> window.charts().get(3));
        assertThat(band(labour, false)).isNull();
        // Workers substituted = Σ deployed × 0.4, path by path: every path's value lies where the price and the
        // market's ranges allow, and the median is close to (not equal to) the projection's 1,243,390.
        double median = bands.level("workers-substituted", 2, bands.years() - 1);
        assertThat(median).isBetween(600_000.0, 2_500_000.0);
        assertThat(bands.isUncertain("labour-gap-remaining")).isTrue();
        double[] paths = bands.values("workers-substituted", bands.years() - 1);
        double[] deployed = bands.values("robots-in-service", bands.years() - 1);
        // Path by path, workers substituted are the robots in service times 0.4 workers per robot; the simulation
        // keeps each path's value as a float (about 7 digits), so the product agrees to a float's precision.
        assertThat(paths[17]).isCloseTo(deployed[17] * 0.4, org.assertj.core.api.Assertions.withinPercentage(1e-4));
        screenshot(robot, "labour-en.png");
    }

    @Test
    void inJapaneseTheRangeSliderShowsTheRangeAndHowSureGivesTheChance(FxRobot robot) throws Exception {
        robot.interact(() -> {
            messages.localeProperty().set(Messages.JAPANESE);
            model.selectedSeriesProperty().set("multipurpose-robots");
        });
        WaitForAsyncUtils.waitForFxEvents();
        org.controlsfx.control.RangeSlider range = robot.lookup("#multipurpose-robots-0-range")
                .queryAs(org.controlsfx.control.RangeSlider.class);
        assertThat(range.getLowValue()).isCloseTo(25.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(range.getHighValue()).isCloseTo(35.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(robot.lookup("#multipurpose-robots-0-range-label").queryLabeled().getText())
                .isEqualTo("シミュレーションの範囲：年率25.0～35.0%（成長率が最も起こりやすい三角分布）");
        // Dragging an end is an edit: the file's range moves, and undo brings it back.
        robot.interact(() -> range.setHighValue(40));
        assertThat(TestWindows.onFx(robot, () -> model.projection().uncertainty()
                .rateRange("multipurpose-robots", 0).orElseThrow().high())).isEqualTo(0.40);
        robot.interact(model::undo);
        assertThat(TestWindows.onFx(robot, () -> range.getHighValue())).isCloseTo(35.0,
                org.assertj.core.api.Assertions.within(1e-9));

        robot.interact(() -> window.controller().fans().shownProperty().set(true));
        settled(robot, FanView.REFINED_PATHS);
        javafx.scene.control.TabPane tabs = robot.lookup("#chartTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(4));
        screenshot(robot, "robots-ja.png");
        robot.interact(() -> tabs.getSelectionModel().select(3));
        screenshot(robot, "labour-ja.png");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField threshold = robot.lookup("#sureThreshold")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> threshold.setText("60"));
        FanBands bands = TestWindows.onFx(robot, () -> window.controller().fans().bandsProperty().get());
        double[] paths = bands.values("multipurpose-robots", bands.years() - 1);
        long above = java.util.Arrays.stream(paths).filter(v -> v > 60).count();
        String expected = String.format(Locale.JAPANESE, "%.1f", 100.0 * above / paths.length);
        assertThat(robot.lookup("#sureChance").queryLabeled().getText())
                .isEqualTo("2040年に多用途ロボット市場（世界）が60.0兆円を超える確率: " + expected
                        + " %（シミュレーションの経路 100,000 本のうち）");
        if (System.getProperty("mgp.screenshots") != null) {
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> threshold.getScene()
                    .snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(System.getProperty("mgp.screenshots"), "howsure-ja.png").toFile());
        }
        robot.interact(() -> threshold.getScene().getWindow().hide());

        // The tornado saves as a picture, the same one mgp sensitivity --picture draws, or says why not.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mgp-tornado");
        try {
            HowSureDialog form = TestWindows.onFx(robot, () -> new HowSureDialog(messages, model, bands));
            // The robot market's 2040 figure is sourced, certain in every path: no tornado, and the words say why.
            robot.interact(() -> form.seriesBox.setValue("multipurpose-robots"));
            assertThat(form.tornado.isVisible()).isFalse();
            assertThat(form.saveTornado.isDisabled()).isTrue();
            assertThat(form.saved.getText()).isEqualTo("2040年の多用途ロボット市場（世界）を動かす不確実な前提はありません"
                    + "（出所の数値か、範囲のある前提が入っていない系列です）。");
            robot.interact(() -> form.seriesBox.setValue("physical-ai"));
            assertThat(form.saveTornado.isDisabled()).isFalse();
            assertThat(form.tornado.isVisible()).isTrue();
            Path svg = dir.resolve("tornado.svg");
            robot.interact(() -> form.saveTornado(svg));
            assertThat(form.saved.getText()).isEqualTo("tornado.svg に保存しました");
            String title = "2040年の" + TestWindows.onFx(robot, () -> model.projection().series("physical-ai")
                    .orElseThrow().name().ja()) + "を最も動かす前提";
            assertThat(java.nio.file.Files.readString(svg)).contains("<title>" + title + "</title>");
            assertThat(TestWindows.onFx(robot, () -> form.tornado.getChart().getTitle().getText())).isEqualTo(title);
            Path text = dir.resolve("tornado.txt");
            robot.interact(() -> form.saveTornado(text));
            assertThat(form.saved.getText()).isEqualTo("トルネード図の書き出し先は .png か .svg のファイルです: " + text);
            assertThat(text).doesNotExist();
        } finally {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
                for (Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }

    /**
     * A threshold that is not a number is refused as the threshold it is: How sure said "The factor "abc" is not a
     * number.", the derived-series dialog's words, though there is no factor in it.
     */
    @Test
    void aThresholdThatIsNotANumberIsRefusedAsTheThreshold(FxRobot robot) throws Exception {
        FanBands bands = TestWindows.onFx(robot, () -> FanBands.of(Simulation.run(model.projection(),
                model.result().scenarioId(), SimulationSettings.of(model.projection()).withPaths(100),
                SimulationMonitor.NONE)));
        HowSureDialog form = TestWindows.onFx(robot, () -> new HowSureDialog(messages, model, bands));
        robot.interact(() -> form.threshold.setText("abc"));
        assertThat(form.chance.getText()).isEqualTo("The threshold \u201cabc\u201d is not a number.");
        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        HowSureDialog ja = TestWindows.onFx(robot, () -> new HowSureDialog(messages, model, bands));
        robot.interact(() -> ja.threshold.setText("1,5"));
        assertThat(ja.chance.getText()).isEqualTo("しきい値「1,5」は数値ではありません。");
    }

    /** With -Dmgp.screenshots=FOLDER, the window as it looks now (for a person to look at). */
    private void screenshot(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("mgp.screenshots");
        if (folder == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get();
        Files.createDirectories(Path.of(folder));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Path.of(folder, name).toFile());
    }
}
