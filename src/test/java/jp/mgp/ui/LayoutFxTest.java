package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;

/**
 * The window at a small laptop's 1024×768 and at its own minimum size, in both languages: no button or field of
 * the series panel, the assumption editor or the scenario bar is cut to "…", and the chart keeps a plot. Each
 * control is compared with its own computed size, never with pixel positions (fonts vary).
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class LayoutFxTest {

    private Stage stage;
    private Messages messages;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        scratch.prefs().putDouble("window.width", 1024);
        scratch.prefs().putDouble("window.height", 768);
        messages = new Messages(Messages.ENGLISH);
        ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = TestWindows.show(stage, messages, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void forgetPreferences() {
        scratch.close();
    }


    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void nothingIsCutAt1024By768(String language, FxRobot robot) {
        // TestFX hands every test the same stage: the minimum-size test may have sized it already.
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            messages.localeProperty().set(Locale.forLanguageTag(language));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> stage.getScene().getWidth())).isEqualTo(1024);
        List<String> cut = onFx(robot, () -> {
            List<String> found = new ArrayList<>();
            for (String region : new String[] {".series-panel .panel-buttons", ".editor-body", ".scenario-bar"}) {
                stage.getScene().getRoot().lookupAll(region).forEach(r -> truncated(r, found));
            }
            return found;
        });
        assertThat(cut).isEmpty();
        assertThat(onFx(robot, () -> stage.getScene().getRoot().lookupAll("#addDerived").size())).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theChartKeepsItsPlotAtTheSmallestWindow(String language, FxRobot robot) {
        robot.interact(() -> {
            messages.localeProperty().set(Locale.forLanguageTag(language));
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D plot = onFx(robot, () -> {
            ChartViewer viewer = (ChartViewer) stage.getScene().getRoot().lookup("#chart-markets");
            return viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        });
        assertThat(plot.getHeight()).as("plot height at %s", plot).isGreaterThanOrEqualTo(150);
        assertThat(plot.getWidth()).as("plot width at %s", plot).isGreaterThanOrEqualTo(300);
    }

    /** Every Labeled under {@code node} whose skin shows less than its text, and every spinner narrower than it asks. */
    private static void truncated(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !l.isWrapText() && l.getText() != null && !l.getText().isEmpty()) {
            Text shown = (Text) l.lookup(".text");
            if (shown != null && !shown.getText().equals(l.getText())) {
                found.add(l.getId() + " \"" + l.getText() + "\" shown as \"" + shown.getText() + "\"");
            }
        }
        if (node instanceof Spinner<?> s && s.getWidth() + 0.5 < s.prefWidth(-1)) {
            found.add(s.getId() + " " + s.getWidth() + " < " + s.prefWidth(-1));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> truncated(child, found));
        }
    }
}
