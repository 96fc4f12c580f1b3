package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;

/** A value typed into a year cell sets a known point there, as an assumption, in one undo step. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class YearTableTypingFxTest {

    private ProjectionViewModel model;
    private MainWindow window;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.showEnglish(stage, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    @SuppressWarnings("unchecked")
    private void type(FxRobot robot, int year, String text) {
        TableView<Integer> table = (TableView<Integer>) window.scene().lookup("#yearTable");
        robot.interact(() -> {
            // The robots market's column: the fourth after the years.
            TableColumn<Integer, ?> column = table.getColumns().get(3);
            table.scrollTo(year - 2024);
            table.layout();
            table.edit(year - 2024, (TableColumn<Integer, Object>) column);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#yearCell-" + year).queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aValueTypedIntoAYearWithoutAPointPinsTheCurveThereAndUndoes(FxRobot robot) {
        Projection opened = onFx(robot, model::projection);
        type(robot, 2030, "1,2x");
        assertThat(robot.lookup("#yearCell-2030").queryAs(TextField.class).getStyleClass())
                .contains(FieldRefusal.MARK);
        assertThat(robot.lookup("#yearCell-2030").queryAs(TextField.class).getTooltip().getText())
                .isEqualTo("Multipurpose robot market (global), 2030: \u201c1,2x\u201d is not a number.");
        assertThat(onFx(robot, model::projection)).isEqualTo(opened);
        robot.interact(() -> robot.lookup("#yearCell-2030").queryAs(TextField.class)
                .fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.ESCAPE, false, false, false, false)));
        type(robot, 2030, "20");
        Anchor a = onFx(robot, () -> model.projection().series("multipurpose-robots").orElseThrow().anchors().get(0));
        assertThat(a.year()).isEqualTo(2030);
        assertThat(a.value()).isEqualTo(20.0);
        assertThat(a.kind()).isEqualTo(Kind.ASSUMPTION);
        assertThat(a.pinned()).isTrue();
        ProjectionResult r = onFx(robot, model::result);
        int m = r.seriesIndex("multipurpose-robots");
        assertThat(r.value(m, 2030)).isEqualTo(20.0);
        assertThat(r.value(m, 2031)).isCloseTo(20 * 1.3, within(1e-9));
        robot.interact(model::undo);
        assertThat(onFx(robot, model::projection)).isEqualTo(opened);
    }
}
