package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.table.SeedFigures;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/** Import, the seed library and a new series from what the user knows, each one undoable edit in the window. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class DataDialogsFxTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private ProjectionViewModel model;
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

    private static void fireMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match(org.testfx.matcher.control.LabeledMatchers.hasText(text))
                .queryButton();
    }

    @Test
    void importedColumnsBecomeSeriesInOneUndoableEditAndARefusedCellBlocksAll(FxRobot robot) throws Exception {
        Path csv = dir.resolve("robots.csv");
        Files.writeString(csv, "year,Service robots (兆円),Care robots (億円)\n2024,1.0,500\n2026,1.21,abc\n");
        int before = onFx(robot, () -> model.projection().series().size());
        Platform.runLater(() -> new DataActions(new Messages(Messages.ENGLISH), model, null, () -> null, inline())
                .importFile(csv));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importProblems").queryLabeled().getText())
                .isEqualTo("row 3, column C: \u201cabc\u201d \u2014 \u201cabc\u201d is not a number");
        robot.clickOn(dialogButton(robot, "Add the Series"));
        assertThat(onFx(robot, () -> model.projection().series().size())).as("nothing half-imports")
                .isEqualTo(before);
        robot.clickOn(dialogButton(robot, "Cancel"));

        Files.writeString(csv, "year,Service robots (兆円),Care robots (億円)\n2024,1.0,500\n2026,1.21,605\n");
        Platform.runLater(() -> new DataActions(new Messages(Messages.ENGLISH), model, null, () -> null, inline())
                .importFile(csv));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<jp.mgp.io.table.ColumnImport.Column> columns = robot.lookup("#importColumns").queryAs(TableView.class);
        assertThat(onFx(robot, () -> columns.getItems().stream().map(c -> c.unit()).toList()))
                .containsExactly(Unit.JPY_TRILLION, Unit.JPY_100M);
        robot.interact(() -> robot.lookup("#importPublisher").queryAs(TextField.class).setText("IFR"));
        robot.clickOn(dialogButton(robot, "Add the Series"));
        Series care = onFx(robot, () -> model.projection().series("care-robots").orElseThrow());
        assertThat(care.unit()).isEqualTo(Unit.JPY_100M);
        assertThat(care.anchors()).extracting(Anchor::value).containsExactly(500.0, 605.0);
        assertThat(care.anchors().get(1).source().citation()).isEqualTo("IFR [robots.csv:3]");
        assertThat(onFx(robot, () -> model.projection().series().size())).isEqualTo(before + 2);
        robot.interact(model::undo);
        assertThat(onFx(robot, () -> model.projection().series().size())).isEqualTo(before);
    }

    @Test
    void aSeedFigureBecomesASourcedPointOfTheSelectedSeries(FxRobot robot) {
        robot.interact(() -> model.selectedSeriesProperty().set("multipurpose-robots"));
        fireMenuItem(robot, "seedLibrary");
        robot.interact(() -> robot.lookup("#seedSearch").queryAs(TextField.class).setText("no such publisher"));
        @SuppressWarnings("unchecked")
        TableView<SeedFigures.Figure> table = robot.lookup("#seedTable").queryAs(TableView.class);
        assertThat(onFx(robot, () -> table.getItems().size())).isEqualTo(0);
        robot.interact(() -> robot.lookup("#seedSearch").queryAs(TextField.class).setText("DIGITAL-deficit"));
        assertThat(onFx(robot, () -> table.getItems().stream().map(f -> f.year()).toList())).contains(2024, 2030);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(f -> f.series().equals("digital-deficit") && f.year() == 2030).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#seedAddToSeries").queryAs(Button.class).fire());
        Anchor a = onFx(robot, () -> model.projection().series("multipurpose-robots").orElseThrow().anchors()
                .stream().filter(x -> x.year() == 2030).findFirst().orElseThrow());
        assertThat(a.kind()).isEqualTo(Kind.SOURCED);
        assertThat(a.value()).isEqualTo(10.0);
        assertThat(a.source().publisher()).isEqualTo("METI");
        assertThat(onFx(robot, () -> model.undoLabelProperty().get())).isEqualTo("the sourced figure for 2030");
        robot.clickOn(dialogButton(robot, "Close"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSeriesAtASteadyRateFromWhatTheUserKnows(FxRobot robot) {
        fireMenuItem(robot, "newSeriesFromKnown");
        robot.interact(() -> {
            robot.lookup("#growthChoice").queryAs(ComboBox.class).setValue(GrowthDialog.Choice.COMPOUND);
            robot.lookup("#growthNameEn").queryAs(TextField.class).setText("Drones");
            robot.lookup("#growthYear").queryAs(TextField.class).setText("2030");
            robot.lookup("#growthValue").queryAs(TextField.class).setText("2");
            robot.lookup("#growthRate").queryAs(TextField.class).setText("abc");
        });
        robot.clickOn(dialogButton(robot, "Add the Series"));
        assertThat(robot.lookup("#growthProblem").queryLabeled().getText())
                .isEqualTo("Growth a year (%): \u201cabc\u201d is not a number");
        robot.interact(() -> robot.lookup("#growthRate").queryAs(TextField.class).setText("5"));
        robot.clickOn(dialogButton(robot, "Add the Series"));
        int index = onFx(robot, () -> model.projection().seriesIndex("drones"));
        assertThat(index).isPositive();
        assertThat(onFx(robot, () -> model.result().value(index, 2040))).isCloseTo(2 * Math.pow(1.05, 10),
                within(1e-9));
        assertThat(onFx(robot, () -> model.projection().charts().get(0).series())).contains("drones");
    }

    /** File work run where it is asked for, so that the preview is up once the FX events are done. */
    private BackgroundWork inline() {
        return new BackgroundWork(Runnable::run, model::document, new Messages(Messages.ENGLISH));
    }
}
