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
 * Start-up as mgp does it: the window's skeleton opens at once, with no chart; the first chart, made on another
 * thread, is put in its final place in it; then the panels are loaded into the skeleton, without the chart moving.
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
    private int tabsBeforeCharting = -1;
    private boolean panelsInChartsFrame;
    private JFreeChart chartsInFirstFrame;
    private String tabTitleInFirstFrame;
    private javafx.scene.Parent rootWhenChartShown;
    private int seriesWhenReady;
    private String editorTitleWhenReady;
    private int segmentRowsWhenReady;
    private int yearsWhenReady;
    /** Frames laid out from the chart's first frame (counted) until the window said it was ready for input. */
    private int framesFromChartToReady = -1;
    private final int[] framesSinceChart = {0};

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prepared = chartsOfDefault();
        MainWindow.showChartFirst(stage, new Messages(Messages.ENGLISH), model, Runnable::run,
                new UserPrefs(scratch.prefs()), TestWindows.recovery(scratch), "japan-ai-2040.json \u2013 mgp",
                charting, this::chartShown, this::ready);
        firstRoot = stage.getScene().getRoot();
        tabsBeforeCharting = ((TabPane) firstRoot.lookup("#chartTabs")).getTabs().size();
        charting.complete(prepared);
    }

    /** The default projection read, projected and charted in English, as mgp's second thread does at start-up. */
    private static PreparedCharts chartsOfDefault() {
        Projection p = Fixtures.defaultProjection();
        ProjectionResult r = new ProjectionEngine().project(p);
        List<JFreeChart> charts = new ArrayList<>();
        for (ChartSpec spec : p.charts()) {
            charts.add(ProjectionCharts.create(spec, r, Locale.ENGLISH));
        }
        return new PreparedCharts(p, Fixtures.DEFAULT, r, Locale.ENGLISH, charts);
    }

    /**
     * What the window holds in the frame that lays out its being ready for input, the moment {@code -Dmgp.timing}
     * prints (the editor's content is in the scene once its scroll pane is styled, in that frame).
     */
    private void ready(MainWindow shown) {
        framesFromChartToReady = framesSinceChart[0];
        javafx.scene.Scene scene = stage.getScene();
        MainWindow.onNextLayout(scene, () -> {
            seriesWhenReady = ((javafx.scene.control.ListView<?>) scene.lookup("#seriesList")).getItems().size();
            editorTitleWhenReady = ((javafx.scene.control.Label) scene.lookup("#editorTitle")).getText();
            segmentRowsWhenReady = ((javafx.scene.layout.Pane) scene.lookup("#segmentsBox")).getChildren().size();
            yearsWhenReady = ((javafx.scene.control.TableView<?>) scene.lookup("#yearTable")).getItems().size();
            window = shown;
        });
    }

    /** Records where the chart was in the frame that first showed it. */
    private void chartShown() {
        firstView = (ChartViewer) stage.getScene().lookup("#chart-markets");
        chartsInFirstFrame = firstView.getChart();
        tabTitleInFirstFrame = ((javafx.scene.control.TabPane) firstRoot.lookup(".tab-pane")).getTabs().get(0)
                .getText();
        stage.getScene().addPostLayoutPulseListener(() -> framesSinceChart[0]++);
        MainWindow.onNextLayout(stage.getScene(), () -> {
            firstBounds = firstView.localToScene(firstView.getLayoutBounds());
            rootWhenChartShown = stage.getScene().getRoot();
            panelsInChartsFrame = stage.getScene().lookup("#seriesList") != null
                    || stage.getScene().lookup("#segmentsBox") != null || stage.getScene().lookup("#yearTable") != null;
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
    void theSkeletonOpensEmptyThenShowsTheFirstChartBeforeThePanelsWithTheFilesName() throws Exception {
        awaitWholeWindow();
        assertThat(tabsBeforeCharting).as("the skeleton opens before the file is charted").isZero();
        assertThat(rootWhenChartShown).as("the chart is shown in the window's skeleton").isSameAs(firstRoot);
        assertThat(panelsInChartsFrame).as("the chart's first frame holds no panel yet").isFalse();
        assertThat(chartsInFirstFrame).isSameAs(prepared.charts().get(0));
        assertThat(tabTitleInFirstFrame).as("its tab named as the whole window names it")
                .isEqualTo("AI and robot markets (global)");
        assertThat(firstBounds).as("laid out in the chart's first frame").isNotNull();
        assertThat(firstBounds.getWidth()).isGreaterThan(500);
        assertThat(firstBounds.getHeight()).isGreaterThan(300);
    }

    /** Ready for input means every panel the window shows is built and filled, and answers. */
    @Test
    void whenReadyEveryPanelIsBuiltFilledAndAnswers(FxRobot robot) throws Exception {
        awaitWholeWindow();
        assertThat(seriesWhenReady).as("the file's fourteen series listed").isEqualTo(14);
        assertThat(editorTitleWhenReady).as("the first series' assumptions")
                .isEqualTo("Vertical AI market (global) (\u00a5 tn)");
        assertThat(segmentRowsWhenReady).as("its growth segments' controls").isPositive();
        assertThat(yearsWhenReady).as("the years 2024 to 2040 in the table").isEqualTo(17);
        robot.interact(() -> robot.lookup("#seriesList").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(1));
        assertThat(model.selectedSeriesProperty().get()).isEqualTo(prepared.projection().series().get(1).id());
        assertThat(robot.lookup("#editorTitle").queryAs(javafx.scene.control.Label.class).getText())
                .isNotEqualTo(editorTitleWhenReady);
    }

    /**
     * The three panels come together, loaded right after the chart's frame for the next one: one a frame cost each a
     * layout pass and a wait for the renderer (docs/PERFORMANCE.md).
     */
    @Test
    void thePanelsAllComeInTheFrameAfterTheChartsFrame() throws Exception {
        awaitWholeWindow();
        assertThat(framesFromChartToReady).as("frames laid out from the chart's own one until ready for input")
                .isEqualTo(1);
    }

    /** Charts made before the skeleton is loaded are in its first frame: the window is not shown without them. */
    @Test
    void chartsMadeBeforeTheSkeletonIsLoadedAreShownWithIt(FxRobot robot) throws Exception {
        awaitWholeWindow();
        PreparedCharts early = chartsOfDefault();
        ProjectionViewModel second = new ProjectionViewModel(new ProjectionEngine());
        MainWindow[] ready = new MainWindow[1];
        Object[] whenShown = new Object[2];
        javafx.beans.value.ChangeListener<Boolean> shows = (obs, was, now) -> {
            if (now && whenShown[0] == null) {
                whenShown[0] = ((TabPane) stage.getScene().lookup("#chartTabs")).getTabs().size();
                whenShown[1] = second.projection();
            }
        };
        robot.interact(() -> {
            stage.hide();
            stage.showingProperty().addListener(shows);
            MainWindow.showChartFirst(stage, new Messages(Messages.ENGLISH), second, Runnable::run,
                    new UserPrefs(secondScratch.prefs()), TestWindows.recovery(secondScratch), "mgp",
                    CompletableFuture.completedFuture(early), () -> { }, shown -> ready[0] = shown);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ready[0] != null);
        robot.interact(() -> stage.showingProperty().removeListener(shows));
        assertThat(whenShown[0]).as("the file's five charts' tabs, when the window is first shown").isEqualTo(5);
        assertThat(whenShown[1]).isSameAs(early.projection());
        assertThat(robot.lookup("#chart-markets").queryAs(ChartViewer.class).getChart())
                .isSameAs(early.charts().get(0));
        TestWindows.end(ready[0]);
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
    void thePanelsAreLoadedAroundTheSameChartViewWhichStaysWhereItWas(FxRobot robot) throws Exception {
        awaitWholeWindow();
        assertThat(stage.getScene().getRoot()).as("the skeleton is the window").isSameAs(firstRoot);
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
