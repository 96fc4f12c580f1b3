package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;

/**
 * Years the engine could not compute are said in the status bar. They are left empty in the chart and the table,
 * and the window used to say nothing of them: only {@code mgp validate} printed the engine's warning. The file here
 * is the shipped one with METI's 2030 digital deficit typed as +10 instead of -10, a target of the other sign than
 * 2024's -6.7, so 2025 to 2029 cannot be computed.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ProjectionWarningsFxTest {

    private ProjectionViewModel model;
    private MainWindow window;
    private Messages messages;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        stage.setWidth(1280);
        stage.setHeight(860);
        messages = new Messages(Messages.ENGLISH);
        window = TestWindows.show(stage, messages, model, scratch);
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    @Test
    void yearsThatCouldNotBeComputedAreSaidInTheWindowsLanguageAndGoWhenMended(FxRobot robot) throws Exception {
        Path file = Fixtures.deficitTypedPositive(scratch.folder());
        robot.interact(() -> window.controller().open(file));
        Label label = robot.lookup("#warningLabel").queryAs(Label.class);
        assertThat(onFx(robot, label::isVisible)).isTrue();
        assertThat(onFx(robot, label::getText)).isEqualTo("Warning: series \u201cDigital deficit (Japan, shown below"
                + " zero)\u201d: 5 year(s) could not be computed (a target of the opposite sign to the start value,"
                + " or a value beyond the range of numbers)");

        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        assertThat(onFx(robot, label::getText)).isEqualTo("警告：系列「デジタル赤字（日本、マイナスで表示）」: "
                + "5年分の値を計算できませんでした"
                + "（始めの値と符号が逆の目標値、または数値の範囲を超える値）");

        // Every scenario carries the typo; the warning follows the scenario shown.
        robot.interact(() -> model.scenarioProperty().set("optimistic"));
        assertThat(onFx(robot, label::getText)).startsWith("警告：系列「デジタル赤字");

        // The shipped file computes every year: no warning, and the label takes no room.
        robot.interact(() -> window.controller().open(Fixtures.DEFAULT));
        assertThat(onFx(robot, label::isVisible)).isFalse();
        assertThat(onFx(robot, label::isManaged)).isFalse();
        assertThat(onFx(robot, label::getText)).isEmpty();
    }
}
