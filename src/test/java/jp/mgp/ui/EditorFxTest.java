package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
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
import jp.mgp.chart.ProjectionCharts;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Kind;

/** The editor, headless: a rate moved, undone and redone, saved and reopened, compared, solved. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class EditorFxTest {

    private static final double BASE_2040 = 10.8 * Math.pow(1.216, 6);

    @TempDir
    Path dir;

    private MainWindow window;
    private ProjectionViewModel model;
    private Stage stage;
    private final Scratch scratch = TestWindows.scratch();
    /** For a second window a test opens. */
    private final Scratch secondScratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.show(stage, new Messages(Messages.ENGLISH), model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
        secondScratch.close();
    }


    private double chart2040(FxRobot robot) {
        return onFx(robot, () -> ProjectionCharts.dataset(window.charts().get(0)).getYValue(0, 2040 - 2024));
    }

    private String table(FxRobot robot) {
        return onFx(robot, () -> window.controller().yearTable().tsv());
    }

    @SuppressWarnings("unchecked")
    private Spinner<Double> rateSpinner(FxRobot robot) {
        return robot.lookup("#spinner-vertical-ai-1-rate").queryAs(Spinner.class);
    }

    @Test
    void typingARateMovesTheChartAndTheTableAndUndoRedoRestoreBoth(FxRobot robot) {
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        assertThat(table(robot)).contains("\n2040\t34.916058\t");
        Spinner<Double> spinner = rateSpinner(robot);
        robot.clickOn(spinner.getEditor()).eraseText(6).write("25.0\n");
        WaitForAsyncUtils.waitForFxEvents();
        double edited = 10.8 * Math.pow(1.25, 6);
        assertThat(chart2040(robot)).isCloseTo(edited, within(1e-9));
        assertThat(table(robot)).contains("\n2040\t41.19873\t");
        assertThat(stage.getTitle()).isEqualTo("japan-ai-2040.json \u25cf \u2013 mgp");
        assertThat(onFx(robot, () -> model.result().kind(0, 2040))).isEqualTo(Kind.ASSUMPTION);

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        assertThat(table(robot)).contains("\n2040\t34.916058\t");
        assertThat(spinner.getValue()).isCloseTo(21.6, within(1e-9));
        assertThat(stage.getTitle()).as("back at the saved revision").isEqualTo("japan-ai-2040.json \u2013 mgp");

        robot.interact(() -> window.controller().redo());
        assertThat(chart2040(robot)).isCloseTo(edited, within(1e-9));
        assertThat(spinner.getValue()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void aSliderDragIsOneUndoStep(FxRobot robot) {
        Slider slider = robot.lookup("#slider-vertical-ai-1-rate").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb")).moveBy(60, 0).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = onFx(robot, () -> model.projection().series("vertical-ai").orElseThrow().segments().get(1)
                .parameter("rate"));
        assertThat(dragged).isGreaterThan(0.22);
        assertThat(Math.round(dragged * 1000) / 1000.0).as("0.1-point steps").isEqualTo(dragged, within(1e-9));
        assertThat(chart2040(robot)).isCloseTo(10.8 * Math.pow(1 + dragged, 6), within(1e-9));
        robot.interact(() -> window.controller().undo());
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        assertThat(onFx(robot, () -> model.canUndoProperty().get())).isFalse();
    }

    @Test
    void aNumberOutOfRangeIsRefusedAtTheField(FxRobot robot) {
        robot.clickOn(rateSpinner(robot).getEditor()).eraseText(6).write("-120\n");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-vertical-ai-1-rate").queryLabeled().getText())
                .isEqualTo("Vertical AI market (global) 2034\u20132040, growth rate: -120 is outside -99.9 to 1,000.0; "
                        + "the value was not changed.");
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        assertThat(onFx(robot, () -> model.isDirty())).isFalse();
    }

    @Test
    void savedChangesComeBackWhenReopened(FxRobot robot) throws Exception {
        robot.clickOn(rateSpinner(robot).getEditor()).eraseText(6).write("30.0\n");
        Path saved = dir.resolve("mine.json");
        robot.interact(() -> window.controller().documents().saveTo(saved));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("mine.json \u2013 mgp");
        assertThat(ProjectionFiles.read(saved).series("vertical-ai").orElseThrow().segments().get(1)
                .parameter("rate")).isEqualTo(0.30);
        robot.interact(() -> window.controller().open(Fixtures.DEFAULT));
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        robot.interact(() -> window.controller().open(saved));
        assertThat(chart2040(robot)).isCloseTo(10.8 * Math.pow(1.3, 6), within(1e-9));
        assertThat(onFx(robot, () -> model.isDirty())).isFalse();
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeTheyAreLost(FxRobot robot) {
        robot.clickOn(rateSpinner(robot).getEditor()).eraseText(6).write("30.0\n");
        javafx.application.Platform.runLater(() -> window.controller().documents().newDocument());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("japan-ai-2040.json has unsaved changes.");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart2040(robot)).as("cancel keeps the work").isCloseTo(10.8 * Math.pow(1.3, 6), within(1e-9));
        javafx.application.Platform.runLater(() -> window.controller().documents().newDocument());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> model.projection().series())).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Untitled \u2013 mgp");
    }

    @Test
    void compareModeOverlaysTheScenariosAndTabulatesTheirDifference(FxRobot robot) {
        robot.clickOn("#compareToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> window.charts().get(0).getXYPlot().getDatasetCount())).isEqualTo(3);
        assertThat(onFx(robot, () -> String.valueOf(window.charts().get(0).getXYPlot().getDataset(1)
                .getSeriesKey(0)))).isEqualTo("Vertical AI market (global) (Optimistic)");
        String tsv = table(robot);
        assertThat(tsv.lines().findFirst().orElseThrow()).contains("\u0394 Optimistic\t\u0394 Pessimistic");
        double optimistic = 10.8 * Math.pow(1.266, 6);
        String row2040 = tsv.lines().filter(l -> l.startsWith("2040\t")).findFirst().orElseThrow();
        double delta = Double.parseDouble(row2040.split("\t")[2]);
        assertThat(delta).isCloseTo(optimistic - BASE_2040, within(1e-6));
    }

    @Test
    void aSolverWritesItsRateIntoTheAssumption(FxRobot robot) {
        javafx.application.Platform.runLater(() -> robot.lookup("#solverButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<SolverDialog.Kind> kind = robot.lookup("#solverKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(SolverDialog.Kind.RATE));
        robot.interact(() -> {
            robot.lookup("#solverTarget").queryAs(TextField.class).setText("40");
            robot.lookup("#solverTargetYear").queryAs(TextField.class).setText("2040");
        });
        robot.clickOn("#solverCompute");
        assertThat(robot.lookup("#solverWorking").queryTextInputControl().getText())
                .startsWith("Segment 2034\u20132040: 21.6 %/yr \u2192 ").contains("reaches 40 in 2040");
        robot.clickOn("Accept");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart2040(robot)).isCloseTo(40.0, within(1e-6));
        assertThat(onFx(robot, () -> model.projection().series("vertical-ai").orElseThrow().segments().get(1)
                .basis().rationale().en())).startsWith("Set in mgp by a solver");
        robot.interact(() -> window.controller().undo());
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
    }

    @Test
    void theYearTableMarksEachCellsKind(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#yearTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(17);
        assertThat(robot.lookup(".year-table .kind-sourced").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".year-table .kind-assumption").queryAll()).isNotEmpty();
    }

    @Test
    void hidingASeriesTakesItOffTheCharts(FxRobot robot) {
        // The series list makes its cells at its first layout, which a loaded machine may not have reached yet.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#visible-physical-ai");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> window.charts().get(0).getXYPlot().getRenderer().isSeriesVisible(1))).isFalse();
        assertThat(onFx(robot, () -> window.charts().get(0).getXYPlot().getRenderer().isSeriesVisible(0))).isTrue();
    }

    @Test
    void theRecoveryCopyIsWrittenWhileThereAreUnsavedChanges(FxRobot robot) throws Exception {
        RecoveryFile recovery = TestWindows.recovery(secondScratch);
        Stage[] second = new Stage[1];
        ProjectionViewModel other = new ProjectionViewModel(new ProjectionEngine());
        robot.interact(() -> {
            second[0] = new Stage();
            MainWindow w = TestWindows.show(second[0], new Messages(Messages.ENGLISH), other, secondScratch);
            w.controller().open(Fixtures.DEFAULT);
        });
        robot.interact(() -> {
            other.edit("test", p -> jp.mgp.edit.ProjectionEdits.setParameter(p, "base", "vertical-ai", 1, "rate", 0.3,
                    jp.mgp.model.LocalizedText.of("test")));
        });
        long deadline = System.currentTimeMillis() + 8000;
        while (!Files.exists(recovery.path()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(recovery.read()).hasValueSatisfying(r -> {
            assertThat(r.origin()).isEqualTo(Fixtures.DEFAULT.toAbsolutePath());
            assertThat(r.projection().series("vertical-ai").orElseThrow().segments().get(1).parameter("rate"))
                    .isEqualTo(0.3);
        });
        robot.interact(() -> other.undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recovery.read()).as("clean again: nothing to recover").isEmpty();
        robot.interact(() -> second[0].hide());
    }

    @Test
    void aChartIsEditedInItsDialogAndTheEditUndone(FxRobot robot) {
        javafx.application.Platform.runLater(() -> window.controller().editChart());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#chartTitleEn").queryAs(TextField.class).setText("Markets, log scale");
            robot.lookup("#chartLogScale").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
        });
        // Each series has its own check box: one click takes this one off and leaves the others drawn.
        robot.clickOn("#chartSeries-multipurpose-robots");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> window.charts().get(0).getTitle().getText())).isEqualTo("Markets, log scale");
        assertThat(onFx(robot, () -> window.charts().get(0).getXYPlot().getRangeAxis()))
                .isInstanceOf(org.jfree.chart.axis.LogAxis.class);
        assertThat(onFx(robot, () -> ProjectionCharts.dataset(window.charts().get(0)).getSeriesCount())).isEqualTo(2);
        robot.interact(() -> window.controller().undo());
        assertThat(onFx(robot, () -> window.charts().get(0).getTitle().getText()))
                .isEqualTo("AI and robot markets (global)");
        assertThat(onFx(robot, () -> ProjectionCharts.dataset(window.charts().get(0)).getSeriesCount())).isEqualTo(3);
    }

    @Test
    void aDerivedSeriesIsMadeInItsDialogAndRefusedWhileIncomplete(FxRobot robot) {
        javafx.application.Platform.runLater(() -> robot.lookup("#addDerived").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#derivedNameEn").queryAs(TextField.class).setText("AI total"));
        robot.clickOn(dialogButton(robot, "Add"));
        assertThat(robot.lookup("#derivedProblem").queryLabeled().getText())
                .isEqualTo("series \u201cAI total\u201d: a sum takes 1 to 100 input series (found: 0)");
        // One click on each input's check box; the second click keeps the first pick.
        robot.clickOn("#derivedInputs-vertical-ai");
        robot.clickOn("#derivedInputs-physical-ai");
        robot.clickOn(dialogButton(robot, "Add"));
        WaitForAsyncUtils.waitForFxEvents();
        ProjectionResultView total = onFx(robot, () -> new ProjectionResultView(model.result().seriesIndex("ai-total"),
                model.result().value(model.result().seriesIndex("ai-total"), 2040),
                model.result().kind(model.result().seriesIndex("ai-total"), 2030)));
        assertThat(total.index()).isPositive();
        assertThat(total.value()).isCloseTo(10.8 * Math.pow(1.216, 6) + 12.5 * Math.pow(1.344, 5), within(1e-9));
        assertThat(total.kind()).isEqualTo(Kind.DERIVED);
        assertThat(onFx(robot, () -> ProjectionCharts.dataset(window.charts().get(0)).getSeriesCount())).isEqualTo(4);
    }

    /** A button of the open dialog by its text (the window may have a button of the same name). */
    private static javafx.scene.control.Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match(org.testfx.matcher.control.LabeledMatchers.hasText(text))
                .queryButton();
    }

    private record ProjectionResultView(int index, double value, Kind kind) {
    }

    @Test
    void aSegmentsModelAndYearsAreChangedInTheEditor(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> model0 = robot.lookup("#model-vertical-ai-1").queryAs(ComboBox.class);
        robot.interact(() -> model0.setValue("linear"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> model.projection().series("vertical-ai").orElseThrow().segments().get(1).type()))
                .isEqualTo("linear");
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        assertThat(robot.lookup("#spinner-vertical-ai-1-increment").tryQuery()).isPresent();
        @SuppressWarnings("unchecked")
        Spinner<Integer> end = robot.lookup("#end-vertical-ai-0").queryAs(Spinner.class);
        robot.interact(() -> end.getValueFactory().setValue(2032));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> model.projection().series("vertical-ai").orElseThrow().segments().get(0).to()))
                .isEqualTo(2032);
        robot.interact(() -> window.controller().undo());
        robot.interact(() -> window.controller().undo());
        assertThat(onFx(robot, () -> model.projection())).isEqualTo(Fixtures.defaultProjection());
    }

    @Test
    void choosingASeriesBringsUpAChartThatDrawsIt(FxRobot robot) {
        robot.interact(() -> model.selectedSeriesProperty().set("labour-gap"));
        assertThat(robot.lookup("#chartTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("tab-labour-gap");
        assertThat(robot.lookup("#editorTitle").queryLabeled().getText())
                .isEqualTo("Labour supply-demand gap (Japan, people short) (people)");
    }

    @Test
    void workLeftByACrashIsOfferedBackAsUnsavedChanges(FxRobot robot) throws Exception {
        RecoveryFile recovery = TestWindows.recovery(secondScratch);
        recovery.write(jp.mgp.edit.ProjectionEdits.setParameter(Fixtures.defaultProjection(), "base", "vertical-ai", 1,
                "rate", 0.3, jp.mgp.model.LocalizedText.of("test")), Fixtures.DEFAULT);
        ProjectionViewModel other = new ProjectionViewModel(new ProjectionEngine());
        Stage[] second = new Stage[1];
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new Stage();
            w[0] = TestWindows.show(second[0], new Messages(Messages.ENGLISH), other, secondScratch);
        });
        robot.interact(() -> w[0].controller().offerRecovery());
        WaitForAsyncUtils.waitForFxEvents();
        org.controlsfx.control.NotificationPane bar = robot.lookup("#notices")
                .queryAs(org.controlsfx.control.NotificationPane.class);
        assertThat(bar.isShowing()).as("offered in a bar, not a dialog that holds up the window").isTrue();
        assertThat(bar.getText()).isEqualTo("mgp stopped last time with unsaved changes to japan-ai-2040.json.");
        assertThat(onFx(robot, () -> other.projection())).as("the window works meanwhile").isNull();
        Button restore = robot.from(bar).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Restore".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(restore::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isShowing()).isFalse();
        assertThat(onFx(robot, () -> other.isDirty())).isTrue();
        assertThat(onFx(robot, () -> other.fileProperty().get())).isEqualTo(Fixtures.DEFAULT.toAbsolutePath());
        assertThat(onFx(robot, () -> other.projection().series("vertical-ai").orElseThrow().segments().get(1)
                .parameter("rate"))).isEqualTo(0.3);
        robot.interact(() -> second[0].hide());
    }

    @Test
    void aDroppedScenarioFileOpensAndOtherFilesAreIgnored(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        Path mine = dir.resolve("mine.json");
        ProjectionFiles.write(jp.mgp.edit.ProjectionEdits.setParameter(Fixtures.defaultProjection(), "base",
                "vertical-ai", 1, "rate", 0.3, jp.mgp.model.LocalizedText.of("test")), mine);
        assertThat(onFx(robot, () -> window.controller().documents().openDropped(java.util.List.of(notes.toFile()))))
                .isFalse();
        assertThat(onFx(robot, () -> window.controller().documents().openDropped(java.util.List.of(notes.toFile(),
                mine.toFile())))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("mine.json \u2013 mgp");
        assertThat(chart2040(robot)).isCloseTo(10.8 * Math.pow(1.3, 6), within(1e-9));
    }
}
