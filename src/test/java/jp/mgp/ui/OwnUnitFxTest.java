package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * A series counted in a unit of the user's own, made in the series dialog: the words refused at their field until
 * given, the example shown as a reader will see it, the year table showing the figures in the unit, one undo step.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class OwnUnitFxTest {

    private MainWindow window;
    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.showEnglish(stage, model, scratch);
        window.controller().documents().newDocument();
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSeriesInAUnitOfTheUsersOwnIsMadeInTheDialogAndShownInItInTheYearTable(FxRobot robot) {
        FormDriver form = new FormDriver(robot);
        form.press("addSeries");
        form.type("seriesNameJa", "ロボット出荷");
        form.type("seriesNameEn", "Robots shipped");
        form.type("seriesStartValue", "1,234");
        form.type("seriesRate", "10");
        ToggleButton own = robot.lookup("#ownUnitToggle").queryAs(ToggleButton.class);
        robot.interact(own::fire);
        assertThat(robot.lookup("#seriesUnit").queryAs(ComboBox.class).isVisible()).isFalse();

        // Nothing counted yet: refused at the field, the dialog stays.
        form.confirm();
        assertThat(form.refusal("ownUnitJa")).isEqualTo(
                "A unit of your own needs the thing it counts (台 / units, GWh) in at least one language");
        assertThat(onFx(robot, () -> model.projection().series())).isEmpty();

        form.type("ownUnitJa", "台");
        form.type("ownUnitEn", "units");
        ComboBox<Unit.Scale> scale = robot.lookup("#ownUnitScale").queryAs(ComboBox.class);
        robot.interact(() -> scale.setValue(Unit.Scale.THOUSAND));
        assertThat(onFx(robot, () -> scale.getConverter().toString(Unit.Scale.TEN_THOUSAND)))
                .isEqualTo("10 thousand (10,000)");
        // 1,234.5678 thousand with no decimals, as each language shows it.
        assertThat(robot.lookup("#ownUnitExample").queryAs(Label.class).getText())
                .isEqualTo("1,235 thousand units   /   1,235千台");

        // The new document's chart is in ¥ tn: it cannot show machines, so it is unticked and out of reach (a new
        // series starts on the first chart), not refused at OK; back on a unit in yen, it can be ticked again.
        CheckBox chart = robot.lookup("#seriesChart-chart-1").queryAs(CheckBox.class);
        assertThat(chart.isSelected()).isFalse();
        assertThat(chart.isDisabled()).isTrue();
        robot.interact(own::fire);
        assertThat(chart.isDisabled()).isFalse();
        robot.interact(own::fire);
        assertThat(chart.isDisabled()).isTrue();
        form.confirm();

        Series made = onFx(robot, () -> model.projection().series("robots-shipped").orElseThrow());
        assertThat(made.unit()).isEqualTo(Unit.own(new LocalizedText("台", "units"), Unit.Scale.THOUSAND, 0));
        TableView<Integer> table = robot.lookup("#yearTable").queryAs(TableView.class);
        assertThat(onFx(robot, () -> table.getColumns().get(1).getText()))
                .isEqualTo("Robots shipped (thousand units)");
        int first = onFx(robot, () -> model.projection().firstYear());
        // 1,234 thousand, then 10 % more a year: 1,357.4 and 1,493.14 thousand.
        assertThat(cell(robot, table, first)).isEqualTo("1,234");
        assertThat(cell(robot, table, first + 1)).isEqualTo("1,357");
        assertThat(cell(robot, table, first + 2)).isEqualTo("1,493");

        // The whole dialog is one step to undo, and back.
        robot.interact(model::undo);
        assertThat(onFx(robot, () -> model.projection().series())).isEmpty();
        robot.interact(model::redo);
        assertThat(onFx(robot, () -> model.projection().series("robots-shipped").orElseThrow().unit()))
                .isEqualTo(made.unit());

        // Edited again, the dialog opens on the unit's own fields with what they were.
        robot.interact(() -> model.selectedSeriesProperty().set("robots-shipped"));
        form.press("editSeriesButton");
        assertThat(robot.lookup("#ownUnitToggle").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#ownUnitEn").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("units");
        form.cancel();
    }

    private static String cell(FxRobot robot, TableView<Integer> table, int year) {
        robot.interact(() -> table.scrollTo(year - table.getItems().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(robot, () -> table.lookupAll(".value-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null && Integer.valueOf(year).equals(c.getTableRow().getItem())
                        && c.getTableColumn() == table.getColumns().get(1))
                .findFirst().orElseThrow().getText());
    }
}
