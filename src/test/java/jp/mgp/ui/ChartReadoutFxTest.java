package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

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
import jp.mgp.edit.StructureEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;

/**
 * The crosshair's read-out of a year's values is drawn where nothing covers it: inside the chart, clear of the
 * chart's Reset zoom, Copy image and Export buttons, whole (it was cut to "Multipurpose robot …" beside the
 * buttons), on every chart, with a long series name, in both languages, wherever the mouse is in the plot.
 * Checked on the nodes' bounds in the scene and on the text JavaFX draws, not on pixels.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ChartReadoutFxTest {

    private static final String LONG_EN = "Vertical AI market (global, every industry's own software and services,"
            + " as the source counts them)";
    private static final String LONG_JA = "バーティカルAI市場（世界、各産業向けのソフトウェアとサービスの合計、出所の数え方による）";

    private final Scratch scratch = TestWindows.scratch();
    private final Messages messages = new Messages(Messages.ENGLISH);
    private ProjectionViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(860);
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.show(stage, messages, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void forgetPreferences() {
        scratch.close();
    }

    @Test
    void theReadoutStandsInsideTheChartClearOfItsButtonsAndWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(robot, () -> model.result() != null));
        robot.interact(() -> model.edit("rename", p -> StructureEdits.rename(p, "vertical-ai",
                new LocalizedText(LONG_JA, LONG_EN))));
        WaitForAsyncUtils.waitForFxEvents();
        checkEveryChart(robot, LONG_EN);
        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        WaitForAsyncUtils.waitForFxEvents();
        checkEveryChart(robot, LONG_JA);
    }

    private void checkEveryChart(FxRobot robot, String longName) {
        List<ChartSpec> specs = onFx(robot, () -> model.projection().charts());
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        boolean sawLongName = false;
        for (int c = 0; c < specs.size(); c++) {
            int at = c;
            robot.interact(() -> tabs.getSelectionModel().select(at));
            WaitForAsyncUtils.waitForFxEvents();
            String id = specs.get(c).id();
            // The mouse on the plot's right, then on its left: the read-out stands on the other side each time.
            for (double across : new double[] {0.85, 0.15}) {
                robot.moveTo(pointInPlot(robot, id, across));
                WaitForAsyncUtils.waitForFxEvents();
                Label readout = robot.lookup("#readout-" + id).queryAs(Label.class);
                String text = onFx(robot, readout::getText);
                assertThat(onFx(robot, readout::isVisible)).as("the read-out of %s", id).isTrue();
                assertThat(text).as("the read-out of %s", id).matches("(?s)20\\d\\d\\s.+");
                sawLongName |= text.contains(longName);
                // Drawn whole: the text JavaFX draws is the label's text, not cut short with an ellipsis.
                assertThat(onFx(robot, () -> ((Text) readout.lookup(".text")).getText())).isEqualTo(text);
                Bounds box = sceneBounds(robot, readout);
                assertThat(sceneBounds(robot, robot.lookup("#chart-" + id).query()).contains(box))
                        .as("the read-out of %s within its chart", id).isTrue();
                for (String button : new String[] {"#reset-", "#copy-", "#export-"}) {
                    assertThat(sceneBounds(robot, robot.lookup(button + id).query()).intersects(box))
                            .as("the read-out of %s over %s", id, button).isFalse();
                }
                // On the side away from the mouse.
                double mouse = pointInScene(robot, id, across).getX();
                assertThat(across > 0.5 ? box.getMaxX() < mouse : box.getMinX() > mouse)
                        .as("the read-out of %s away from the mouse", id).isTrue();
            }
        }
        assertThat(sawLongName).as("a chart showed the long name").isTrue();
    }

    private static Bounds sceneBounds(FxRobot robot, Node node) {
        return onFx(robot, () -> node.localToScene(node.getBoundsInLocal()));
    }

    /** A point in the middle height of chart {@code id}'s plot, {@code across} of its width from its left, on screen. */
    private Point2D pointInPlot(FxRobot robot, String id, double across) {
        return onFx(robot, () -> {
            ChartViewer viewer = robot.lookup("#chart-" + id).queryAs(ChartViewer.class);
            Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            return viewer.getCanvas().localToScreen(area.getMinX() + across * area.getWidth(), area.getCenterY());
        });
    }

    private Point2D pointInScene(FxRobot robot, String id, double across) {
        return onFx(robot, () -> {
            ChartViewer viewer = robot.lookup("#chart-" + id).queryAs(ChartViewer.class);
            Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            return viewer.getCanvas().localToScene(area.getMinX() + across * area.getWidth(), area.getCenterY());
        });
    }
}
