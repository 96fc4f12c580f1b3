package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;


import javafx.scene.control.Spinner;
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
import jp.mgp.model.AnchorOverride;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;

/** A known point typed over in a scenario other than the base goes into that scenario; the base keeps its figure. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ScenarioEditorFxTest {

    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();
    private Projection opened;

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = TestWindows.show(stage, new Messages(Messages.ENGLISH), model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void forgetPreferences() {
        scratch.close();
    }


    private double value(FxRobot robot, String scenario, int year) {
        return onFx(robot, () -> {
            ProjectionResult r = model.resultFor(scenario);
            return r.value(r.seriesIndex("physical-ai"), year);
        });
    }

    @Test
    void aKnownPointTypedInOptimisticLeavesTheBasesSourcedFigure(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(robot, () -> model.projection() != null));
        robot.interact(() -> {
            opened = model.projection();
            model.scenarioProperty().set("optimistic");
            model.selectedSeriesProperty().set("physical-ai");
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#anchor-physical-ai-2035").queryAs(TextField.class);
        // Typed and confirmed with Enter; set directly, as the field may lie below the editor's scrolled view.
        robot.interact(() -> {
            field.setText("15");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        Projection now = onFx(robot, model::projection);
        assertThat(now.series()).isEqualTo(opened.series());
        assertThat(now.scenario("optimistic").orElseThrow().anchors()).singleElement()
                .extracting(AnchorOverride::series, AnchorOverride::year, AnchorOverride::value)
                .containsExactly("physical-ai", 2035, 15.0);
        assertThat(value(robot, "base", 2035)).isEqualTo(12.5);
        assertThat(onFx(robot, () -> model.resultFor("base").kind(1, 2035))).isEqualTo(Kind.SOURCED);
        assertThat(value(robot, "optimistic", 2035)).isEqualTo(15.0);
        assertThat(value(robot, "optimistic", 2040)).isCloseTo(15 * Math.pow(1.394, 5),
                org.assertj.core.data.Offset.offset(1e-9));

        @SuppressWarnings("unchecked")
        Spinner<Integer> year = robot.lookup("#anchor-year-physical-ai-2035").queryAs(Spinner.class);
        assertThat(year.isDisabled()).as("a scenario sets values of known points, not their years").isTrue();

        robot.interact(model::undo);
        assertThat(onFx(robot, model::projection)).isEqualTo(opened);
        assertThat(value(robot, "optimistic", 2035)).isEqualTo(12.5);
    }

    /** The range slider's ends and its words, as the window shows them now. */
    private String shownRange(FxRobot robot) {
        return onFx(robot, () -> {
            org.controlsfx.control.RangeSlider slider = robot.lookup("#vertical-ai-1-range")
                    .queryAs(org.controlsfx.control.RangeSlider.class);
            return String.format(java.util.Locale.ROOT, "%.1f-%.1f ", slider.getLowValue(), slider.getHighValue())
                    + robot.lookup("#vertical-ai-1-range-label").queryLabeled().getText();
        });
    }

    private void switchTo(FxRobot robot, String scenario) {
        robot.interact(() -> model.scenarioProperty().set(scenario));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The file's range for Vertical AI after 2034 is 15 to 28 %/yr about the base's 21.6; Optimistic adds 5
     * points to the rate (26.6) and the simulation draws from the range moved with it, 20 to 33; Pessimistic
     * halves the rate (10.8), 10.8 points down: 4.2 to 17.2. The slider showed 15 to 28 in every scenario.
     */
    @Test
    void theRangeSliderShowsTheRangeAsTheScenarioMovesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(robot, () -> model.projection() != null));
        robot.interact(() -> model.selectedSeriesProperty().set("vertical-ai"));
        WaitForAsyncUtils.waitForFxEvents();
        String triangular = "(most likely at the rate)";
        assertThat(shownRange(robot)).isEqualTo("15.0-28.0 Range in a simulation: 15.0 to 28.0 %/yr " + triangular);
        switchTo(robot, "optimistic");
        assertThat(shownRange(robot)).isEqualTo("20.0-33.0 Range in a simulation: 20.0 to 33.0 %/yr " + triangular);
        switchTo(robot, "pessimistic");
        assertThat(shownRange(robot)).isEqualTo("4.2-17.2 Range in a simulation: 4.2 to 17.2 %/yr " + triangular);
        switchTo(robot, "base");
        assertThat(shownRange(robot)).isEqualTo("15.0-28.0 Range in a simulation: 15.0 to 28.0 %/yr " + triangular);

        // The low end moved to 16 in the base is an edit of the file's range; Optimistic shows it 5 points up,
        // and undo and redo there bring the slider back and forth with it.
        robot.interact(() -> robot.lookup("#vertical-ai-1-range").queryAs(org.controlsfx.control.RangeSlider.class)
                .setLowValue(16));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> model.projection().uncertainty().rateRange("vertical-ai", 1).orElseThrow().low()))
                .isEqualTo(0.16);
        switchTo(robot, "optimistic");
        assertThat(shownRange(robot)).isEqualTo("21.0-33.0 Range in a simulation: 21.0 to 33.0 %/yr " + triangular);
        robot.interact(model::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownRange(robot)).isEqualTo("20.0-33.0 Range in a simulation: 20.0 to 33.0 %/yr " + triangular);
        robot.interact(model::redo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownRange(robot)).isEqualTo("21.0-33.0 Range in a simulation: 21.0 to 33.0 %/yr " + triangular);
    }
}
