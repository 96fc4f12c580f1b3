package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
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
import jp.mgp.chart.ResultDataset;
import jp.mgp.engine.ProjectionEngine;

/** The first window, headless: the five series on their tabs, scenarios and the language switch. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    private MainWindow window;
    private Messages messages;
    private ProjectionViewModel model;

    private final Scratch scratch = TestWindows.scratch();

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    @Start
    void start(Stage stage) {
        messages = new Messages(Messages.ENGLISH);
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.show(stage, messages, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    private List<String> seriesShown() {
        return window.charts().stream().map(ProjectionCharts::dataset)
                .flatMap(d -> IntStream.range(0, d.getSeriesCount()).mapToObj(i -> d.series(i).id())).toList();
    }

    @Test
    void showsTheFiveSeriesOnTabsByUnit(FxRobot robot) {
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("AI and robot markets (global)",
                "Digital deficit vs crude-oil imports (Japan)", "Labour supply-demand gap (Japan)",
                "How the labour gap is filled (Japan)", "Multipurpose robots in Japan");
        assertThat(seriesShown()).containsExactly("vertical-ai", "physical-ai", "multipurpose-robots",
                "digital-deficit", "labour-gap", "workers-substituted", "workers-reskilled", "labour-gap-remaining",
                "robots-deployed", "robots-in-service");
        ResultDataset markets = ProjectionCharts.dataset(window.charts().get(0));
        assertThat(markets.getYValue(0, 2040 - 2024)).isEqualTo(10.8 * Math.pow(1.216, 6));
        ResultDataset deficit = ProjectionCharts.dataset(window.charts().get(1));
        assertThat(deficit.getYValue(0, 0)).isEqualTo(-6.7);
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText()).contains("japan-ai-2040.json");
    }

    @Test
    void helpAboutShowsTheVersion(FxRobot robot) {
        robot.clickOn("Help").clickOn("About mgp\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane about = robot.lookup("#aboutBox").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(about.getContentText()).startsWith("Version " + jp.mgp.cli.Version.number());
        assertThat(about.getHeaderText()).isEqualTo("mgp \u2013 Market Growth Projector");
        robot.interact(() -> about.getScene().getWindow().hide());
    }

    @Test
    void yearAxisPrintsYearsWithoutSeparators() {
        JFreeChart chart = window.charts().get(0);
        var axis = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getDomainAxis();
        assertThat(axis.getTickUnit().valueToString(2024)).isEqualTo("2024");
    }

    @Test
    void choosingAScenarioRecomputesTheCharts(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#scenarioBox").queryAs(ComboBox.class);
        assertThat(box.getItems()).containsExactly("base", "optimistic", "pessimistic");
        robot.interact(() -> box.setValue("optimistic"));
        WaitForAsyncUtils.waitForFxEvents();
        ResultDataset markets = ProjectionCharts.dataset(window.charts().get(0));
        assertThat(markets.getYValue(0, 2040 - 2024)).isEqualTo(10.8 * Math.pow(1.266, 6));
        assertThat(window.charts().get(0).getSubtitles()).filteredOn(org.jfree.chart.title.TextTitle.class::isInstance)
                .extracting(t -> ((org.jfree.chart.title.TextTitle) t).getText()).contains("Scenario: Optimistic");
    }

    @Test
    void switchingToJapaneseRelabelsMenusTabsAndCharts(FxRobot robot) {
        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(0).getText()).isEqualTo("AI・ロボット市場の規模（世界）");
        assertThat(window.charts().get(0).getTitle().getText()).isEqualTo("AI・ロボット市場の規模（世界）");
        assertThat(robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus())
                .extracting(m -> m.getText()).containsExactly("ファイル", "編集", "シナリオ", "グラフ", "ツール", "表示", "ヘルプ");
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText()).startsWith("ファイル:");
        assertThat(ProjectionCharts.dataset(window.charts().get(0)).getSeriesKey(0)).isEqualTo("バーティカルAI市場（世界）");
    }

    @Test
    void aBrokenFileLeavesTheChartsAsTheyWere(FxRobot robot) {
        robot.interact(() -> window.controller().open(Fixtures.FIXTURES.resolve("does-not-exist.json")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seriesShown()).hasSize(Fixtures.defaultProjection().charts().stream()
                .mapToInt(c -> c.series().size()).sum());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isPresent();
        assertThat(robot.lookup(".dialog-pane .text-area").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("the file does not exist (moved, renamed or deleted?)");
    }
}
