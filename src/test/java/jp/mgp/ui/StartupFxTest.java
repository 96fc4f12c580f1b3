package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.chart.ProjectionCharts;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * Start-up as mgp does it: the window opens empty; the first chart, made on another thread, is shown alone; then
 * the window is built around that same chart view, without the chart moving.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class StartupFxTest {

    private final Scratch scratch = TestWindows.scratch();
    private final Scratch secondScratch = TestWindows.scratch();
    private final ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
    private PreparedCharts prepared;
    private Stage stage;
    private ChartViewer firstView;
    private Bounds firstBounds;
    private javafx.scene.Parent firstRoot;
    private volatile MainWindow window;
    private final CompletableFuture<PreparedCharts> charting = new CompletableFuture<>();
    private JFreeChart emptyFrameChart;
    private JFreeChart chartsInFirstFrame;
    private String tabTitleInFirstFrame;
    private javafx.scene.Parent rootWhenChartShown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Projection p = Fixtures.defaultProjection();
        ProjectionResult r = new ProjectionEngine().project(p);
        List<JFreeChart> charts = new ArrayList<>();
        for (ChartSpec spec : p.charts()) {
            charts.add(ProjectionCharts.create(spec, r, Locale.ENGLISH));
        }
        prepared = new PreparedCharts(p, Fixtures.DEFAULT, r, Locale.ENGLISH, charts);
        MainWindow.showChartFirst(stage, new Messages(Messages.ENGLISH), model, Runnable::run,
                new UserPrefs(scratch.prefs()), TestWindows.recovery(scratch), "japan-ai-2040.json \u2013 mgp",
                charting, this::chartShown, shown -> window = shown);
        firstRoot = stage.getScene().getRoot();
        firstView = (ChartViewer) ((FirstFrame) firstRoot).chart();
        emptyFrameChart = firstView.getChart();
        charting.complete(prepared);
    }

    /** Records where the chart was in the frame that first showed it. */
    private void chartShown() {
        chartsInFirstFrame = firstView.getChart();
        tabTitleInFirstFrame = ((javafx.scene.control.TabPane) firstRoot.lookup(".tab-pane")).getTabs().get(0)
                .getText();
        MainWindow.onNextLayout(stage.getScene(), () -> {
            firstBounds = firstView.localToScene(firstView.getLayoutBounds());
            rootWhenChartShown = stage.getScene().getRoot();
        });
    }

    @AfterEach
    void cleanUp() {
        if (window != null) {
            TestWindows.end(window);
        }
        scratch.close();
        secondScratch.close();
    }

    private void awaitWholeWindow() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowOpensEmptyThenShowsTheFirstChartAloneWithTheFilesName() throws Exception {
        awaitWholeWindow();
        assertThat(emptyFrameChart).as("the window opens before the file is charted").isNull();
        assertThat(firstRoot).isInstanceOf(FirstFrame.class);
        assertThat(rootWhenChartShown).as("the chart's first frame holds nothing else").isSameAs(firstRoot);
        assertThat(chartsInFirstFrame).isSameAs(prepared.charts().get(0));
        assertThat(tabTitleInFirstFrame).as("its tab named as the whole window names it")
                .isEqualTo("AI and robot markets (global)");
        assertThat(firstBounds).as("laid out in the chart's first frame").isNotNull();
        assertThat(firstBounds.getWidth()).isGreaterThan(500);
        assertThat(firstBounds.getHeight()).isGreaterThan(300);
    }

    @Test
    void withNothingPreparedTheWholeWindowIsBuiltAtOnceWithNothingOpen(FxRobot robot) throws Exception {
        awaitWholeWindow();
        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> MainWindow.showChartFirst(stage, new Messages(Messages.ENGLISH),
                new ProjectionViewModel(new ProjectionEngine()), Runnable::run, new UserPrefs(secondScratch.prefs()),
                TestWindows.recovery(secondScratch), "mgp", CompletableFuture.completedFuture(null), () -> {
                    throw new AssertionError("no chart was prepared");
                }, shown -> second[0] = shown));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second[0]).isNotNull();
        assertThat(second[0].charts()).isEmpty();
        assertThat(robot.lookup("#chartTabs").queryAs(TabPane.class).getTabs()).isEmpty();
        assertThat(robot.lookup("#compareToggle").queryAs(javafx.scene.control.ToggleButton.class).isDisabled())
                .as("nothing to compare").isTrue();
        javafx.scene.Node placeholder = robot.lookup("#yearTable").queryAs(javafx.scene.control.TableView.class)
                .getPlaceholder();
        assertThat(((javafx.scene.control.Label) placeholder).getText())
                .isEqualTo("No projection is open. File \u2192 Open or New.");
    }

    @Test
    void theWindowIsBuiltAroundTheSameChartViewWhichStaysWhereItWas(FxRobot robot) throws Exception {
        awaitWholeWindow();
        assertThat(stage.getScene().getRoot()).isNotSameAs(firstRoot);
        assertThat(robot.lookup("#chart-markets").queryAs(ChartViewer.class)).isSameAs(firstView);
        Bounds now = WaitForAsyncUtils.asyncFx(() -> firstView.localToScene(firstView.getLayoutBounds())).get();
        assertThat(now).as("where the whole window lays the chart out, and where its first frame had it")
                .isEqualTo(firstBounds);
        assertThat(stage.getTitle()).isEqualTo("japan-ai-2040.json \u2013 mgp");
        assertThat(stage.titleProperty().isBound()).as("from now on the title follows the document").isTrue();
    }

    /** The bars have fixed heights (so the first frame can leave their place empty); what they hold fits in them. */
    @Test
    void theControlsOfTheBarsAroundTheChartFitInTheirFixedHeights(FxRobot robot) throws Exception {
        awaitWholeWindow();
        List<String> overflowing = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (String bar : List.of(".menu-bar", ".scenario-bar", "#chartTabs > .tab-header-area", ".chart-bar",
                    ".status-bar")) {
                Node region = stage.getScene().lookup(bar);
                Bounds room = region.localToScene(region.getLayoutBounds());
                for (Node control : region.lookupAll(".label, .button, .toggle-button, .combo-box-base, .tab")) {
                    Bounds b = control.localToScene(control.getLayoutBounds());
                    if (control.isVisible() && (b.getMinY() < room.getMinY() || b.getMaxY() > room.getMaxY())) {
                        out.add(bar + " " + control + " " + b + " outside " + room);
                    }
                }
            }
            return out;
        }).get();
        assertThat(overflowing).isEmpty();
    }

    @Test
    void theWindowTakesThePreparedChartsAndShowsTheModelsNumbersInThem() throws Exception {
        awaitWholeWindow();
        assertThat(window.charts()).containsExactlyElementsOf(prepared.charts());
        assertThat(model.projection()).isSameAs(prepared.projection());
        assertThat(ProjectionCharts.dataset(window.charts().get(0)).result()).isSameAs(model.result());
        assertThat(ProjectionCharts.dataset(window.charts().get(0)).getYValue(0, 2040 - 2024))
                .isEqualTo(10.8 * Math.pow(1.216, 6));
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void aChartOnAnotherTabIsPutOnScreenWhenItsTabIsFirstChosen(FxRobot robot) throws Exception {
        awaitWholeWindow();
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        BorderPane deficit = (BorderPane) tabs.getTabs().get(1).getContent();
        assertThat(deficit.getCenter()).isNull();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(deficit.getCenter()).isInstanceOf(ChartViewer.class);
        assertThat(((ChartViewer) deficit.getCenter()).getChart()).isSameAs(prepared.charts().get(1));
        assertThat(robot.lookup("#export-digital-deficit").tryQuery()).isPresent();
    }

    @Test
    void choosingAnotherScenarioAfterStartChartsThatScenario() throws Exception {
        awaitWholeWindow();
        WaitForAsyncUtils.asyncFx(() -> model.scenarioProperty().set("optimistic")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.charts().get(0)).as("a scenario rebuilds the charts").isNotSameAs(prepared.charts().get(0));
        assertThat(ProjectionCharts.dataset(window.charts().get(0)).getYValue(0, 2040 - 2024))
                .isEqualTo(10.8 * Math.pow(1.266, 6));
    }
}
